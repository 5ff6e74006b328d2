import { paperTimeZone } from '../../../site/src/lib/dates'

/** A moment as the newsroom reads it: 2025/12/10 14:03:05, in the paper's time zone. */
export const paperTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: paperTimeZone(), hour12: false })
