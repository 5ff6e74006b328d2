import { afterEach, describe, expect, it } from 'vitest'

import { DEFAULT_TIME_ZONE } from '../consts'
import {
  calendarOf,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  paperDate,
  paperMonthStart,
  paperTimeZone,
  setPaperTimeZone,
} from './dates'

afterEach(() => setPaperTimeZone(DEFAULT_TIME_ZONE))

/** Intl's answer for every instant, compared with paperDate's in the zone set now. */
function expectAgreement(timeZone: string, instants: number[]) {
  const calendar = calendarOf(timeZone)
  for (const ms of instants) {
    const parts = Object.fromEntries(
      calendar.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
    )
    const iso = new Date(ms).toISOString()
    expect(paperDate(iso), `${timeZone} ${iso}`).toEqual({
      year: parts.year,
      month: parts.month,
      day: parts.day,
      time: `${parts.hour}:${parts.minute}`,
    })
  }
}

function randomInstants(count: number): number[] {
  let seed = 7
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const from = Date.UTC(1990, 0, 1)
  const to = Date.UTC(2040, 0, 1)
  return Array.from({ length: count }, () => from + Math.floor(random() * (to - from)))
}

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
    expectAgreement(DEFAULT_TIME_ZONE, [
      ...randomInstants(5000),
      // The minute before and after midnight, paper time, at the end of a month and a year.
      Date.UTC(2025, 11, 31, 15, 59, 59, 999),
      Date.UTC(2025, 11, 31, 16, 0),
      Date.UTC(2026, 1, 28, 15, 59),
      Date.UTC(2026, 1, 28, 16, 0),
    ])
  })

  it('refuses a string that is not a date', () => {
    expect(() => formatDate('yesterday')).toThrow(/not a date/)
  })
})

describe('a paper in another time zone', () => {
  it('dates by the zone the paper sets, and back by the default', () => {
    // 2025-12-31 17:00 UTC: New Year's Day in Beijing, still New Year's Eve in Urumqi (UTC+6).
    const iso = '2025-12-31T17:00:00.000Z'
    expect(paperTimeZone()).toBe('Asia/Shanghai')
    expect(formatDateTime(iso)).toBe('2026年1月1日 01:00')
    setPaperTimeZone('Asia/Urumqi')
    expect(paperTimeZone()).toBe('Asia/Urumqi')
    expect(formatDateTime(iso)).toBe('2025年12月31日 23:00')
    setPaperTimeZone(DEFAULT_TIME_ZONE)
    expect(formatDateTime(iso)).toBe('2026年1月1日 01:00')
  })

  it('agrees with Intl in a zone that changes its clocks, on the days it does', () => {
    setPaperTimeZone('America/New_York')
    const changes = [Date.UTC(2025, 2, 9, 7), Date.UTC(2025, 10, 2, 6)]
    const around = changes.flatMap((at) =>
      Array.from({ length: 48 }, (_, i) => at - 6 * 3600_000 + i * 15 * 60_000 + 59_999),
    )
    expectAgreement('America/New_York', [...randomInstants(2000), ...around])
  })

  it('starts a month at midnight on the 1st, paper time', () => {
    expect(paperMonthStart('2025-12')).toBe('2025-11-30T16:00:00.000Z')
    expect(paperMonthStart('2026-01')).toBe('2025-12-31T16:00:00.000Z')
    setPaperTimeZone('Asia/Urumqi')
    expect(paperMonthStart('2026-01')).toBe('2025-12-31T18:00:00.000Z')
    setPaperTimeZone('America/New_York')
    // Daylight saving in July (UTC−4), standard time in December (UTC−5).
    expect(paperMonthStart('2025-07')).toBe('2025-07-01T04:00:00.000Z')
    expect(paperMonthStart('2025-12')).toBe('2025-12-01T05:00:00.000Z')
  })
})
