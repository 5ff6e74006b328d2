/** A feed per county-level group: `/qingshan-shi/rss.xml`, and `/yunling-zhou/rss.xml` for 全州. */
import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'

import { FEED_ITEMS, FEED_LANGUAGE } from '../../consts'
import { FEED_NAMESPACES, feedItem } from '../../lib/feed'
import { loadSite } from '../_site'

export const getStaticPaths = (async () => {
  const site = await loadSite()
  return site.groups.map((group) => ({
    params: { group: group.region.slug },
    props: { regionId: group.region.id },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async (context) => {
  const site = await loadSite()
  const group = site.groups.find((g) => g.region.id === context.props.regionId)
  if (!group) throw new Error(`group ${context.props.regionId} vanished`)
  return rss({
    title: `${site.paper.name} · ${group.label}`,
    description: `${site.paper.name}${group.label}新闻`,
    site: context.site ?? context.url.origin,
    xmlns: FEED_NAMESPACES,
    customData: `<language>${FEED_LANGUAGE}</language>`,
    items: site
      .storiesOf(group)
      .slice(0, FEED_ITEMS)
      .map((story) => feedItem(story, site)),
  })
}
