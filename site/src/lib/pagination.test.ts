import { describe, expect, it } from 'vitest'

import { paginate } from './pagination'

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i)

  it('cuts a list into pages of the given size, linked both ways', () => {
    const pages = paginate(items, '/changji-shi/', 20)
    expect(pages.map((p) => [p.url, p.items.length])).toEqual([
      ['/changji-shi/', 20],
      ['/changji-shi/page/2/', 20],
      ['/changji-shi/page/3/', 5],
    ])
    expect(pages[0]).toMatchObject({
      number: 1,
      count: 3,
      prevUrl: null,
      nextUrl: '/changji-shi/page/2/',
    })
    expect(pages[2]).toMatchObject({ prevUrl: '/changji-shi/page/2/', nextUrl: null })
  })

  it('keeps one empty page for an empty list', () => {
    expect(paginate([], '/jimusaer-xian/', 20)).toEqual([
      { items: [], number: 1, count: 1, url: '/jimusaer-xian/', prevUrl: null, nextUrl: null },
    ])
  })

  it('fits an exact multiple without a trailing empty page', () => {
    expect(paginate(items.slice(0, 40), '/a/', 20)).toHaveLength(2)
  })

  it('refuses a nonsensical page size', () => {
    expect(() => paginate(items, '/a/', 0)).toThrow(/positive integer/)
  })
})
