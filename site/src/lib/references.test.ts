import { describe, expect, it } from 'vitest'

import { fixtureSnapshot } from '../test/fixture'
import { brokenReferences } from './references'

describe('brokenReferences', () => {
  it('finds nothing missing in the fixture', () => {
    expect(brokenReferences(fixtureSnapshot())).toEqual([])
  })

  it('names a story whose photo, region or column is missing', () => {
    const snapshot = fixtureSnapshot()
    const story = snapshot.articles[0]
    story.photoIds = ['999']
    story.regionIds = ['998']
    story.columnId = '997'
    expect(brokenReferences(snapshot)).toEqual([
      `article “${story.title}” refers to region 998, which is not in the snapshot`,
      `article “${story.title}” refers to column 997, which is not in the snapshot`,
      `article “${story.title}” refers to photo 999, which is not in the snapshot`,
    ])
  })

  it('names an edition page listing a story the snapshot does not hold', () => {
    const snapshot = fixtureSnapshot()
    snapshot.editions[0].pages[0].stories.push({ type: 'profile', id: '404' })
    expect(brokenReferences(snapshot)).toEqual([
      'edition 2025-12-10 page 1 lists profile 404, which is not in the snapshot',
    ])
  })

  it('names duplicate ids', () => {
    const snapshot = fixtureSnapshot()
    snapshot.columns.push(snapshot.columns[0])
    expect(brokenReferences(snapshot)).toEqual(['column 1 appears twice'])
  })
})
