import { describe, expect, it } from 'vitest'

import { formatCalendarDate, formatDate, formatDateTime, paperCalendar, paperDate } from './dates'

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

  it('agrees with Intl on every instant, including around midnight and month ends', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const from = Date.UTC(1990, 0, 1)
    const to = Date.UTC(2040, 0, 1)
    const instants = [
      ...Array.from({ length: 5000 }, () => from + Math.floor(random() * (to - from))),
      // The minute before and after midnight, paper time, at the end of a month and a year.
      Date.UTC(2025, 11, 31, 15, 59, 59, 999),
      Date.UTC(2025, 11, 31, 16, 0),
      Date.UTC(2026, 1, 28, 15, 59),
      Date.UTC(2026, 1, 28, 16, 0),
    ]
    for (const ms of instants) {
      const parts = Object.fromEntries(
        paperCalendar.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
      )
      const iso = new Date(ms).toISOString()
      expect(paperDate(iso), iso).toEqual({
        year: parts.year,
        month: parts.month,
        day: parts.day,
        time: `${parts.hour}:${parts.minute}`,
      })
    }
  })

  it('refuses a string that is not a date', () => {
    expect(() => formatDate('yesterday')).toThrow(/not a date/)
  })
})
