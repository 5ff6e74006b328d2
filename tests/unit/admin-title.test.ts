import { describe, expect, it } from 'vitest'

import { ADMIN_TITLE_SUFFIX, withPaperTitle } from '../../cms/src/lib/adminTitle'

describe('withPaperTitle', () => {
  it('puts the paper’s name where Payload put the product’s', () => {
    expect(withPaperTitle({ title: `仪表盘 ${ADMIN_TITLE_SUFFIX}` }, '伊犁晨报').title).toBe(
      '仪表盘  · 伊犁晨报',
    )
  })

  it('renames every form of a structured title', () => {
    const title = { default: `稿件${ADMIN_TITLE_SUFFIX}`, template: `%s${ADMIN_TITLE_SUFFIX}` }
    expect(withPaperTitle({ title }, '伊犁晨报').title).toEqual({
      default: '稿件 · 伊犁晨报',
      template: '%s · 伊犁晨报',
    })
  })

  it('leaves other titles, and titles when the paper has no name, as they are', () => {
    expect(withPaperTitle({ title: '登录' }, '伊犁晨报').title).toBe('登录')
    expect(withPaperTitle({ title: `登录${ADMIN_TITLE_SUFFIX}` }, ' ').title).toBe(
      `登录${ADMIN_TITLE_SUFFIX}`,
    )
  })
})
