import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { env } from '../env'

/** One outgoing message as written to the outbox folder. */
export type OutboxMail = {
  from: string
  to: string
  subject: string
  html: string
  text: string
  sentAt: string
}

/** Nodemailer lets addresses be strings, `{ name, address }` objects or lists of either. */
function addresses(value: unknown): string {
  if (Array.isArray(value)) return value.map(addresses).join(', ')
  if (typeof value === 'string') return value
  if (
    value &&
    typeof value === 'object' &&
    'address' in value &&
    typeof value.address === 'string'
  ) {
    return value.address
  }
  return ''
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * Mail for a CMS without an SMTP server: the logger records that a message went out (recipient and
 * subject only — a reset link in a log file would let anyone who reads the logs take the account)
 * and, when MAIL_OUTBOX_DIR is set, the whole message is written there as a JSON file, which is
 * how tests read reset links. Production plugs in an SMTP adapter instead (docs/security.md).
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: `no-reply@${new URL(env.serverURL).hostname}`,
  defaultFromName: '县域新闻',
  sendEmail: async (message: SendEmailOptions) => {
    const mail: OutboxMail = {
      from: addresses(message.from),
      to: addresses(message.to),
      subject: text(message.subject),
      html: text(message.html),
      text: text(message.text),
      sentAt: new Date().toISOString(),
    }
    payload.logger.info({
      msg: 'Mail not sent (no SMTP adapter)',
      to: mail.to,
      subject: mail.subject,
    })
    if (env.mailOutboxDir) {
      await fs.promises.mkdir(env.mailOutboxDir, { recursive: true, mode: 0o700 })
      const file = `${mail.sentAt.replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.json`
      await fs.promises.writeFile(
        path.join(env.mailOutboxDir, file),
        JSON.stringify(mail, null, 2),
        {
          mode: 0o600,
        },
      )
    }
  },
})
