/**
 * Full site builds: the CMS's own `buildSite` with `full` (export of the whole public store, every
 * page rendered, the check, the swap), timed end to end several times, with each process's memory
 * sampled from /proc; the builder reports its own phases. Two kinds are timed apart because they
 * cost very differently: a build from nothing (no earlier build: every search shard indexed), and
 * the full build a template change causes (every page rendered again, but the search shards whose
 * stories did not change carried over from the live build).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { buildSite, type BuildRecord } from '@/siteBuild/buildSite'
import { sitePaths } from '@/siteBuild/paths'

import { currentLoad } from '../lib/machine'
import { sampleMemory, type MemoryPeak } from '../lib/procTree'
import { spread, type Spread } from '../lib/stats'

export type OutputStats = {
  files: number
  /** Every HTML page written: stories, lists, county and town pages, editions, contributors. */
  htmlPages: number
  bytes: number
  /** Bytes by kind. Media are hard links to the CMS's files and cost no extra space on disk. */
  byKind: Record<'html' | 'assets' | 'media' | 'search' | 'feeds' | 'other', number>
}

export type BuildMeasurement = {
  stories: number
  /** Every page the build wrote (stories, lists, month archives, feeds, redirects). */
  pages: number
  output: OutputStats
  wallMs: Spread
  /** Pages per second of wall time, from the median run. */
  pagesPerSecond: number
  /** Peak RSS of the CMS process itself (the store export happens there). */
  peakCmsBytes: Spread
  /** Peak RSS of the largest process below the CMS: the site builder or Pagefind. */
  peakLargestChildBytes: Spread
  /** Each process's peak in the median run, largest first. */
  processes: { command: string; bytes: number }[]
  /**
   * The builder's phases in the median run (rendering and search overlap), plus the export and the
   * builder's start (the wall time the builder's own does not cover).
   */
  phases: Record<string, number>
  /**
   * One more build with the output on the ordinary disk instead of tmpfs, as production writes it
   * (measured at the largest size only).
   */
  onDiskMs: number | null
  /**
   * A full build beside a live build of the same stories, as a template change starts one: every
   * page rendered, search shards carried over. The timed runs above are builds from nothing.
   */
  templateChange: { wallMs: number; phases: Record<string, number>; shards: { indexed: number; carried: number } } | null
  loadAtStart: number
}

function kindOf(relative: string): keyof OutputStats['byKind'] {
  if (relative.startsWith(`media${path.sep}`)) return 'media'
  if (relative.startsWith(`pagefind${path.sep}`)) return 'search'
  if (relative.startsWith(`_astro${path.sep}`)) return 'assets'
  if (relative.endsWith('.html')) return 'html'
  if (relative.endsWith('.xml')) return 'feeds'
  return 'other'
}

export function outputStats(dir: string): OutputStats {
  const root = fs.realpathSync(dir)
  const stats: OutputStats = {
    files: 0,
    htmlPages: 0,
    bytes: 0,
    byKind: { html: 0, assets: 0, media: 0, search: 0, feeds: 0, other: 0 },
  }
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const size = fs.statSync(file).size
    const kind = kindOf(path.relative(root, file))
    stats.files += 1
    stats.bytes += size
    stats.byKind[kind] += size
    if (kind === 'html') stats.htmlPages += 1
  }
  return stats
}

/** The live build's report (the builder's phases, pages rendered). */
function liveReport(sitesDir?: string): BuildRecord['report'] {
  const paths = sitePaths(sitesDir)
  const record = path.join(paths.data, path.basename(fs.readlinkSync(paths.live)), 'build.json')
  return (JSON.parse(fs.readFileSync(record, 'utf8')) as BuildRecord).report
}

/**
 * Runs `runs` full builds of the current database from nothing, each into an empty sites folder
 * (`scratchSitesDir`, removed after each), with the memory of each process sampled from /proc; then
 * one full build beside the live site, as a template change starts one (after an untimed full build
 * first when the live one predates carried search shards).
 */
export async function measureBuilds(
  payload: Payload,
  {
    runs,
    scratchSitesDir,
    disk,
    log,
  }: {
    runs: number
    /** Where the builds from nothing go: on the same filesystem as the live site. */
    scratchSitesDir: string
    /** Where to put the on-disk build. */
    disk?: { sitesDir: string }
    log: (line: string) => void
  },
): Promise<BuildMeasurement> {
  const loadAtStart = currentLoad()
  const done: { wall: number; peak: MemoryPeak; report: BuildRecord['report'] }[] = []
  for (let run = 1; run <= runs; run++) {
    fs.rmSync(scratchSitesDir, { recursive: true, force: true })
    try {
      const memory = sampleMemory()
      const started = performance.now()
      await buildSite(payload, { sitesDir: scratchSitesDir, full: true })
      const wall = performance.now() - started
      const peak = memory.stop()
      done.push({ wall, peak, report: liveReport(scratchSitesDir) })
      log(
        `    build ${run}/${runs} from nothing: ${(wall / 1000).toFixed(1)} s; largest process ${((peak.processes[0]?.bytes ?? 0) / 2 ** 30).toFixed(2)} GiB (${peak.processes[0]?.command ?? '-'})`,
      )
    } finally {
      fs.rmSync(scratchSitesDir, { recursive: true, force: true })
    }
  }
  if (!fs.existsSync(sitePaths().live) || !liveReport().shards.digests) {
    log('    a full build beside which to time the next (untimed)…')
    await buildSite(payload, { full: true })
  }
  const started = performance.now()
  await buildSite(payload, { full: true })
  const templateWall = performance.now() - started
  const template = liveReport()
  const templateChange = {
    wallMs: templateWall,
    phases: { 'export and start-up': templateWall - template.wallMs, ...template.phases },
    shards: { indexed: template.shards.built - template.shards.carried, carried: template.shards.carried },
  }
  log(
    `    full build as after a template change: ${(templateWall / 1000).toFixed(1)} s (${template.shards.carried} search shards carried, ${template.shards.built - template.shards.carried} indexed)`,
  )
  const output = outputStats(sitePaths().live)
  const median = [...done].sort((a, b) => a.wall - b.wall)[Math.floor((done.length - 1) / 2)]
  let onDiskMs: number | null = null
  if (disk) {
    try {
      const started = performance.now()
      await buildSite(payload, { sitesDir: disk.sitesDir, full: true })
      onDiskMs = performance.now() - started
      log(`    on disk: ${(onDiskMs / 1000).toFixed(1)} s`)
    } finally {
      fs.rmSync(disk.sitesDir, { recursive: true, force: true })
    }
  }
  const wallMs = spread(done.map((d) => d.wall))
  return {
    stories: median.report.stories,
    pages: median.report.pages.total,
    output,
    wallMs,
    pagesPerSecond: median.report.pages.total / (wallMs.median / 1000),
    peakCmsBytes: spread(done.map((d) => d.peak.rootBytes)),
    peakLargestChildBytes: spread(done.map((d) => d.peak.processes[0]?.bytes ?? 0)),
    processes: median.peak.processes.map(({ command, bytes }) => ({ command, bytes })),
    // Rendering and search indexing run at once: the builder's phases overlap, so the export (in the
    // CMS) and the builder's start are what its own wall time leaves of the whole.
    phases: { 'export and start-up': median.wall - median.report.wallMs, ...median.report.phases },
    onDiskMs,
    templateChange,
    loadAtStart,
  }
}
