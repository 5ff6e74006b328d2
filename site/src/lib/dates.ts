import { TIME_ZONE } from '../consts'

const calendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export type PaperDate = { year: string; month: string; day: string; time: string }

/** The calendar date and clock time of an instant in the paper's time zone, zero-padded. */
export function paperDate(iso: string): PaperDate {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${JSON.stringify(iso)}`)
  const parts = calendar.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    time: `${part('hour')}:${part('minute')}`,
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
