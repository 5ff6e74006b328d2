import { PAPER_TIME_ZONE } from '../public/store'

/** A moment as the newsroom reads it: 2025/12/10 14:03:05, in the paper's time zone. */
export const paperTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: PAPER_TIME_ZONE, hour12: false })
