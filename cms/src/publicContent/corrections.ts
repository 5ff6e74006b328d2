import type { Payload } from 'payload'

import type { Correction } from '@/payload-types'

import { relationId } from '../lib/relationId'
import type { PublicCorrection, PublicStory } from './types'

const keyOf = (type: 'articles' | 'profiles', id: unknown) => `${type}:${String(id)}`

const latest = (times: string[]) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))

/**
 * The stories with their corrections (更正) attached, oldest first. A correction is public exactly
 * when its story is, so only the corrections of the stories given are attached (the collection
 * itself is closed to anonymous readers). A corrected story counts as modified when its latest
 * correction was made or amended: feeds, sitemaps and structured data say so.
 */
export async function attachCorrections<S extends PublicStory>(
  payload: Payload,
  stories: S[],
): Promise<S[]> {
  if (stories.length === 0) return stories
  // Corrections are rare next to stories (a few a month), so all of them are read at once.
  const { docs } = await payload.find({
    collection: 'corrections',
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byStory = new Map<string, PublicCorrection[]>()
  for (const c of docs) {
    const key = keyOf(c.story.relationTo, relationId(c.story.value))
    byStory.set(key, [...(byStory.get(key) ?? []), shape(c)])
  }
  return stories.map((story) => {
    const corrections = byStory.get(keyOf(story.type === 'article' ? 'articles' : 'profiles', story.id))
    if (!corrections) return story
    return {
      ...story,
      corrections,
      updatedAt: latest([story.updatedAt, ...corrections.map((c) => c.amendedAt ?? c.date)]),
    }
  })
}

function shape(c: Correction): PublicCorrection {
  return {
    id: String(c.id),
    date: new Date(c.date).toISOString(),
    wrong: c.wrong.trim(),
    right: c.right.trim(),
    amendedAt: c.amendedAt ? new Date(c.amendedAt).toISOString() : null,
  }
}
