import { DEFAULT_TIME_ZONE } from '../consts'

/** Intl's own answer for a zone: asked twice a day by `paperDate`, and its tests' reference. */
export const calendarOf = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })

export type PaperDate = { year: string; month: string; day: string; time: string }

const QUARTER_HOUR = 15 * 60_000
const DAY = 86_400_000

/** A zone's clock: its formatter and each UTC day's offset, learnt once per day asked. */
type Clock = { calendar: Intl.DateTimeFormat; dayOffsets: Map<number, number | null> }

const clocks = new Map<string, Clock>()

function clockOf(timeZone: string): Clock {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = { calendar: calendarOf(timeZone), dayOffsets: new Map() }
    clocks.set(timeZone, clock)
  }
  return clock
}

/** The paper's clock: its time zone from 报社设置, the default until the paper's is known. */
let paperClock = clockOf(DEFAULT_TIME_ZONE)

/**
 * Dates everything that follows in `timeZone` (报社设置's 时区). Each process that dates stories
 * calls it once it has read the paper: the CMS when it reads the paper's settings, the site
 * builder when it opens a store, the renderer for each page. Switching zones keeps each zone's
 * learnt offsets, so it costs a map lookup.
 */
export function setPaperTimeZone(timeZone: string): void {
  paperClock = clockOf(timeZone)
}

/** The IANA zone dates are made in now. */
export const paperTimeZone = (): string => paperClock.calendar.resolvedOptions().timeZone

/** How far the clock is ahead of UTC at `ms` (zones change offset on a quarter hour). */
function intlOffset(clock: Clock, ms: number): number {
  const start = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR
  const parts = clock.calendar.formatToParts(new Date(start))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value)
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - start
  )
}

/** The day's offset, or per quarter hour on a day the zone changes its clocks. */
function offsetAt(clock: Clock, ms: number): number {
  const day = Math.floor(ms / DAY)
  let offset = clock.dayOffsets.get(day)
  if (offset === undefined) {
    const first = intlOffset(clock, day * DAY)
    offset = first === intlOffset(clock, day * DAY + DAY - 1) ? first : null
    clock.dayOffsets.set(day, offset)
  }
  return offset ?? intlOffset(clock, ms)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * The calendar date and clock time of an instant in the paper's time zone, zero-padded. Site
 * builds date every story of the archive several times, and Intl's formatter costs microseconds a
 * call: the zone's offset is asked twice per day and the rest is arithmetic.
 */
export function paperDate(iso: string): PaperDate {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`not a date: ${JSON.stringify(iso)}`)
  const wall = new Date(ms + offsetAt(paperClock, ms))
  return {
    year: pad(wall.getUTCFullYear(), 4),
    month: pad(wall.getUTCMonth() + 1),
    day: pad(wall.getUTCDate()),
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
  }
}

const chinese = (year: string, month: string, day: string) =>
  `${year}年${Number(month)}月${Number(day)}日`

/** `2025年12月10日`, as the paper dates itself. */
export function formatDate(iso: string): string {
  const { year, month, day } = paperDate(iso)
  return chinese(year, month, day)
}

/** `2025年12月10日 06:30`, for a story's publication time. */
export function formatDateTime(iso: string): string {
  return `${formatDate(iso)} ${paperDate(iso).time}`
}

/** An edition's `YYYY-MM-DD`, already a calendar date in the paper's zone, as `2025年12月10日`. */
export function formatCalendarDate(ymd: string): string {
  const [year, month, day] = ymd.split('-')
  return chinese(year, month, day)
}

/** An archive month, `2025-12`, as `2025年12月`. */
export function formatMonth(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

/**
 * When a month (`2025-12`) begins in paper time, as a UTC instant: where the CMS starts reading a
 * month's stories. The offset is asked at the wall time, then again at the instant it gives, which
 * settles a zone that changes its clocks around that midnight.
 */
export function paperMonthStart(month: string): string {
  const [year, month1] = month.split('-').map(Number)
  const wall = Date.UTC(year, month1 - 1, 1)
  const guess = wall - offsetAt(paperClock, wall)
  return new Date(wall - offsetAt(paperClock, guess)).toISOString()
}
