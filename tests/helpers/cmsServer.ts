import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { User } from '@/payload-types'

import { cmsServerArgs } from '../../scripts/lib/cmsServerArgs'
import { freePort } from './net'

const root = path.resolve(import.meta.dirname, '../..')
const cmsDir = path.join(root, 'cms')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
const buildIdFile = path.join(cmsDir, '.next/BUILD_ID')
/** One lock per checkout, outside it, so concurrent suites build once and `git status` stays clean. */
const buildLock = path.join(
  os.tmpdir(),
  `county-news-next-build-${crypto.createHash('sha1').update(root).digest('hex').slice(0, 8)}.lock`,
)

const STARTUP_TIMEOUT_MS = 120_000
const BUILD_TIMEOUT_MS = 15 * 60_000

export type CmsServer = {
  /** `http://127.0.0.1:<port>`, also the server's SERVER_URL. */
  url: string
  /** Throwaway folder: database, media, site builds, mail outbox (`<dir>/outbox`), server log. */
  dir: string
  /** The environment the server runs with, for a Local API on the same database. */
  env: Record<string, string>
  /** The last lines the server wrote to stdout and stderr. */
  logTail: (lines?: number) => string
  /** Stops the server and everything it started, and removes `dir`. */
  stop: () => Promise<void>
}

const tail = (file: string, lines = 60) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : ''

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function buildIsCurrent(): boolean {
  if (!fs.existsSync(buildIdFile)) return false
  const sources = Math.max(
    newestMtime(path.join(cmsDir, 'src')),
    fs.statSync(path.join(cmsDir, 'next.config.mjs')).mtimeMs,
  )
  return fs.statSync(buildIdFile).mtimeMs >= sources
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Takes the build lock, waiting while another live process holds it; stale locks are broken. */
async function lockBuild(): Promise<() => void> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS
  for (;;) {
    try {
      fs.mkdirSync(buildLock)
      fs.writeFileSync(path.join(buildLock, 'pid'), String(process.pid))
      return () => fs.rmSync(buildLock, { recursive: true, force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(fs.readFileSync(path.join(buildLock, 'pid'), 'utf8').trim() || 0)
    if (holder && !isAlive(holder)) fs.rmSync(buildLock, { recursive: true, force: true })
    else if (Date.now() > deadline)
      throw new Error(`gave up waiting for the build lock ${buildLock}`)
    else await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** One `next build cms` into a scratch data folder; resolves with its exit code and log tail. */
async function runBuild(): Promise<{ code: number | null; output: string }> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-build-'))
  const log = path.join(scratch, 'build.log')
  const fd = fs.openSync(log, 'w')
  try {
    // Same Node as the tests (24, from npm), production mode; the config's side effects (the
    // generated secret, the data folder) go to the scratch folder, not the developer's cms/data.
    const child = spawn(process.execPath, [nextBin, 'build', 'cms'], {
      cwd: root,
      env: {
        ...inheritedEnv(),
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: scratch,
        PAYLOAD_SECRET: 'build-only',
      },
      stdio: ['ignore', fd, fd],
      timeout: BUILD_TIMEOUT_MS,
    })
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (exitCode) => resolve(exitCode))
    })
    return { code, output: tail(log) }
  } finally {
    fs.closeSync(fd)
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Builds the admin (`next build cms`) when no build exists or a file under cms/src is newer than
 * it. Suites share one build; a lock keeps two of them from building at once, and a build started
 * outside the tests (`npm run build`) is waited for.
 */
export async function ensureCmsBuilt(): Promise<void> {
  if (buildIsCurrent()) return
  const unlock = await lockBuild()
  try {
    const deadline = Date.now() + BUILD_TIMEOUT_MS
    while (!buildIsCurrent()) {
      const { code, output } = await runBuild()
      if (code === 0) return
      if (
        !output.includes('Another next build process is already running') ||
        Date.now() > deadline
      ) {
        throw new Error(`next build cms failed (exit ${code}):\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 5000))
    }
  } finally {
    unlock()
  }
}

/** The test runner's environment without what would point the server at the runner's data. */
function inheritedEnv(): Record<string, string> {
  const drop =
    /^(VITEST|TEST_DATABASE|NODE_ENV|DATABASE_URI|MONGODB_URI|DATA_DIR|MEDIA_DIR|SITES_DIR|SERVER_URL|PAYLOAD_SECRET|__)/
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !drop.test(entry[0]),
    ),
  )
}

/**
 * Servers still running, with their folders: killed and removed when the test process exits,
 * however the suite ended.
 */
const running = new Map<ChildProcess, string>()
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}
const stopAllNow = () => {
  for (const [child, dir] of running) {
    killGroup(child, 'SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  }
  running.clear()
}
process.once('exit', stopAllNow)
// A signal skips 'exit' handlers: clean up, then die of the same signal as we would have.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stopAllNow()
    process.kill(process.pid, signal)
  })
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

/**
 * Starts the built CMS with its production server (scripts/cmsServer.ts) on 127.0.0.1 and a free port, in production mode, on a
 * throwaway database (created by the committed migrations at boot), media folder and sites folder,
 * with site builds off and mail written to `<dir>/outbox`. Resolves once the API answers.
 *
 * `env` adds to or overrides that environment (e.g. `TRUST_PROXY`, `LOGIN_RATE_LIMIT`, which is
 * 10 logins a minute per address as in production — raise it for journeys that log in often).
 */
export async function startCmsServer(options: { env?: Record<string, string> } = {}) {
  await ensureCmsBuilt()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-server-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env: Record<string, string> = {
    ...inheritedEnv(),
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dir,
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SITES_DIR: path.join(dir, 'site'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    SITE_BUILD_RUNNER: 'off',
    SERVER_URL: url,
    CMS_PORT: String(port),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    ...options.env,
  }
  const log = path.join(dir, 'server.log')
  const fd = fs.openSync(log, 'w')
  // Its own process group, so stop() ends Next and anything it spawned, not just the first pid.
  const child = spawn(process.execPath, cmsServerArgs('127.0.0.1', port), {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', fd, fd],
  })
  fs.closeSync(fd)
  running.set(child, dir)

  const stop = async () => {
    if (running.has(child)) {
      killGroup(child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
      await exited(child)
      clearTimeout(timer)
      // Anything left in the group after the leader exited.
      killGroup(child, 'SIGKILL')
      running.delete(child)
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const server: CmsServer = { url, dir, env, logTail: (lines) => tail(log, lines), stop }
  try {
    await waitUntilAnswering(url, child)
  } catch (error) {
    const message = `${(error as Error).message}\n--- server log (${log}) ---\n${tail(log)}`
    await stop()
    throw new Error(message, { cause: error })
  }
  return server
}

/** Polls the API until Payload has booted (migrations included) or the process dies. */
async function waitUntilAnswering(url: string, child: ChildProcess) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the CMS server exited (${child.exitCode ?? child.signalCode}) before answering`,
      )
    }
    try {
      const response = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(10_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`the CMS at ${url} did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`)
}

export type SeedUser = {
  email: string
  password: string
  name: string
  role: User['role']
}

/** The password every test account shares. */
export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** A test account named `key` (its email `<key>@county-news.test`), for `seedUsers`. */
export const testAccount = (key: string, role: SeedUser['role'], name = key): SeedUser => ({
  email: `${key}@county-news.test`,
  password: TEST_PASSWORD,
  name,
  role,
})

/**
 * Creates accounts over HTTP as an installer would: the first through the first-user registration
 * (which makes it an admin), the rest by that admin. Returns each account's id by email.
 */
export async function seedUsers(
  server: Pick<CmsServer, 'url'>,
  [first, ...others]: SeedUser[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const json = async (response: Response) => {
    const body = (await response.json()) as {
      token?: string
      doc?: { id: number }
      user?: { id: number }
    }
    if (!response.ok) throw new Error(`seeding users: ${response.status} ${JSON.stringify(body)}`)
    return body
  }
  if (first?.role !== 'admin') throw new Error('the first account seeded must be the admin')
  const registered = await json(
    await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(first),
    }),
  )
  if (!registered.token || !registered.user) throw new Error('first-register returned no token')
  ids.set(first.email, registered.user.id)
  for (const user of others) {
    const created = await json(
      await fetch(`${server.url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${registered.token}` },
        body: JSON.stringify(user),
      }),
    )
    if (created.doc) ids.set(user.email, created.doc.id)
  }
  return ids
}
