import { describe, expect, it } from 'vitest'

import type { PublicEdition, PublicStory } from '../../../cms/src/public/types'
import { byNewest, groupStories, latestEdition, leadStories, storyKey } from './stories'

const story = (id: string, publishedAt: string, countyId: string | null): PublicStory =>
  ({ type: 'article', id, title: `稿件${id}`, publishedAt, countyId }) as PublicStory

describe('byNewest', () => {
  it('sorts newest first and breaks ties by id', () => {
    const sorted = [
      story('2', '2025-12-01T00:00:00Z', null),
      story('10', '2025-12-09T00:00:00Z', null),
      story('3', '2025-12-09T00:00:00Z', null),
    ].sort(byNewest)
    expect(sorted.map((s) => s.id)).toEqual(['3', '10', '2'])
  })
})

describe('groupStories', () => {
  it('groups by county, with prefecture-wide stories under the prefecture', () => {
    const groups = groupStories(
      [
        story('1', '2025-12-01T00:00:00Z', '2'),
        story('2', '2025-12-02T00:00:00Z', null),
        story('3', '2025-12-03T00:00:00Z', '2'),
      ],
      '1',
    )
    expect([...groups].map(([k, v]) => [k, v.map((s) => s.id)])).toEqual([
      ['2', ['3', '1']],
      ['1', ['2']],
    ])
  })

  it('refuses prefecture-wide stories when there is no prefecture to hold them', () => {
    expect(() => groupStories([story('1', '2025-12-01T00:00:00Z', null)], null)).toThrow(
      /no prefecture/,
    )
  })
})

describe('editions', () => {
  const edition = (id: string, date: string): PublicEdition => ({
    id,
    date,
    number: 1,
    pages: [
      {
        number: 3,
        name: '县市新闻',
        stories: [
          { type: 'article', id: '101' },
          { type: 'article', id: '102' },
        ],
      },
      { number: 1, name: '要闻', stories: [{ type: 'profile', id: '201' }] },
      { number: 2, name: '广告', stories: [] },
    ],
  })

  it('finds the latest edition by date', () => {
    expect(latestEdition([edition('1', '2025-12-09'), edition('2', '2025-12-10')])?.id).toBe('2')
    expect(latestEdition([])).toBeNull()
  })

  it('leads with the first story of each page, in page order', () => {
    const all = new Map(
      [
        { type: 'article', id: '101' },
        { type: 'profile', id: '201' },
      ].map((s) => [storyKey(s as PublicStory), s as PublicStory]),
    )
    const leads = leadStories(edition('1', '2025-12-10'), (ref) => all.get(storyKey(ref)))
    expect(leads.map(storyKey)).toEqual(['profile:201', 'article:101'])
  })
})
