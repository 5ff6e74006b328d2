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
