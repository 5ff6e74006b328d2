/** `/corrections/rss.xml`: the paper's corrections as a feed, newest first. */
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { FEED_ITEMS, FEED_LANGUAGE } from '../../consts'
import { allCorrections, correctionFeedItem } from '../../lib/corrections'
import { indexSite } from '../../lib/site'
import { pageOf } from '../../pageData'

export const GET: APIRoute = async (context) => {
  const page = pageOf(context.locals, 'corrections')
  const site = indexSite(page.content)
  return rss({
    title: `${site.paper.name} · 更正`,
    description: `${site.paper.name}对已发表稿件的更正`,
    site: context.url.origin,
    customData: `<language>${FEED_LANGUAGE}</language>`,
    items: allCorrections(site.stories(page.stories))
      .slice(0, FEED_ITEMS)
      .map((entry) => correctionFeedItem(entry, site.urlOf(entry.story))),
  })
}
