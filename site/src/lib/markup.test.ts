import { describe, expect, it } from 'vitest'

import { escapeMarkup, voidElement } from './markup'

describe('escapeMarkup', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeMarkup(`</script><img src=x onerror="alert('1')">&`)).toBe(
      '&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    )
  })
})

describe('voidElement', () => {
  it('writes attributes escaped, so no payload survives even inside a quoted value', () => {
    const html = voidElement('meta', {
      property: 'og:title',
      content: '呼图壁县冰雪节开幕<img src=x onerror=alert(1)>"',
    })
    expect(html).toBe(
      '<meta property="og:title" content="呼图壁县冰雪节开幕&lt;img src=x onerror=alert(1)&gt;&quot;">',
    )
  })

  it('writes bare attributes for true and leaves out empty ones', () => {
    expect(
      voidElement('img', { src: '/a.jpg', alt: '', hidden: true, loading: undefined, x: false }),
    ).toBe('<img src="/a.jpg" alt="" hidden>')
  })

  it('refuses attribute names that could break the tag', () => {
    expect(() => voidElement('img', { 'onerror=alert(1) x': 'y' })).toThrow(/not an attribute name/)
  })
})
