import type { Payload } from 'payload'

export type BootOptions = {
  /**
   * Settings applied to the environment before the config is imported, which reads it once:
   * batch work passes `BATCH_ENV` (SQLite transactions), tests their throwaway folders.
   */
  env?: Record<string, string>
  /** Payload's instance cache key: a test keeps its own, and a second one plays a restart. */
  key?: string
  /** Whether this process runs the job crons (scheduled publishing, site builds); off by default. */
  cron?: boolean
}

/**
 * The one way the CMS's Payload starts outside Next: the commands (`scripts/`, `seeds/cli/`), the
 * benchmark and the tests. The config is imported here, after `env` is set, and not before:
 * importing it reads the environment and creates the data folder and the database file.
 */
export async function bootPayload({ env = {}, key, cron }: BootOptions = {}): Promise<Payload> {
  Object.assign(process.env, env)
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
  ])
  return getPayload({ config, key, cron })
}
