import type { Payload } from 'payload'
import React from 'react'

import { readPaperTimeZone } from '../lib/paperTime'
import { ReviewPanel } from './ReviewPanel'

/** The review panel, told the paper's time zone, which only the server can read from 报社设置. */
export async function ReviewPanelField({ payload }: { payload: Payload }) {
  return <ReviewPanel timeZone={await readPaperTimeZone(payload)} />
}
