import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { processIds, processStat } from '@/lib/processStat'

import { ensureCmsBuilt, inheritedEnv } from '../helpers/cmsServer'
import { freePort } from '../helpers/net'
import { waitFor } from '../helpers/waitFor'

const root = path.resolve(import.meta.dirname, '../..')
/** Every process `npm start` starts inherits this variable, wherever it ends up in the tree. */
const MARK = `COUNTY_NEWS_START_TEST=${crypto.randomBytes(8).toString('hex')}`

let dir: string
let env: NodeJS.ProcessEnv
let cmsPort: number
let sitePort: number

type Proc = { pid: number; args: string }

/** Every live process carrying this run's mark, found through /proc, whoever its parent now is. */
function marked(): Proc[] {
  const found: Proc[] = []
  for (const pid of processIds()) {
    try {
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'latin1')
      if (!environ.split('\0').includes(MARK)) continue
      // A zombie has exited; only its parent's bookkeeping is left.
      if (processStat(pid)?.state === 'Z') continue
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
      found.push({ pid, args })
    } catch {
      // Gone while we looked.
    }
  }
  return found
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** Whether a URL answers (below 500) within a minute: a loaded machine serves slowly, not never. */
const answers = async (url: string) =>
  waitFor(async () => {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      return response.status < 500 ? true : undefined
    } catch {
      return undefined
    }
  }, 60_000).catch(() => false)

/** `npm start` as a person runs it, in a group of its own only so the test can clean up after it. */
function npmStart(log: string): ChildProcess {
  const fd = fs.openSync(path.join(dir, log), 'w')
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...env, [MARK.split('=')[0]]: MARK.split('=')[1] },
    detached: true,
    stdio: ['ignore', fd, fd],
  })
  fs.closeSync(fd)
  return child
}

const logOf = (log: string) => fs.readFileSync(path.join(dir, log), 'utf8')

/** Waits until the start has printed that it runs and both servers answer. */
async function waitUntilRunning(log: string) {
  await waitFor(
    () => (logOf(log).includes('County News is running.') ? true : undefined),
    480_000,
  ).catch((error) => {
    throw new Error(`npm start did not come up:\n${logOf(log).slice(-3000)}`, { cause: error })
  })
  expect(await answers(`http://127.0.0.1:${cmsPort}/admin/login`)).toBe(true)
  expect(await answers(`http://127.0.0.1:${sitePort}/`)).toBe(true)
}

/** After a kill: within seconds, no process of the run is left and both ports are free again. */
async function expectAllGone(before: Proc[]) {
  const left = await waitFor(() => (marked().length === 0 ? [] : undefined), 15_000).catch(() =>
    marked(),
  )
  expect(left, `left running, of ${before.map((p) => p.args).join(' | ')}`).toEqual([])
  expect(await portFree(cmsPort)).toBe(true)
  expect(await portFree(sitePort)).toBe(true)
}

const find = (procs: Proc[], test: (args: string) => boolean) => {
  const found = procs.find((p) => test(p.args))
  if (!found) throw new Error(`no such process among: ${procs.map((p) => p.args).join(' | ')}`)
  return found
}

beforeAll(async () => {
  await ensureCmsBuilt()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-start-'))
  cmsPort = await freePort()
  sitePort = await freePort()
  env = {
    ...inheritedEnv(),
    // What npm start sets for itself; stated so the type of the environment is whole.
    NODE_ENV: 'production',
    DATA_DIR: dir,
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SITES_DIR: path.join(dir, 'site'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  }
})

/** Kills whatever of the run a failed test left, so the next start finds its ports free. */
function killLeftovers() {
  for (const { pid } of marked()) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

afterEach(killLeftovers)

afterAll(() => {
  killLeftovers()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm start leaves nothing behind however it dies', () => {
  it('stops the site build it started when its own process is SIGKILLed', async () => {
    npmStart('first.log')
    // The empty database gets the sample issue, then the first site build: kill it in the middle.
    const running = await waitFor(() => {
      const procs = marked()
      return procs.some((p) => p.args.includes('site/builder/service.ts')) ? procs : undefined
    }, 480_000)
    const tether = find(running, (a) => a.includes('--import') && a.includes('scripts/tether.ts'))
    process.kill(tether.pid, 'SIGKILL')
    await expectAllGone(running)
  })

  it('starts again at once, and stops the CMS when npm itself is SIGKILLed', async () => {
    const npm = npmStart('second.log')
    await waitUntilRunning('second.log')
    const running = marked()
    // The CMS: Next.js served by our own server (scripts/cmsServer.ts).
    find(running, (a) => a.includes('scripts/cmsServer.ts'))
    process.kill(npm.pid!, 'SIGKILL')
    await expectAllGone(running)
  })

  it('starts again, and stops everything when the start script is SIGKILLed', async () => {
    npmStart('third.log')
    await waitUntilRunning('third.log')
    const running = marked()
    const script = find(running, (a) => a.includes('scripts/start.ts') && !a.includes('tether'))
    process.kill(script.pid, 'SIGKILL')
    await expectAllGone(running)
  })
})
