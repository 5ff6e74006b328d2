/**
 * `npm run bench [-- --stories N | --quick]`: generates a county paper's archive through the CMS and
 * measures the product at that size — full site builds (at several sizes, for the chart),
 * publish-to-live, the REST API under load, photo processing, and the weight of a story page.
 * Writes bench/results/latest.json and bench/results/build-time.svg and prints a table.
 * See docs/benchmark.md for what the figures mean and the goals they are held to.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { bootPayload } from '@/bootPayload'

import { runWorker } from './lib/children'
import { currentLoad, describeMachine } from './lib/machine'
import { sleep } from './lib/stats'
import {
  archiveSize,
  benchDir,
  createWorkspace,
  projectRoot,
  recordArchiveSize,
  type Workspace,
} from './lib/workspace'
import type { BenchResults, GenerationRun } from './types'

const MEASUREMENTS = ['build', 'publish', 'weight', 'photo', 'api', 'newsroom'] as const
type Measurement = (typeof MEASUREMENTS)[number]

const HELP = `Usage: npm run bench -- [options]

  --stories N         archive size for every measurement (default 10000)
  --quick             1,000 stories (same as --stories 1000)
  --sizes A,B,...     archive sizes the full build is timed at, for the chart
                      (default 1000,5000 and N, those below N)
  --runs N            full builds timed at each size (default 3)
  --publish-runs N    single-story publishes timed (default 3)
  --only LIST         measurements to run: ${MEASUREMENTS.join(',')} (default all)
  --max-load L        before each measurement, wait until the 1-minute load average is below L
                      (default 1.5; 0 turns waiting off)
  --wait-minutes M    wait at most M minutes in all for a quiet machine, then measure anyway (20)
  --api-seconds S     duration of each API load test (default 10)
  --connections C     concurrent connections of the API load test (default 50)
  --newsroom-seconds S  duration of the newsroom load test: 14 reporters and 6 editors
                      autosaving, uploading, signing, publishing while site builds run (120)
  --work NAME         keep the archive in bench/work/NAME and grow it on the next run
  --generate-only     grow the archive (with --work) to --stories and stop: measure later
  --skip-disk         do not repeat the largest full build on the ordinary disk (at 100,000
                      stories each full build takes a quarter of an hour)
  --help`

const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'publish-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    'max-load': { type: 'string', default: '1.5' },
    'wait-minutes': { type: 'string', default: '20' },
    'api-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'newsroom-seconds': { type: 'string', default: '120' },
    work: { type: 'string' },
    'generate-only': { type: 'boolean', default: false },
    'skip-disk': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(HELP)
  process.exit(0)
}

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} must be a positive number (got ${value})`)
  return n
}

const stories = values.quick ? 1000 : Math.round(positive('stories', values.stories ?? '10000'))
const sizes = [
  ...new Set(
    (values.sizes
      ? values.sizes.split(',').map((s) => Math.round(positive('sizes', s)))
      : [1000, 5000].filter((s) => s < stories)
    )
      .filter((s) => s <= stories)
      .concat(stories),
  ),
].sort((a, b) => a - b)
const only = new Set<Measurement>(
  values.only
    ? values.only.split(',').map((m) => {
        if (!(MEASUREMENTS as readonly string[]).includes(m))
          throw new Error(`unknown measurement ${m}`)
        return m as Measurement
      })
    : MEASUREMENTS,
)
const options = {
  stories,
  sizes: only.has('build') ? sizes : [stories],
  runs: Math.round(positive('runs', values.runs)),
  publishRuns: Math.round(positive('publish-runs', values['publish-runs'])),
  maxLoad: Number(values['max-load']),
  waitMinutes: positive('wait-minutes', values['wait-minutes']),
  apiSeconds: positive('api-seconds', values['api-seconds']),
  connections: Math.round(positive('connections', values.connections)),
  newsroomSeconds: positive('newsroom-seconds', values['newsroom-seconds']),
}

const log = (line: string) => process.stderr.write(`${line}\n`)

/** What is left of the run's patience for a busy machine, shared by every measurement. */
let waitBudgetMs = options.waitMinutes * 60_000

/** Waits for other work on the machine to settle, so it does not end up in the figures. */
async function waitForQuiet(what: string): Promise<number> {
  let load = currentLoad()
  if (!(options.maxLoad > 0) || load < options.maxLoad) return load
  log(`  waiting for load < ${options.maxLoad} before ${what} (now ${load.toFixed(2)})`)
  while (load >= options.maxLoad && waitBudgetMs > 0) {
    await sleep(15_000)
    waitBudgetMs -= 15_000
    load = currentLoad()
  }
  if (load >= options.maxLoad) {
    log(`  load still ${load.toFixed(2)}: measuring ${what} anyway (noted in the results)`)
  }
  return load
}

const ws: Workspace = createWorkspace(
  values.work ? path.join(benchDir, 'work', values.work) : undefined,
)
Object.assign(process.env, ws.env)
// The CMS server runs without SQLite transactions, and so do the measurements.
delete process.env.SQLITE_TRANSACTIONS

const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: describeMachine(),
  options,
  workspace: { database: ws.database, ramDir: ws.ramDir },
  generation: [],
  builds: [],
  publish: null,
  pageWeight: null,
  photo: null,
  api: null,
  newsroom: null,
}

let cleanupDone = false
const cleanup = () => {
  if (cleanupDone) return
  cleanupDone = true
  if (!values.work) ws.remove()
}
process.once('SIGINT', () => {
  cleanup()
  process.exit(130)
})

/**
 * Stories one generating process writes before the next takes over: the Local API's process grows
 * with what it has written (21 GiB after 25,000 stories in one process), so a ten-year archive is
 * written by a fresh process per step, and a step killed half-way loses only itself.
 */
const GENERATION_STEP = 10_000

/** Grows the archive to `target` stories in child processes (see workers/generate.ts). */
async function growArchive(target: number): Promise<void> {
  for (let from = archiveSize(ws); from < target; from = archiveSize(ws)) {
    const to = Math.min(target, from + GENERATION_STEP)
    log(`Generating stories ${from}–${to} through the Local API…`)
    const run = await runWorker<Omit<GenerationRun, 'from' | 'to'>>('generate.ts', [
      '--from',
      String(from),
      '--to',
      String(to),
    ])
    recordArchiveSize(ws, to)
    results.generation.push({ from, to, ...run })
    log(
      `  ${run.stories} stories in ${(run.storiesMs / 1000).toFixed(0)} s (${run.msPerStory.toFixed(1)} ms each)`,
    )
  }
}

/**
 * Where the figures go. A full run replaces bench/results/latest.json. A run of some measurements
 * (`--only api`, say) updates those in it and keeps the others, if they were taken on an archive of
 * the same size; `sections` says when and by which command each was taken. On an archive of another
 * size it would replace a whole benchmark with a fragment, so its figures go to bench/work/ instead.
 */
function resultsToWrite(current: BenchResults): { file: string; results: BenchResults } {
  const stamp = {
    generatedAt: current.generatedAt,
    command: current.command,
    load: current.machine.load[0],
  }
  const sections = Object.fromEntries([...only].map((m) => [m, stamp]))
  const latest = path.join(resultsDir, 'latest.json')
  if (only.size === MEASUREMENTS.length || !fs.existsSync(latest)) {
    return { file: latest, results: { ...current, sections } }
  }
  const previous = JSON.parse(fs.readFileSync(latest, 'utf8')) as BenchResults
  if (previous.options?.stories !== current.options.stories) {
    return {
      file: path.join(benchDir, 'work', 'partial-run.json'),
      results: { ...current, sections },
    }
  }
  return {
    file: latest,
    results: {
      ...previous,
      generatedAt: current.generatedAt,
      sections: { ...previous.sections, ...sections },
      builds: only.has('build') ? current.builds : previous.builds,
      publish: only.has('publish') ? current.publish : previous.publish,
      pageWeight: only.has('weight') ? current.pageWeight : previous.pageWeight,
      photo: only.has('photo') ? current.photo : previous.photo,
      api: only.has('api') ? current.api : previous.api,
      newsroom: only.has('newsroom') ? current.newsroom : previous.newsroom,
    },
  }
}

const resultsDir = path.join(benchDir, 'results')
fs.mkdirSync(resultsDir, { recursive: true })
let completed = false
try {
  log(`County News benchmark: ${stories} stories; work folder ${ws.dir}, builds on ${ws.ramDir}`)
  // The first generation creates the database with the committed migrations.
  await growArchive(values['generate-only'] ? stories : options.sizes[0])
  if (values['generate-only']) {
    completed = true
    process.exit(0)
  }
  const payload = await bootPayload()
  const { measureBuilds } = await import('./measure/build')
  for (const size of options.sizes) {
    if (archiveSize(ws) > size) {
      // An archive only grows: a kept workspace larger than this size cannot be timed at it.
      log(`Skipping the ${size}-story build: the kept archive already holds ${archiveSize(ws)}`)
      continue
    }
    await growArchive(size)
    // The API and photo measurements need no site; publishing, page weight and the newsroom (whose
    // publishes build on it) need a live one.
    if (!['build', 'publish', 'weight', 'newsroom'].some((m) => only.has(m as Measurement)))
      continue
    // A kept workspace's live site serves them as it is when it is current: at 100,000 stories a
    // full build takes a quarter of an hour.
    if (!only.has('build') && size === stories && values.work) {
      const { siteBuildNeeded } = await import('@/siteBuild/buildSite')
      const why = await siteBuildNeeded(payload)
      if (!why) {
        log(`The kept live site is current: no full build before measuring on it`)
        continue
      }
      log(`The kept live site needs a build (${why})`)
    }
    if (!only.has('build')) {
      // Without build measurements, one build still makes the site the others need.
      log(`Full site build, ${size} stories, for the measurements on the site…`)
      const { buildSite } = await import('@/siteBuild/buildSite')
      await buildSite(payload, { full: true })
      continue
    }
    const load = await waitForQuiet(`the ${size}-story builds`)
    log(`Full site build, ${size} stories (${options.runs} runs, load ${load.toFixed(2)})…`)
    results.builds.push(
      await measureBuilds(payload, {
        runs: options.runs,
        scratchSitesDir: `${ws.sitesDir}-from-nothing`,
        // Production writes builds to its disk: once, at full size, the same build is timed there.
        disk: size === stories && !values['skip-disk'] ? { sitesDir: path.join(ws.dir, 'site-on-disk') } : undefined,
        log,
      }),
    )
  }

  const { ensureFoundation } = await import('./generate')
  const foundation = await ensureFoundation(payload)
  if (only.has('weight')) {
    log('Page weight of story pages…')
    const { measurePageWeight } = await import('./measure/pageWeight')
    results.pageWeight = measurePageWeight()
  }
  if (only.has('publish')) {
    const load = await waitForQuiet('publish-to-live')
    log(`Publish-to-live on the ${stories}-story site (load ${load.toFixed(2)})…`)
    const { measurePublish } = await import('./measure/publish')
    results.publish = await measurePublish(payload, foundation, {
      singles: options.publishRuns,
      burst: 20,
      log,
    })
  }
  if (only.has('photo')) {
    const load = await waitForQuiet('photo processing')
    log(`Photo processing, 12 MP JPEG (load ${load.toFixed(2)})…`)
    const { measurePhoto } = await import('./measure/photo')
    results.photo = await measurePhoto(payload, foundation.editor, { runs: 3, log })
  }
  if (only.has('api')) {
    const load = await waitForQuiet('the API load test')
    log(`REST API under load, ${options.connections} connections (load ${load.toFixed(2)})…`)
    const { measureApi } = await import('./measure/api')
    results.api = await measureApi(payload, foundation, {
      seconds: options.apiSeconds,
      connections: options.connections,
      logFile: path.join(ws.dir, 'server.log'),
      log,
    })
  }
  if (only.has('newsroom')) {
    const load = await waitForQuiet('the newsroom load test')
    log(`The newsroom at full tilt, ${options.newsroomSeconds} s (load ${load.toFixed(2)})…`)
    const { measureNewsroom } = await import('./measure/newsroom')
    results.newsroom = await measureNewsroom(payload, foundation, {
      seconds: options.newsroomSeconds,
      reporters: 14,
      editorsPerStage: 2,
      logFile: path.join(ws.dir, 'newsroom-server.log'),
      log,
    })
  }
  await payload.destroy()

  const { file, results: final } = resultsToWrite(results)
  const { evaluateGoals, resultTable } = await import('./report')
  final.goals = evaluateGoals(final)
  if (only.has('build') && file.startsWith(resultsDir)) {
    const { buildTimeChart } = await import('./chart')
    const m = final.machine
    fs.writeFileSync(
      path.join(resultsDir, 'build-time.svg'),
      buildTimeChart(final.builds, {
        caption: `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB; builds on tmpfs; ${final.generatedAt.slice(0, 10)}`,
      }),
    )
  }
  fs.writeFileSync(file, `${JSON.stringify(final, null, 2)}\n`)
  log(`Results: ${path.relative(projectRoot, file)}`)
  process.stdout.write(`\n${resultTable(final)}\n`)
  completed = true
} finally {
  if (!completed) {
    // A run that failed leaves its figures for diagnosis, not in place of the last good ones.
    const out = path.join(benchDir, 'work', 'failed-run.json')
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
    log(`Partial results: ${out}`)
  }
  cleanup()
}
process.exit(0)
