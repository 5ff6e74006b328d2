import fs from 'node:fs'
import type { Payload } from 'payload'

import { bootPayload } from '@/bootPayload'

export type TestCMS = {
  payload: Payload
  /** Folder holding this file's database, media, site builds and secret. */
  dir: string
  /** A second Payload on the same database, as after a restart of the CMS process. */
  restart: (options?: { cron?: boolean }) => Promise<Payload>
  cleanup: () => Promise<void>
}

let restarts = 0

/** The key this test process's Payload is cached under, for handlers that look it up by key. */
export const PAYLOAD_KEY = `test-${process.pid}`

/**
 * Boots the real CMS config on this test file's throwaway database (SQLite file, or MongoDB when
 * the suite runs there) and folders, prepared by `tests/setup/isolatedEnv.ts`. Settings in `env`
 * take effect only if no CMS module was imported before: pass them here and import CMS modules
 * that read the environment dynamically, after this call.
 */
export async function startCMS(env: Record<string, string> = {}): Promise<TestCMS> {
  const dir = process.env.DATA_DIR as string
  const key = PAYLOAD_KEY
  const payload = await bootPayload({ env, key })
  const instances: Payload[] = [payload]
  return {
    payload,
    dir,
    restart: async ({ cron = false } = {}) => {
      const next = await bootPayload({ cron, key: `${key}-restart-${++restarts}` })
      instances.push(next)
      return next
    },
    cleanup: async () => {
      if (process.env.TEST_DATABASE === 'mongodb') {
        const { connection } = payload.db as unknown as {
          connection: { dropDatabase(): Promise<unknown> }
        }
        await connection.dropDatabase()
      }
      for (const instance of instances) await instance.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
