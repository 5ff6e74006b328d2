import type { RSSFeedItem } from '@astrojs/rss'

import type { PublicStory } from '#contract'
import { creditText, groupBylines, profileCredit } from './byline'
import type { Site } from './site'
import { escapeMarkup } from './markup'

/** Namespaces the items' extra elements need. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' }

/** A story as an RSS item: plain strings, which @astrojs/rss escapes into the XML. */
export function feedItem(story: PublicStory, site: Site): RSSFeedItem {
  const credit = creditText(
    story.type === 'article'
      ? groupBylines(story.bylines)
      : profileCredit(story, site.contributors),
  )
  return {
    title: story.title,
    link: site.urlOf(story),
    pubDate: new Date(story.publishedAt),
    description: story.excerpt,
    categories: [site.groupOf(story).label],
    customData: credit ? `<dc:creator>${escapeMarkup(credit)}</dc:creator>` : undefined,
  }
}
