/** The paper's feed, `/rss.xml`, and each county-level group's, `/qingshan-shi/rss.xml`. */
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { FEED_LANGUAGE } from '../consts'
import { FEED_NAMESPACES, feedItem } from '../lib/feed'
import { indexSite } from '../lib/site'
import { pageOf } from '../pageData'

export const GET: APIRoute = async (context) => {
  const page = pageOf(context.locals, 'feed')
  const site = indexSite(page.content)
  const group = page.regionId ? site.groups.find((g) => g.region.id === page.regionId) : undefined
  if (page.regionId && !group) throw new Error(`group ${page.regionId} is not on its feed`)
  return rss({
    title: group ? `${site.paper.name} · ${group.label}` : site.paper.name,
    description: group ? `${site.paper.name}${group.label}新闻` : site.paper.description,
    site: context.url.origin,
    xmlns: FEED_NAMESPACES,
    customData: `<language>${FEED_LANGUAGE}</language>`,
    items: site.stories(page.stories).map((story) => feedItem(story, site)),
  })
}
