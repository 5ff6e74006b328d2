import { TIME_ZONE } from '../consts'

/** Intl's own answer for the paper's zone: asked twice a day by `paperDate`, and its tests' reference. */
export const paperCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
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

/** How far the paper's clock is ahead of UTC at `ms` (zones change offset on a quarter hour). */
function intlOffset(ms: number): number {
  const start = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR
  const parts = paperCalendar.formatToParts(new Date(start))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value)
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - start
  )
}

/** Each UTC day's offset, or null for a day the zone changes its clocks (asked per quarter hour). */
const dayOffsets = new Map<number, number | null>()

function offsetAt(ms: number): number {
  const day = Math.floor(ms / DAY)
  let offset = dayOffsets.get(day)
  if (offset === undefined) {
    const first = intlOffset(day * DAY)
    offset = first === intlOffset(day * DAY + DAY - 1) ? first : null
    dayOffsets.set(day, offset)
  }
  return offset ?? intlOffset(ms)
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
  const wall = new Date(ms + offsetAt(ms))
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
