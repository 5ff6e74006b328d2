import type { Payload } from 'payload'

import { BATCH_ENV } from '../lib/allOrNothing'

/**
 * Boots the CMS's Payload for a command. The config is imported only here, when a command needs
 * the database: importing it creates the data folder and the database file.
 */
export async function bootPayload(): Promise<Payload> {
  // Seeds and imports are all-or-nothing, so they ask for SQLite transactions, which the CMS
  // server leaves off (see BATCH_ENV). Set before the config is imported: it reads env once.
  Object.assign(process.env, BATCH_ENV)
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  return getPayload({ config })
}

/** Writes text to stdout and waits until it is out, so exiting right after loses nothing. */
export function print(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(`${text}\n`, () => resolve()))
}

/**
 * Runs a command and exits with its code. Exiting explicitly matters: after `payload.destroy()`
 * the process would otherwise linger for seconds on handles the database client leaves behind.
 */
export function runCommand(command: () => Promise<number>): void {
  command().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
