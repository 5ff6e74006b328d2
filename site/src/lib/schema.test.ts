import { describe, expect, it } from 'vitest'

import { fixtureSnapshot } from '../test/fixture'
import { photoSchema, regionSchema, snapshotSchema } from './schema'

describe('snapshot schema', () => {
  it('accepts the fixture snapshot as it is', () => {
    const snapshot = fixtureSnapshot()
    expect(snapshotSchema.parse(snapshot)).toEqual(snapshot)
  })

  it('refuses a media file name that would climb out of the media folder', () => {
    const [photo] = fixtureSnapshot().photos
    for (const filename of ['../../etc/passwd', 'a/b.jpg', '.hidden.jpg', 'a\\b.jpg']) {
      const result = photoSchema.safeParse({ ...photo, original: { ...photo.original, filename } })
      expect(result.success, filename).toBe(false)
    }
  })

  it('refuses a slug that is not a single path segment', () => {
    const [region] = fixtureSnapshot().regions
    for (const slug of ['', 'a/b', '..', 'a b', 'a?b', 'a<b', '"x']) {
      expect(regionSchema.safeParse({ ...region, slug }).success, slug).toBe(false)
    }
  })

  it('refuses a story without a title or with a date that is not a date', () => {
    const snapshot = fixtureSnapshot()
    const [article] = snapshot.articles
    const bad = [
      { ...article, title: '' },
      { ...article, publishedAt: '12月10日' },
    ]
    for (const story of bad) {
      expect(snapshotSchema.safeParse({ ...snapshot, articles: [story] }).success).toBe(false)
    }
  })
})
