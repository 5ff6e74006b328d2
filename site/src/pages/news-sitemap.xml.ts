import type { APIRoute } from 'astro'

import { FEED_LANGUAGE, NEWS_SITEMAP_WINDOW_MS } from '../consts'
import { newsSitemapXml, selectNewsStories } from '../lib/newsSitemap'
import { loadSite } from './_site'

export const GET: APIRoute = async (context) => {
  const site = await loadSite()
  const origin = context.site ?? context.url
  const stories = selectNewsStories(site.stories, site.generatedAt, NEWS_SITEMAP_WINDOW_MS)
  const xml = newsSitemapXml(
    stories.map((story) => ({
      loc: new URL(site.urlOf(story), origin).href,
      title: story.title,
      publishedAt: story.publishedAt,
    })),
    { name: site.paper.name, language: FEED_LANGUAGE },
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
