import type { APIRoute } from 'astro'

import { FEED_LANGUAGE } from '../consts'
import { newsSitemapXml } from '../lib/newsSitemap'
import { indexSite } from '../lib/site'
import { pageOf } from '../pageData'

/** Google News: the stories of the last two days (chosen by the builder at build time). */
export const GET: APIRoute = (context) => {
  const page = pageOf(context.locals, 'newsSitemap')
  const site = indexSite(page.content)
  const origin = context.url
  const xml = newsSitemapXml(
    site.stories(page.stories).map((story) => ({
      loc: new URL(site.urlOf(story), origin).href,
      title: story.title,
      publishedAt: story.publishedAt,
    })),
    { name: site.paper.name, language: FEED_LANGUAGE },
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
