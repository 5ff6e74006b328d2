import { describe, expect, it } from 'vitest'

import { editionUrl, mediaUrl, monthUrl, regionSlugConflict, regionUrl, storyUrl } from './urls'

describe('storyUrl', () => {
  it('files an article under its group, year and month in the paper’s time zone', () => {
    const story = {
      type: 'article' as const,
      slug: 'zhu-lao-dong-ji-gong-shui-an-quan-wang',
      publishedAt: '2025-11-30T16:30:00.000Z',
    }
    expect(storyUrl(story, 'changji-shi')).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang/',
    )
  })

  it('puts profiles in their own section, whatever their county', () => {
    const profile = { type: 'profile' as const, slug: 'alimu', publishedAt: '2025-12-09T22:30:00Z' }
    expect(storyUrl(profile, 'changji-shi')).toBe('/profiles/alimu/')
  })
})

describe('other URLs', () => {
  it('nests region pages by slug', () => {
    expect(regionUrl(['changji-shi', 'lvzhoulu-jiedao', 'meiyuan-shequ'])).toBe(
      '/changji-shi/lvzhoulu-jiedao/meiyuan-shequ/',
    )
  })

  it('hangs a list’s month archive off the list', () => {
    expect(monthUrl('/changji-shi/', '2025-12')).toBe('/changji-shi/2025/12/')
    expect(monthUrl('/columns/she-qu-zhi-tong-che/', '2026-01')).toBe('/columns/she-qu-zhi-tong-che/2026/01/')
  })

  it('anchors an edition link on its page', () => {
    expect(editionUrl('2025-12-10')).toBe('/editions/2025-12-10/')
    expect(editionUrl('2025-12-10', 3)).toBe('/editions/2025-12-10/#page-3')
  })

  it('encodes media file names', () => {
    expect(mediaUrl('美院社区 送膏药-400x300.webp')).toBe(
      '/media/%E7%BE%8E%E9%99%A2%E7%A4%BE%E5%8C%BA%20%E9%80%81%E8%86%8F%E8%8D%AF-400x300.webp',
    )
  })
})

describe('regionSlugConflict', () => {
  it('accepts pinyin place slugs', () => {
    expect(regionSlugConflict(['changji-shi', 'lvzhoulu-jiedao', 'meiyuan-shequ'])).toBeNull()
  })

  it('refuses slugs that would shadow site sections, list pages, years or feeds', () => {
    expect(regionSlugConflict(['editions'])).toMatch(/taken by the site/)
    expect(regionSlugConflict(['changji-shi', 'page'])).toMatch(/shadow/)
    expect(regionSlugConflict(['changji-shi', '2025'])).toMatch(/shadow/)
    expect(regionSlugConflict(['changji-shi', 'rss.xml'])).toMatch(/shadow/)
  })
})
