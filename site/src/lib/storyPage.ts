/**
 * What the frame of a story page shows, article or profile, resolved from the page's index: the
 * region breadcrumb, the cover photo for sharing, the line of date, print placement and column,
 * structured data, corrections, and the stories published just before it in its county.
 */
import type { PrintPlacement, PublicCorrection, PublicPhoto, PublicStory } from '#contract'
import { groupLink, storyCard, type Link, type StoryCard } from './cards'
import { correctionsOf } from './corrections'
import { newsArticleJsonLd } from './jsonld'
import { coverPhotoId } from './photos'
import { breadcrumb, type Crumb } from './regions'
import type { Site } from './site'
import { columnUrl } from './urls'

/** Under the headline: when it was published, where it ran in print, its column. */
export type StoryMeta = { publishedAt: string; print: PrintPlacement | null; column: Link | null }

export type StoryView = {
  crumbs: Crumb[]
  /** Its county-level group: the page's section, and the heading of its related stories. */
  group: Link
  cover: PublicPhoto | null
  meta: StoryMeta
  jsonLd: ReturnType<typeof newsArticleJsonLd>
  corrections: PublicCorrection[]
  related: StoryCard[]
}

/** The story page's frame; `related` are the stories published just before it in its county. */
export function storyView(
  story: PublicStory,
  site: Site,
  related: readonly PublicStory[],
  origin: URL,
): StoryView {
  const group = site.groupOf(story)
  const place = story.regionIds.map((id) => site.regions.get(id)).find((r) => r) ?? group.region
  const coverId = coverPhotoId(story)
  const column = story.columnId ? site.columns.get(story.columnId) : undefined
  return {
    crumbs: breadcrumb(place, site.regions),
    group: groupLink(story, site),
    cover: (coverId && site.photos.get(coverId)) || null,
    meta: {
      publishedAt: story.publishedAt,
      print: site.printOf(story),
      column: column ? { label: column.name, url: columnUrl(column) } : null,
    },
    jsonLd: newsArticleJsonLd(story, site, origin),
    corrections: correctionsOf(story),
    related: related.map((s) => storyCard(s, site)),
  }
}
