/**
 * The CMS's REST API under load, as readers' apps and the newsroom's own tools would hit it: the
 * production server (scripts/cmsServer.ts: Next with the cache's front path, the admin built) on 127.0.0.1 with the benchmark database,
 * loaded from a separate process (workers/load.ts) with anonymous requests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import type { Payload } from 'payload'

import { loginToAdmin, launchChromium, newPersonContext } from '../../tests/helpers/browser'
import { ensureCmsBuilt } from '../../tests/helpers/cmsServer'
import type { Foundation } from '../generate'
import { runWorker } from '../lib/children'
import { currentLoad } from '../lib/machine'
import { sampleMemory } from '../lib/procTree'
import { percentile, sleep, spread, type Spread } from '../lib/stats'
import { projectRoot } from '../lib/workspace'
import type { LoadResult, LoadSpec } from '../workers/load'
import { freePort } from '../../tests/helpers/net'
import { cmsServerArgs } from '../../scripts/lib/cmsServerArgs'

export type Endpoint = LoadResult & {
  /** One of the request paths, as an example; the run cycles through `pathCount` of them. */
  examplePath: string
  pathCount: number
  /** Stories in the first response, to show the request did the work asked of it. */
  docsPerResponse: number
}

export type ApiMeasurement = {
  connections: number
  serverStartMs: number
  /** Peak RSS of the CMS server's process tree during the load. */
  serverPeakBytes: number
  /** Anonymous, as readers' apps make them: repeats are answered from the CMS's response cache. */
  storyList: Endpoint
  story: Endpoint
  /** The same requests with `Cache-Control: no-cache`: every one answered from the database. */
  storyListUncached?: Endpoint
  storyUncached?: Endpoint
  /**
   * One request at a time (median of 20): what a request costs before it queues behind others. With
   * C connections on two cores, latency under load is at least about C × this ÷ 2. Uncached unless
   * named; the variants say where a list request's time goes.
   */
  serviceTimeMs: {
    storyList: number
    storyListDepth0: number
    storyListListFields: number
    story: number
    /** `/api/users/me` anonymous: Next's and Payload's cost of any request. */
    emptyRequest: number
    /** The county list as it had to be asked before stories stored their county: every place in it. */
    storyListByRegions?: number
    storyListCached?: number
    storyCached?: number
    /** The request the admin's articles list view makes (its RSC payload), as the editor. */
    adminList?: number
  }
  /** Bytes of one answer: a county list (20 stories, depth 1) and one story (depth 1). */
  sizes?: { storyList: number; storyListByRegions: number; story: number }
  /** Chromium, logged in as the editor: opening the articles list until its rows show. */
  adminListShowMs?: Spread | null
  loadAtStart: number
}

/** Servers still running, killed if the benchmark dies before stopping them. */
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
})

/** Stops the server's whole process group: Next starts workers of its own. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

async function startServer(
  logFile: string,
): Promise<{ child: ChildProcess; origin: string; startMs: number }> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const fd = fs.openSync(logFile, 'w')
  const started = performance.now()
  const child = spawn(process.execPath, cmsServerArgs('127.0.0.1', port), {
    cwd: projectRoot,
    // The benchmark's environment already names the database, media and secret (workspace.ts).
    env: {
      ...process.env,
      NODE_OPTIONS: '--no-deprecation',
      SERVER_URL: origin,
      CMS_PORT: String(port),
    },
    detached: true,
    stdio: ['ignore', fd, fd],
  })
  fs.closeSync(fd)
  running.add(child)
  child.once('exit', () => running.delete(child))
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `the CMS server exited (${child.exitCode}):\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`,
      )
    }
    try {
      const response = await fetch(`${origin}/api/users/me`, {
        signal: AbortSignal.timeout(10_000),
      })
      if (response.ok) return { child, origin, startMs: performance.now() - started }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopServer(child)
      throw new Error(
        `the CMS did not answer within 120 s:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`,
      )
    }
    await sleep(300)
  }
}

/** A county's story list, newest first, on the county each story stores: the query to use. */
function countyListPaths(f: Foundation): string[] {
  return f.counties.map((county) => {
    const query = new URLSearchParams({
      'where[county][equals]': String(county.id),
      limit: '20',
      depth: '1',
      sort: '-publishedAt',
    })
    return `/api/articles?${query}`
  })
}

/** The same list asked the earlier way: stories tagged with the county or any place in it. */
function regionListPaths(f: Foundation): string[] {
  return f.counties.map((county) => {
    const ids = [
      county.id,
      ...county.towns.flatMap((t) => [t.id, ...t.communities.map((c) => c.id)]),
    ]
    const query = new URLSearchParams({
      'where[regions][in]': ids.join(','),
      limit: '20',
      depth: '1',
      sort: '-publishedAt',
    })
    return `/api/articles?${query}`
  })
}

/** Story pages across the archive: every n-th published article, up to `count`. */
async function storyPaths(payload: Payload, count: number): Promise<string[]> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    overrideAccess: true,
  })
  const step = Math.max(1, Math.floor(totalDocs / count))
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { title: true },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((d) => `/api/articles/${d.id}?depth=1`)
}

/**
 * Waits until the server has worked off what the last load left queued: the load generator's
 * connections close when its time is up, but the requests already sent are still answered, and they
 * would be charged to the next measurement.
 */
async function drain(origin: string): Promise<void> {
  const deadline = Date.now() + 60_000
  let quick = 0
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now()
    await (await fetch(`${origin}/api/users/me`)).arrayBuffer()
    quick = performance.now() - started < 25 ? quick + 1 : 0
    await sleep(200)
  }
}

/** Asks the CMS to answer afresh rather than from its response cache. */
const NO_CACHE = { 'cache-control': 'no-cache' }

/** Median time of `count` requests made one after another. */
async function serviceTime(
  origin: string,
  paths: string[],
  count = 20,
  headers: Record<string, string> = NO_CACHE,
): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const response = await fetch(`${origin}${paths[i % paths.length]}`, { headers })
    await response.arrayBuffer()
    times.push(performance.now() - started)
  }
  return percentile(times, 50)
}

/** Bytes of the answer to the first path. */
async function size(origin: string, path: string): Promise<number> {
  const response = await fetch(`${origin}${path}`, { headers: NO_CACHE })
  return (await response.arrayBuffer()).byteLength
}

/** The editor's password is random and unrecorded: the benchmark sets one it knows. */
async function editorLogin(
  payload: Payload,
  f: Foundation,
): Promise<{ email: string; password: string }> {
  const password = `bench-${crypto.randomUUID()}`
  const editor = await payload.update({
    collection: 'users',
    id: f.editor,
    data: { password },
    overrideAccess: true,
  })
  return { email: editor.email, password }
}

/** The editor's session cookie, as the admin's own requests carry it. */
async function sessionHeaders(
  origin: string,
  account: { email: string; password: string },
): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(account),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`the editor could not log in: ${response.status}`)
  return { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
}

/**
 * Opens the admin's articles list in Chromium as the editor, after logging in and one warm-up
 * visit, and times navigation until the list's first row shows.
 */
async function adminListShow(
  origin: string,
  account: { email: string; password: string },
  runs = 3,
): Promise<Spread> {
  const browser = await launchChromium()
  try {
    const page = await (await newPersonContext(browser)).newPage()
    await loginToAdmin(page, origin, account)
    const times: number[] = []
    for (let i = 0; i <= runs; i++) {
      await page.goto(`${origin}/admin`)
      const started = performance.now()
      await page.goto(`${origin}/admin/collections/articles`)
      await page.locator('.table tbody tr').first().waitFor({ state: 'visible' })
      if (i > 0) times.push(performance.now() - started)
    }
    return spread(times)
  } finally {
    await browser.close()
  }
}

/** The same list with other options: `depth=0`, or only the fields a list shows. */
const variant = (listPath: string, change: (query: URLSearchParams) => void) => {
  const [pathname, search] = listPath.split('?')
  const query = new URLSearchParams(search)
  change(query)
  return `${pathname}?${query}`
}

/** Checks a path answers as expected before it is loaded, and warms the route. */
async function probe(origin: string, paths: string[]): Promise<number> {
  let docs = 0
  for (const p of paths) {
    const response = await fetch(`${origin}${p}`)
    if (!response.ok)
      throw new Error(`${p} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
    const body = (await response.json()) as { docs?: unknown[]; id?: unknown }
    if (p === paths[0]) docs = body.docs ? body.docs.length : body.id ? 1 : 0
  }
  return docs
}

export async function measureApi(
  payload: Payload,
  f: Foundation,
  {
    seconds,
    connections,
    logFile,
    log,
  }: { seconds: number; connections: number; logFile: string; log: (line: string) => void },
): Promise<ApiMeasurement> {
  log('    admin build current? (next build cms runs if cms/src changed)')
  await ensureCmsBuilt()
  const lists = countyListPaths(f)
  const byRegions = regionListPaths(f)
  const stories = await storyPaths(payload, 200)
  const account = await editorLogin(payload, f)
  const { child, origin, startMs } = await startServer(logFile)
  try {
    const loadAtStart = currentLoad()
    const listDocs = await probe(origin, lists)
    await probe(origin, byRegions)
    const storyDocs = await probe(origin, stories.slice(0, 20))
    // A short untimed run: the first requests of each route pay for compilation caches and JIT.
    await runWorker<LoadResult>('load.ts', [
      JSON.stringify({
        origin,
        paths: [...lists, ...stories],
        connections,
        seconds: 2,
        headers: NO_CACHE,
      } satisfies LoadSpec),
    ])
    await drain(origin)
    const editorSession = await sessionHeaders(origin, account)
    const adminList = async () => {
      // The list view's own request: its React Server Components payload, as a client navigation.
      const headers = { ...editorSession, rsc: '1' }
      await fetch(`${origin}/admin/collections/articles`, { headers }).then((r) => r.arrayBuffer())
      return serviceTime(origin, ['/admin/collections/articles'], 10, headers)
    }
    const serviceTimeMs = {
      storyList: await serviceTime(origin, lists),
      storyListDepth0: await serviceTime(
        origin,
        lists.map((p) => variant(p, (q) => q.set('depth', '0'))),
      ),
      storyListListFields: await serviceTime(
        origin,
        lists.map((p) =>
          variant(p, (q) => {
            for (const field of [
              'title',
              'kicker',
              'slug',
              'publishedAt',
              'leadPhoto',
              'regions',
            ]) {
              q.set(`select[${field}]`, 'true')
            }
          }),
        ),
      ),
      story: await serviceTime(origin, stories),
      emptyRequest: await serviceTime(origin, ['/api/users/me']),
      storyListByRegions: await serviceTime(origin, byRegions),
      storyListCached: await serviceTime(origin, lists, 20, {}),
      storyCached: await serviceTime(origin, stories.slice(0, 20), 40, {}),
      adminList: await adminList(),
    }
    const sizes = {
      storyList: await size(origin, lists[0]),
      storyListByRegions: await size(origin, byRegions[0]),
      story: await size(origin, stories[0]),
    }
    log('    admin list view in Chromium…')
    const adminListShowMs = await adminListShow(origin, account).catch((error: unknown) => {
      log(`    admin list view not measured: ${String(error).slice(0, 300)}`)
      return null
    })
    if (!child.pid) throw new Error('the CMS server has no process id')
    const memory = sampleMemory(child.pid)
    const load = async (
      paths: string[],
      docsPerResponse: number,
      headers?: Record<string, string>,
    ): Promise<Endpoint> => {
      await drain(origin)
      // The cached runs measure a cache in its steady state: each path asked once just before
      // (entries live 30 s), so the run is repeats, as most readers' requests are.
      if (!headers) await probe(origin, paths)
      const spec: LoadSpec = { origin, paths, connections, seconds, headers }
      const result = await runWorker<LoadResult>('load.ts', [JSON.stringify(spec)])
      return { ...result, examplePath: paths[0], pathCount: paths.length, docsPerResponse }
    }
    const report = (name: string, e: Endpoint) =>
      log(
        `    ${name}: p95 ${e.latencyMs.p95.toFixed(1)} ms, ${e.requestsPerSecond.toFixed(0)} req/s`,
      )
    const storyList = await load(lists, listDocs)
    report('county list', storyList)
    const story = await load(stories, storyDocs)
    report('one story', story)
    const storyListUncached = await load(lists, listDocs, NO_CACHE)
    report('county list, uncached', storyListUncached)
    const storyUncached = await load(stories, storyDocs, NO_CACHE)
    report('one story, uncached', storyUncached)
    const peak = memory.stop()
    return {
      connections,
      serverStartMs: startMs,
      serverPeakBytes: peak.rootBytes + peak.childrenBytes,
      storyList,
      story,
      storyListUncached,
      storyUncached,
      serviceTimeMs,
      sizes,
      adminListShowMs,
      loadAtStart,
    }
  } finally {
    await stopServer(child)
  }
}
