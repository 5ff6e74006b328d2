import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { FEED_ITEMS, FEED_LANGUAGE } from '../consts'
import { FEED_NAMESPACES, feedItem } from '../lib/feed'
import { loadSite } from './_site'

export const GET: APIRoute = async (context) => {
  const site = await loadSite()
  return rss({
    title: site.paper.name,
    description: site.paper.description,
    site: context.site ?? context.url.origin,
    xmlns: FEED_NAMESPACES,
    customData: `<language>${FEED_LANGUAGE}</language>`,
    items: site.stories.slice(0, FEED_ITEMS).map((story) => feedItem(story, site)),
  })
}
