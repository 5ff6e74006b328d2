import { describe, expect, it } from 'vitest'

import type { PublicStory } from '#contract'
import { byNewest, storyKey } from './stories'

const story = (id: string, publishedAt: string): PublicStory =>
  ({ type: 'article', id, title: `稿件${id}`, publishedAt }) as PublicStory

describe('byNewest', () => {
  it('sorts newest first and breaks ties by id, numerically', () => {
    const sorted = [
      story('2', '2025-12-01T00:00:00Z'),
      story('10', '2025-12-09T00:00:00Z'),
      story('3', '2025-12-09T00:00:00Z'),
    ].sort(byNewest)
    expect(sorted.map((s) => s.id)).toEqual(['3', '10', '2'])
  })
})

describe('storyKey', () => {
  it('tells an article from a profile with the same id', () => {
    expect(storyKey({ type: 'article', id: '1' })).not.toBe(storyKey({ type: 'profile', id: '1' }))
  })
})
