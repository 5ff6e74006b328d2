import fs from 'node:fs'
import path from 'node:path'

import type { OutboxMail } from '@/security/logEmailAdapter'

/** One mail the CMS wrote to its outbox (`MAIL_OUTBOX_DIR`) instead of sending it. */
export const readOutboxMail = (outbox: string, file: string): OutboxMail =>
  JSON.parse(fs.readFileSync(path.join(outbox, file), 'utf8')) as OutboxMail
