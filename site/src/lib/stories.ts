import type { Id, PublicStory } from '#contract'

type StoryRef = { type: PublicStory['type']; id: Id }

/**
 * A story's identity across both collections (`article:12`): ids are only unique within one. The
 * CMS's public store keys stories the same way (it imports this): templates import nothing from the
 * CMS but types, so a paper's own copy of the templates builds wherever it lives.
 */
export const storyKey = (story: StoryRef) => `${story.type}:${story.id}`

/** Newest first; ties broken by key so every build lists them in the same order. */
export function byNewest<T extends StoryRef & { publishedAt: string }>(a: T, b: T): number {
  return (
    b.publishedAt.localeCompare(a.publishedAt) ||
    storyKey(a).localeCompare(storyKey(b), 'en', { numeric: true })
  )
}
