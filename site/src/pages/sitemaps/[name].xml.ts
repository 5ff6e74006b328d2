import type { APIRoute } from 'astro'

import { sitemapXml } from '../../lib/sitemap'
import { pageOf } from '../../pageData'

/** `/sitemaps/2025-12.xml`: the stories first published that month; `/sitemaps/pages.xml`: the rest. */
export const GET: APIRoute = (context) => {
  const page = pageOf(context.locals, 'sitemap')
  const origin = context.url
  const xml = sitemapXml(
    page.entries.map((e) => ({ loc: new URL(e.url, origin).href, lastmod: e.lastmod })),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
