import { describe, expect, it } from 'vitest'

import { countChars, proposeFees, textFee } from '@/lib/fees'

const table = {
  bands: [
    { kind: 'article' as const, upToChars: null, amount: 150 },
    { kind: 'article' as const, upToChars: 500, amount: 50 },
    { kind: 'article' as const, upToChars: 1500, amount: 100 },
    { kind: 'profile' as const, upToChars: null, amount: 300 },
  ],
  perPhoto: 30,
}

describe('the fee table', () => {
  it('pays a story by the lowest band it fits under, and the open band above the rest', () => {
    expect(textFee(table, 'article', 1)).toBe(50)
    expect(textFee(table, 'article', 500)).toBe(50)
    expect(textFee(table, 'article', 501)).toBe(100)
    expect(textFee(table, 'article', 1500)).toBe(100)
    expect(textFee(table, 'article', 9000)).toBe(150)
    expect(textFee(table, 'profile', 9000)).toBe(300)
  })

  it('proposes nothing for a kind it has no band for', () => {
    expect(textFee({ bands: [] }, 'article', 100)).toBeNull()
    expect(textFee({ bands: [{ kind: 'profile', amount: 1 }] }, 'article', 100)).toBeNull()
  })

  it('counts characters without white space', () => {
    expect(countChars(' 本报讯 记者杨鹤\n报道： ')).toBe(10)
  })
})

describe('proposing fees for a story’s bylines', () => {
  it('shares the text fee among writers, the odd yuan to the first, photos to their photographer', () => {
    const fees = proposeFees({
      table,
      kind: 'article',
      chars: 800,
      bylines: [
        { contributorId: 'a', role: 'correspondent' },
        { contributorId: 'b', role: 'correspondent' },
        { contributorId: 'c', role: 'correspondent' },
        { contributorId: 'd', role: 'photographer' },
      ],
      photosBy: new Map([
        ['d', 2],
        ['a', 1],
      ]),
    })
    // 100 yuan over three writers: 34, 33, 33; 王 also took one photo (30); 丁 two (60).
    expect(fees).toEqual([64, 33, 33, 60])
  })

  it('pays a photographer twice listed only once for the same photos', () => {
    const fees = proposeFees({
      table,
      kind: 'article',
      chars: 10,
      bylines: [
        { contributorId: 'a', role: 'reporter' },
        { contributorId: 'a', role: 'photographer' },
      ],
      photosBy: new Map([['a', 3]]),
    })
    expect(fees).toEqual([140, null])
  })

  it('leaves a fee empty where the table says nothing', () => {
    const fees = proposeFees({
      table: { bands: [], perPhoto: null },
      kind: 'article',
      chars: 10,
      bylines: [{ contributorId: 'a', role: 'photographer' }],
      photosBy: new Map([['a', 3]]),
    })
    expect(fees).toEqual([null])
  })
})
