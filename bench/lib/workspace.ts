import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/src/projectRoot'

export { projectRoot }
export const benchDir = path.join(projectRoot, 'bench')

/**
 * Where one benchmark run keeps its things. The database lives on the ordinary disk under
 * `bench/work/` (gitignored), as a newsroom's would. Media and site builds live on a RAM disk
 * (`/dev/shm`): writing tens of thousands of small files on this machine's disk costs more than
 * rendering them and is noisy (STACK-NOTES pitfall 15), so build times are compared on tmpfs. Media
 * sit beside the builds so the build hard-links photos as it does on a production disk.
 */
export type Workspace = {
  /** bench/work/<id> */
  dir: string
  database: string
  /** /dev/shm/county-news-bench-<id> (or under `dir` where there is no /dev/shm). */
  ramDir: string
  mediaDir: string
  sitesDir: string
  /** What the archive holds so far, so a kept workspace grows instead of starting over. */
  stateFile: string
  /** The environment of the CMS, for this process, the generator and the API server alike. */
  env: Record<string, string>
  remove: () => void
}

export function createWorkspace(existing?: string): Workspace {
  const id = existing ? path.basename(existing) : `run-${Date.now().toString(36)}`
  const dir = existing ? path.resolve(existing) : path.join(benchDir, 'work', id)
  const ramDir = fs.existsSync('/dev/shm')
    ? path.join('/dev/shm', `county-news-bench-${id}`)
    : path.join(dir, 'ram')
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true })
  fs.mkdirSync(ramDir, { recursive: true })
  // Astro 7 stages the prerendered pages under the output folder when the working directory
  // contains it, else under `<cwd>/.astro` and renames them over (which fails from the repository
  // onto tmpfs: EXDEV). The benchmark therefore builds with the RAM disk as working directory, and
  // the staged modules import packages by name: this link lets Node find them from there.
  const modules = path.join(ramDir, 'node_modules')
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(projectRoot, 'node_modules'), modules)
  const secretFile = path.join(dir, 'data', 'secret')
  if (!fs.existsSync(secretFile))
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'))
  const database = path.join(dir, 'data', 'bench.db')
  const env = {
    // Production mode: the database is created by the committed migrations, as `next start` expects
    // (a schema pushed in dev mode has no migration records and a production server would re-run
    // the initial migration on it).
    NODE_ENV: 'production',
    DATA_DIR: path.join(dir, 'data'),
    DATABASE_URI: `file:${database}`,
    MEDIA_DIR: path.join(ramDir, 'media'),
    SITES_DIR: path.join(ramDir, 'site'),
    PAYLOAD_SECRET: fs.readFileSync(secretFile, 'utf8'),
    // Builds are run by the benchmark itself, never by a cron in the background of a measurement.
    SITE_BUILD_RUNNER: 'off',
    LOG_LEVEL: 'warn',
    ASTRO_TELEMETRY_DISABLED: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  return {
    dir,
    database,
    ramDir,
    mediaDir: env.MEDIA_DIR,
    sitesDir: env.SITES_DIR,
    stateFile: path.join(dir, 'archive.json'),
    env,
    remove: () => {
      fs.rmSync(ramDir, { recursive: true, force: true })
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** How many archive stories the workspace's database holds. */
export function archiveSize(ws: Workspace): number {
  if (!fs.existsSync(ws.stateFile)) return 0
  const state = JSON.parse(fs.readFileSync(ws.stateFile, 'utf8')) as { stories?: unknown }
  return typeof state.stories === 'number' ? state.stories : 0
}

export function recordArchiveSize(ws: Workspace, stories: number): void {
  fs.writeFileSync(ws.stateFile, JSON.stringify({ stories }))
}
