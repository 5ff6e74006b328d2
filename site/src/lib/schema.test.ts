import { describe, expect, it } from 'vitest'

import { fixtureSnapshot } from '../test/fixture'
import { photoSchema, regionSchema } from './schema'

describe('record schemas', () => {
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
})
