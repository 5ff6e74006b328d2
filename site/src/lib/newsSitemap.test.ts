import { describe, expect, it } from 'vitest'

import { newsSitemapXml } from './newsSitemap'

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
