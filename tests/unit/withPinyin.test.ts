import { describe, expect, it } from 'vitest'

import { withPinyin } from '@/lib/slugify'

describe('withPinyin', () => {
  it('adds the pinyin and initials of a name, reading its surname as one', () => {
    expect(withPinyin('杨鹤', { kind: 'name' })).toBe('杨鹤 · yanghe yh')
    expect(withPinyin('单田芳', { kind: 'name' })).toBe('单田芳 · shantianfang stf')
    expect(withPinyin('阿里木·司马义', { kind: 'name' })).toBe('阿里木·司马义 · alimusimayi almsmy')
  })

  it('adds them to a place name', () => {
    expect(withPinyin('昌吉市')).toBe('昌吉市 · changjishi cjs')
  })

  it('leaves a name without Chinese as it is', () => {
    expect(withPinyin('Xinhua')).toBe('Xinhua')
    expect(withPinyin('  ')).toBe('')
  })
})
