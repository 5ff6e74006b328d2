import { describe, expect, it } from 'vitest'

import { waited } from '@/lib/reviewQueues'

describe('how long a story has waited', () => {
  const now = Date.parse('2026-12-05T12:00:00.000Z')
  const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString()

  it('says minutes, then hours and minutes, then days and hours', () => {
    expect(waited(ago(7), now)).toBe('7 分')
    expect(waited(ago(125), now)).toBe('2 小时 5 分')
    expect(waited(ago(3 * 1440 + 4 * 60 + 59), now)).toBe('3 天 4 小时')
  })

  it('never goes negative for a clock a little ahead', () => {
    expect(waited(ago(-2), now)).toBe('0 分')
  })
})
