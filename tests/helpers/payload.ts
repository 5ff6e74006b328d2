import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

export type TestCMS = {
  payload: Payload
  /** Folder holding this run's database file, media and secret. */
  dir: string
  /** A second Payload on the same database, as after a restart of the CMS process. */
  restart: (options?: { cron?: boolean }) => Promise<Payload>
  cleanup: () => Promise<void>
}

let restarts = 0

function databaseUriFor(dir: string): string {
  if (process.env.TEST_DATABASE !== 'mongodb') return `file:${path.join(dir, 'test.db')}`
  const uri = new URL(process.env.MONGODB_URI as string)
  // One database per run: suites never see each other's documents.
  uri.pathname = `/county-news-test-${path.basename(dir)}`
  return uri.toString()
}

/**
 * Boots the real CMS config on a throwaway database (SQLite file, or MongoDB when the suite runs
 * there) with its own media folder. Environment is set before the config is imported, which
 * reads it once.
 */
export async function startCMS(env: Record<string, string> = {}): Promise<TestCMS> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-'))
  Object.assign(process.env, {
    DATA_DIR: dir,
    MEDIA_DIR: path.join(dir, 'media'),
    SITES_DIR: path.join(dir, 'site'),
    // Only the pipeline suites build the site; elsewhere builds are queued and left alone.
    SITE_BUILD_RUNNER: 'off',
    DATABASE_URI: databaseUriFor(dir),
    PAYLOAD_SECRET: 'test-secret-' + path.basename(dir),
    ...env,
  })
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, key: path.basename(dir) })
  const instances: Payload[] = [payload]
  return {
    payload,
    dir,
    restart: async ({ cron = false } = {}) => {
      const next = await getPayload({
        config,
        cron,
        key: `${path.basename(dir)}-restart-${++restarts}`,
      })
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
