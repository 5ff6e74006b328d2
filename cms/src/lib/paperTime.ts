import type { Payload } from 'payload'

import { paperTimeZone, setPaperTimeZone } from '../../../site/src/lib/dates'

/**
 * A moment as the newsroom reads it: 2025/12/10 14:03:05, in the paper's time zone — the one this
 * process last read from 报社设置, or `timeZone` where the caller was handed it (the browser, which
 * cannot read the settings itself).
 */
export const paperTime = (iso: string, timeZone: string = paperTimeZone()) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone, hour12: false })

/**
 * 报社设置's time zone, read now: an admin view renders in whatever zone the paper has at that
 * moment, not the one this process happened to read last. The process dates in it from then on.
 */
export async function readPaperTimeZone(payload: Payload): Promise<string> {
  const { timeZone } = await payload.findGlobal({
    slug: 'paper-settings',
    depth: 0,
    select: { timeZone: true },
  })
  setPaperTimeZone(timeZone)
  return timeZone
}
