import { describe, expect, it } from 'vitest'

import { SNAPSHOT_VERSION } from '#contract'
import { fixtureSnapshot } from '../src/test/fixture'
import { snapshotSchema } from './storeSchema'

describe('snapshot schema', () => {
  it('accepts the fixture snapshot as it is', () => {
    const snapshot = fixtureSnapshot()
    expect(snapshotSchema.parse(snapshot)).toEqual(snapshot)
  })

  it('refuses a snapshot of another version, naming the field', () => {
    const result = snapshotSchema.safeParse({ ...fixtureSnapshot(), version: SNAPSHOT_VERSION + 1 })
    expect(result.error?.issues.map((i) => [i.path, i.code])).toEqual([[['version'], 'invalid_value']])
  })

  it('refuses a story without a title or with a date that is not a date', () => {
    const snapshot = fixtureSnapshot()
    const [article] = snapshot.articles
    const bad = [
      { ...article, title: '' },
      { ...article, publishedAt: '12月10日' },
    ]
    const refused = bad.map(
      (story) => snapshotSchema.safeParse({ ...snapshot, articles: [story] }).error?.issues[0]?.path,
    )
    expect(refused).toEqual([
      ['articles', 0, 'title'],
      ['articles', 0, 'publishedAt'],
    ])
  })
})
