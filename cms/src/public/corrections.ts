import type { Payload } from 'payload'

import type { Correction } from '@/payload-types'

import { relationId } from '../lib/relationId'
import type { PublicCorrection, PublicSnapshot, PublicStory } from './types'

const keyOf = (type: 'articles' | 'profiles', id: unknown) => `${type}:${String(id)}`

const latest = (times: string[]) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))

/**
 * The snapshot with each story's corrections (更正) attached, oldest first. A correction is public
 * exactly when its story is, so only the corrections of stories already in the snapshot are read
 * (the collection itself is closed to anonymous readers). A corrected story counts as modified
 * when its latest correction was made or amended: feeds, sitemaps and structured data say so, and
 * an incremental build sees the story changed.
 */
export async function withCorrections(
  payload: Payload,
  snapshot: PublicSnapshot,
): Promise<PublicSnapshot> {
  const live = new Set([
    ...snapshot.articles.map((a) => keyOf('articles', a.id)),
    ...snapshot.profiles.map((p) => keyOf('profiles', p.id)),
  ])
  // Corrections are rare next to stories (a few a month), so all of them are read at once.
  const { docs } = await payload.find({
    collection: 'corrections',
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byStory = new Map<string, PublicCorrection[]>()
  for (const c of docs as Correction[]) {
    const key = keyOf(c.story.relationTo, relationId(c.story.value))
    if (live.has(key)) byStory.set(key, [...(byStory.get(key) ?? []), shape(c)])
  }
  const attach = <S extends PublicStory>(story: S, collection: 'articles' | 'profiles'): S => {
    const corrections = byStory.get(keyOf(collection, story.id))
    if (!corrections) return story
    return {
      ...story,
      corrections,
      updatedAt: latest([story.updatedAt, ...corrections.map((c) => c.amendedAt ?? c.date)]),
    }
  }
  return {
    ...snapshot,
    articles: snapshot.articles.map((a) => attach(a, 'articles')),
    profiles: snapshot.profiles.map((p) => attach(p, 'profiles')),
  }
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
