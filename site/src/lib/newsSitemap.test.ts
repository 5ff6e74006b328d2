import { describe, expect, it } from 'vitest'

import type { PublicStory } from '../../../cms/src/public/types'
import { newsSitemapXml, selectNewsStories } from './newsSitemap'

const DAY = 24 * 60 * 60 * 1000
const story = (id: string, publishedAt: string) => ({ id, publishedAt }) as PublicStory

describe('selectNewsStories', () => {
  it('keeps the two days before the snapshot, not the build', () => {
    const stories = [
      story('now', '2025-12-10T04:00:00.000Z'),
      story('yesterday', '2025-12-09T04:00:00.000Z'),
      story('edge', '2025-12-08T04:00:00.000Z'),
      story('old', '2025-12-01T00:00:00.000Z'),
      story('future', '2025-12-10T04:00:01.000Z'),
    ]
    expect(
      selectNewsStories(stories, '2025-12-10T04:00:00.000Z', 2 * DAY).map((s) => s.id),
    ).toEqual(['now', 'yesterday'])
  })
})

describe('newsSitemapXml', () => {
  it('escapes titles', () => {
    const xml = newsSitemapXml(
      [
        {
          loc: 'https://x.cn/a/?b=1&c=2',
          title: '<img src=x onerror=alert(1)>',
          publishedAt: '2025-12-10T00:00:00Z',
        },
      ],
      { name: '昌吉日报', language: 'zh-cn' },
    )
    expect(xml).toContain('<news:title>&lt;img src=x onerror=alert(1)&gt;</news:title>')
    expect(xml).toContain('<loc>https://x.cn/a/?b=1&amp;c=2</loc>')
    expect(xml).toContain('<news:language>zh-cn</news:language>')
  })
})
