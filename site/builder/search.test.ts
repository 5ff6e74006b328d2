import { describe, expect, it } from 'vitest'

import { newestShardsFirst, shardOf } from './search'

const NOW = new Date('2026-12-01T10:00:00+08:00')

describe('shardOf', () => {
  it('indexes this month by day, this year by month, earlier years by half-year', () => {
    expect(shardOf('2026-12-01T08:00:00+08:00', NOW)).toBe('d-2026-12-01')
    expect(shardOf('2026-11-30T23:59:00+08:00', NOW)).toBe('m-2026-11')
    expect(shardOf('2025-06-30T12:00:00+08:00', NOW)).toBe('h-2025-1')
    expect(shardOf('2025-07-01T00:00:00+08:00', NOW)).toBe('h-2025-2')
  })

  it('reads dates in the paper’s time zone', () => {
    // 2026-11-30T17:00Z is already 1 December in Xinjiang's newsrooms.
    expect(shardOf('2026-11-30T17:00:00Z', NOW)).toBe('d-2026-12-01')
  })
})

describe('newestShardsFirst', () => {
  it('orders days, months and half-years by when they start', () => {
    expect(newestShardsFirst(['h-2025-1', 'm-2026-11', 'd-2026-12-01', 'h-2025-2', 'm-2026-01'])).toEqual([
      'd-2026-12-01',
      'm-2026-11',
      'm-2026-01',
      'h-2025-2',
      'h-2025-1',
    ])
  })
})
