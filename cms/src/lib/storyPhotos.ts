import { blocksOfType, type RichText } from './lexical'
import { relationId } from './relationId'

type MediaRef = number | string | { id: number | string } | null | undefined

type StoryPhotoFields = {
  leadPhoto?: MediaRef
  body?: RichText | null
  photos?: MediaRef[] | null
  chapters?: { body?: RichText | null }[] | null
}

/** Ids of every photo a story shows: lead photo, photo blocks in the text, profile photos. */
export function photoIdsOf(story: StoryPhotoFields): (number | string)[] {
  const bodies = [story.body, ...(story.chapters ?? []).map((c) => c.body)]
  const refs: MediaRef[] = [
    story.leadPhoto,
    ...(story.photos ?? []),
    ...bodies.flatMap((b) => blocksOfType(b, 'photo').map((f) => f.media as MediaRef)),
  ]
  return [...new Set(refs.map((r) => relationId(r)).filter((id) => id !== null))]
}

/** The field of a story that shows a photo: where an editor goes to fix what is wrong with it. */
export function photoFieldOf(
  story: StoryPhotoFields,
  id: number | string,
): 'leadPhoto' | 'photos' | 'body' | 'chapters' {
  const same = (ref: MediaRef) => String(relationId(ref)) === String(id)
  const inBody = (body: RichText | null | undefined) =>
    blocksOfType(body, 'photo').some((f) => same(f.media as MediaRef))
  if (same(story.leadPhoto)) return 'leadPhoto'
  if ((story.photos ?? []).some(same)) return 'photos'
  return inBody(story.body) ? 'body' : 'chapters'
}
