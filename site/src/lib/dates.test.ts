import { describe, expect, it } from 'vitest'

import { formatCalendarDate, formatDate, formatDateTime, paperDate } from './dates'

describe('paper dates', () => {
  it('dates an instant in Xinjiang newsroom time, not UTC', () => {
    expect(paperDate('2025-11-30T16:30:00.000Z')).toEqual({
      year: '2025',
      month: '12',
      day: '01',
      time: '00:30',
    })
  })

  it('writes dates the way the paper prints them, without zero padding', () => {
    expect(formatDate('2025-12-09T22:30:00.000Z')).toBe('2025年12月10日')
    expect(formatDate('2026-01-04T02:00:00+08:00')).toBe('2026年1月4日')
    expect(formatDateTime('2025-12-09T22:30:00.000Z')).toBe('2025年12月10日 06:30')
  })

  it('takes an edition date as the calendar date it already is', () => {
    expect(formatCalendarDate('2025-12-10')).toBe('2025年12月10日')
    expect(formatCalendarDate('2026-03-01')).toBe('2026年3月1日')
  })

  it('refuses a string that is not a date', () => {
    expect(() => formatDate('yesterday')).toThrow(/not a date/)
  })
})
