import type { APIRoute } from 'astro'

import { sitemapIndexXml } from '../lib/sitemap'
import { pageOf } from '../pageData'

/** The sitemaps: one of the site's own pages, one per month of stories (a month changes alone). */
export const GET: APIRoute = (context) => {
  const page = pageOf(context.locals, 'sitemapIndex')
  const origin = context.url
  const xml = sitemapIndexXml(page.sitemaps.map((name) => new URL(`/sitemaps/${name}.xml`, origin).href))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
