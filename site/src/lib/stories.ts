import type { Id, PublicEdition, PublicStory } from '../../../cms/src/public/types'

/** A story's identity across both collections: ids are only unique within one. */
export const storyKey = (story: { type: PublicStory['type']; id: Id }) =>
  `${story.type}:${story.id}`

/** Newest first; ties broken by id so every build lists them in the same order. */
export function byNewest(a: PublicStory, b: PublicStory): number {
  return (
    b.publishedAt.localeCompare(a.publishedAt) ||
    storyKey(a).localeCompare(storyKey(b), 'en', { numeric: true })
  )
}

/**
 * Stories grouped by their county-level group, newest first; prefecture-wide stories (no county)
 * under the prefecture's id.
 */
export function groupStories(
  stories: readonly PublicStory[],
  prefectureId: Id | null,
): Map<Id, PublicStory[]> {
  const groups = new Map<Id, PublicStory[]>()
  for (const story of [...stories].sort(byNewest)) {
    const key = story.countyId ?? prefectureId
    if (key === null)
      throw new Error(`“${story.title}” is prefecture-wide but there is no prefecture`)
    const group = groups.get(key)
    if (group) group.push(story)
    else groups.set(key, [story])
  }
  return groups
}

/** The latest edition: the highest date. */
export function latestEdition(editions: readonly PublicEdition[]): PublicEdition | null {
  return editions.reduce<PublicEdition | null>((a, b) => (a && a.date >= b.date ? a : b), null)
}

/** An edition's lead stories: the first story of each page, in page order. */
export function leadStories(
  edition: PublicEdition,
  find: (ref: { type: PublicStory['type']; id: Id }) => PublicStory | undefined,
): PublicStory[] {
  return [...edition.pages]
    .sort((a, b) => a.number - b.number)
    .flatMap((page) => page.stories.slice(0, 1).flatMap((ref) => find(ref) ?? []))
}
