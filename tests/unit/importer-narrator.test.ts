import { describe, expect, it } from 'vitest'

import { narratorFacts, parseAge } from '../../seeds/importer/narrator'

describe('a profile narrator’s own words', () => {
  it('give the age from 今年44岁, after the name or on its own', () => {
    expect(narratorFacts(['我叫阿里木·司马义，今年44岁，是土生土长的昌吉人。'])).toEqual({
      age: 44,
      occupation: null,
    })
    expect(narratorFacts(['我今年58岁。']).age).toBe(58)
    expect(narratorFacts(['我是马建国，今年六十岁。']).age).toBe(60)
  })

  it('read ages written in Chinese numerals', () => {
    expect(parseAge('四十四')).toBe(44)
    expect(parseAge('十八')).toBe(18)
    expect(parseAge('六十')).toBe(60)
    expect(parseAge('九')).toBe(9)
    expect(parseAge('十十')).toBeNull()
    expect(parseAge('')).toBeNull()
  })

  it('give the occupation from 是…的护林员, without the measure word', () => {
    expect(narratorFacts(['我是江布拉克林场的一名护林员，今年44岁。'])).toEqual({
      age: 44,
      occupation: '江布拉克林场的护林员',
    })
    expect(narratorFacts(['我叫张红，今年36岁，是一名乡村教师。'])).toEqual({
      age: 36,
      occupation: '乡村教师',
    })
    expect(narratorFacts(['我叫王强，今年52岁，是奇台县半截沟镇的护林员。']).occupation).toBe(
      '奇台县半截沟镇的护林员',
    )
  })

  it('take nothing from what is said of someone else', () => {
    expect(narratorFacts(['我母亲今年80岁，是退休教师。'])).toEqual({ age: null, occupation: null })
    expect(narratorFacts(['他今年44岁，是护林员。'])).toEqual({ age: null, occupation: null })
    expect(narratorFacts(['今年是我当护林员的第20年。'])).toEqual({ age: null, occupation: null })
  })

  it('take no birthplace for an occupation, and no impossible age', () => {
    expect(narratorFacts(['我是土生土长的昌吉人。']).occupation).toBeNull()
    expect(narratorFacts(['我今年200岁。']).age).toBeNull()
  })

  it('keep the first statement when the text states it twice', () => {
    expect(narratorFacts(['我叫李明，今年30岁，是一名快递员。', '我今年31岁了，是站长。'])).toEqual(
      { age: 30, occupation: '快递员' },
    )
  })
})
