/** `/corrections/rss.xml`: the paper's corrections as a feed, newest first. */
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { FEED_ITEMS, FEED_LANGUAGE, SITE_TITLE } from '../../consts'
import { allCorrections, correctionFeedItem } from '../../lib/corrections'
import { loadSite } from '../_site'

export const GET: APIRoute = async (context) => {
  const site = await loadSite()
  return rss({
    title: `${SITE_TITLE} · 更正`,
    description: `${SITE_TITLE}对已发表稿件的更正`,
    site: context.site ?? context.url.origin,
    customData: `<language>${FEED_LANGUAGE}</language>`,
    items: allCorrections(site.stories)
      .slice(0, FEED_ITEMS)
      .map((entry) => correctionFeedItem(entry, site.urlOf(entry.story))),
  })
}
