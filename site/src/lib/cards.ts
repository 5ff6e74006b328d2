/**
 * Stories as lists show them (a card: headline lines, excerpt, date, cover photo, county), resolved
 * from a page's index, so the list templates render plain data and look nothing up.
 */
import type { PublicPhoto, PublicStory } from '#contract'
import { coverPhotoId } from './photos'
import type { Site } from './site'

/** A link as templates render it: its words and where it goes. */
export type Link = { label: string; url: string }

export type StoryCard = {
  story: Pick<PublicStory, 'type' | 'kicker' | 'title' | 'subtitle' | 'excerpt' | 'publishedAt'>
  url: string
  /** The story's lead or first photo, for lists with thumbnails; null when it has none. */
  photo: PublicPhoto | null
  /** The county-level group it is filed under, named in lists that mix counties. */
  group: Link
}

/** The story's county-level group (the whole-area group for news of the prefecture at large) and its page. */
export function groupLink(story: PublicStory, site: Site): Link {
  const group = site.groupOf(story)
  return { label: group.label, url: site.regionUrlOf(group.region) }
}

export function storyCard(story: PublicStory, site: Site): StoryCard {
  const photoId = coverPhotoId(story)
  const { type, kicker, title, subtitle, excerpt, publishedAt } = story
  return {
    story: { type, kicker, title, subtitle, excerpt, publishedAt },
    url: site.urlOf(story),
    photo: (photoId && site.photos.get(photoId)) || null,
    group: groupLink(story, site),
  }
}

/** The cards of the stories with these keys, in order, skipping any the page was not given. */
export const storyCards = (site: Site, keys: readonly string[]): StoryCard[] =>
  site.stories(keys).map((story) => storyCard(story, site))
