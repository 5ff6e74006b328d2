/**
 * Full site builds: the CMS's own `buildSite` (snapshot export, `astro build`, verification, swap of
 * the live symlink), timed end to end several times, with the memory of the build's process tree
 * sampled from /proc. One more, instrumented build splits the time into phases.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { env, projectRoot } from '@/env'
import { loadPublicContent } from '@/public/loadPublicContent'
import { buildSite } from '@/siteBuild/buildSite'
import { sitePaths } from '@/siteBuild/paths'
import { pruneBuilds, swapLive } from '@/siteBuild/swapLive'
import { verifyBuild } from '@/siteBuild/verifyBuild'

import { currentLoad } from '../lib/machine'
import { sampleMemory } from '../lib/procTree'
import { spread, type Spread } from '../lib/stats'

export type OutputStats = {
  files: number
  /** Every HTML page written: stories, lists, county and town pages, editions, contributors. */
  htmlPages: number
  bytes: number
  /** Bytes by kind. Media are hard links to the CMS's files and cost no extra space on disk. */
  byKind: Record<'html' | 'assets' | 'media' | 'search' | 'feeds' | 'other', number>
}

export type BuildPhases = {
  /** Reading every published document through the Local API and shaping it (loadPublicContent). */
  snapshotExportMs: number
  snapshotWriteMs: number
  snapshotBytes: number
  /** Node and Astro start-up, content sync of the snapshot, Vite bundling. */
  astroSetupMs: number
  /** Rendering every page to HTML and writing it. */
  astroRenderMs: number
  sitemapMs: number
  mediaCopyMs: number
  pagefindMs: number
  /** Astro's exit after the last integration. */
  astroExitMs: number
  verifyMs: number
  swapMs: number
  totalMs: number
  /** The lines the phases were read from, with their times, so a reader can check the split. */
  markers: { atMs: number; line: string }[]
}

export type BuildMeasurement = {
  stories: number
  storyPages: number
  output: OutputStats
  wallMs: Spread
  /** Pages (all HTML) per second of wall time, from the median run. */
  pagesPerSecond: number
  /** Peak summed RSS of `astro build` and its children (Pagefind's binary among them). */
  peakBuildTreeBytes: Spread
  /** Peak RSS of the CMS process itself during a build (the snapshot export happens there). */
  peakCmsBytes: Spread
  /** From one more, instrumented build; null when builds are not being measured. */
  phases: BuildPhases | null
  /**
   * One more build with the output on the ordinary disk instead of tmpfs, as production writes it
   * (measured at the largest size only). Photos are copied, not linked, as they live on tmpfs here.
   */
  onDiskMs: number | null
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

/**
 * Runs `buildSite` `runs` times on the current database, then one instrumented build for the
 * phases. Every run is a full build of a fresh folder, as every publish triggers.
 */
export async function measureBuilds(
  payload: Payload,
  {
    runs,
    phases: instrumented,
    disk,
    log,
  }: {
    runs: number
    /** Whether to split a further build into phases. */
    phases: boolean
    /** Where to put the on-disk build, and the working directory Astro needs for it. */
    disk?: { sitesDir: string; cwd: string }
    log: (line: string) => void
  },
): Promise<BuildMeasurement> {
  const loadAtStart = currentLoad()
  const wall: number[] = []
  const tree: number[] = []
  const cms: number[] = []
  let stories = 0
  let storyPages = 0
  for (let run = 1; run <= runs; run++) {
    const memory = sampleMemory()
    const started = performance.now()
    const result = await buildSite(payload)
    const elapsed = performance.now() - started
    const peak = memory.stop()
    wall.push(elapsed)
    tree.push(peak.childrenBytes)
    cms.push(peak.rootBytes)
    stories = result.stories
    storyPages = result.pages
    log(`    build ${run}/${runs}: ${(elapsed / 1000).toFixed(1)} s`)
  }
  const output = outputStats(sitePaths().live)
  const phases = instrumented ? await measurePhases(payload) : null
  if (phases) {
    log(
      `    phases: export ${(phases.snapshotExportMs / 1000).toFixed(1)} s, render ${(phases.astroRenderMs / 1000).toFixed(1)} s, pagefind ${(phases.pagefindMs / 1000).toFixed(1)} s`,
    )
  }
  let onDiskMs: number | null = null
  if (disk) {
    const previous = process.cwd()
    process.chdir(disk.cwd)
    try {
      const started = performance.now()
      await buildSite(payload, { sitesDir: disk.sitesDir })
      onDiskMs = performance.now() - started
      log(`    on disk: ${(onDiskMs / 1000).toFixed(1)} s`)
    } finally {
      process.chdir(previous)
      fs.rmSync(disk.sitesDir, { recursive: true, force: true })
    }
  }
  const wallMs = spread(wall)
  return {
    stories,
    storyPages,
    output,
    wallMs,
    pagesPerSecond: output.htmlPages / (wallMs.median / 1000),
    peakBuildTreeBytes: spread(tree),
    peakCmsBytes: spread(cms),
    phases,
    onDiskMs,
    loadAtStart,
  }
}

/** Lines of Astro's own log that end a phase; integration names are the site's (site/integrations). */
const MARKERS = {
  routes: /generating static routes/,
  sitemap: /\[@astrojs\/sitemap\]/,
  media: /\[county-news:media\]/,
  search: /\[county-news:search\]/,
} as const

/**
 * One build done step by step with the same modules and settings as `buildSite`, except that Astro
 * runs without `--silent`: each log line is timestamped as it arrives, and the lines that end each
 * phase split Astro's time. The result goes live like any build (it is the same site).
 */
async function measurePhases(payload: Payload): Promise<BuildPhases> {
  const paths = sitePaths()
  const t0 = performance.now()
  const snapshot = await loadPublicContent(payload)
  const t1 = performance.now()
  const buildId = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 19)}-${process.pid}`
  const snapshotFile = path.join(paths.snapshots, `${buildId}.json`)
  fs.mkdirSync(paths.snapshots, { recursive: true })
  fs.writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const t2 = performance.now()
  const partial = path.join(paths.builds, `${buildId}.partial`)
  const lines = await timedAstroBuild(partial, {
    COUNTY_NEWS_SNAPSHOT: snapshotFile,
    MEDIA_DIR: env.mediaDir,
    SITE_URL: env.siteURL,
    ASTRO_CACHE_DIR: path.join(paths.root, 'astro-cache'),
  })
  const t3 = performance.now()
  verifyBuild(partial, snapshot)
  const t4 = performance.now()
  fs.renameSync(partial, path.join(paths.builds, buildId))
  swapLive(paths, buildId)
  pruneBuilds(paths)
  const t5 = performance.now()

  const at = (marker: RegExp, fallback: number) =>
    lines.find((l) => marker.test(l.line))?.atMs ?? fallback
  const astroMs = t3 - t2
  const routes = at(MARKERS.routes, 0)
  const sitemap = at(MARKERS.sitemap, routes)
  const media = at(MARKERS.media, sitemap)
  const search = at(MARKERS.search, media)
  // Astro prints "✓ Completed" when the last page is written, before the integrations' hooks.
  const rendered =
    lines.filter((l) => l.atMs <= sitemap && /Completed in/.test(l.line)).at(-1)?.atMs ?? sitemap
  return {
    snapshotExportMs: t1 - t0,
    snapshotWriteMs: t2 - t1,
    snapshotBytes: fs.statSync(snapshotFile).size,
    astroSetupMs: routes,
    astroRenderMs: rendered - routes,
    sitemapMs: sitemap - rendered,
    mediaCopyMs: media - sitemap,
    pagefindMs: search - media,
    astroExitMs: astroMs - search,
    verifyMs: t4 - t3,
    swapMs: t5 - t4,
    totalMs: t5 - t0,
    markers: lines.filter(
      (l) =>
        Object.values(MARKERS).some((m) => m.test(l.line)) || /Completed in|Complete!/.test(l.line),
    ),
  }
}

/** `astro build` as `astroBuild` runs it, but with its log, each line stamped on arrival. */
function timedAstroBuild(
  outDir: string,
  environment: Record<string, string>,
): Promise<{ atMs: number; line: string }[]> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--root',
        env.siteSourceDir,
        '--outDir',
        outDir,
      ],
      {
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...environment },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const lines: { atMs: number; line: string }[] = []
    let pending = ''
    const take = (chunk: Buffer) => {
      const atMs = performance.now() - started
      const text = pending + chunk.toString()
      const parts = text.split('\n')
      pending = parts.pop() ?? ''
      // eslint-disable-next-line no-control-regex -- colour codes are stripped before matching
      for (const line of parts) lines.push({ atMs, line: line.replace(/\u001b\[[0-9;]*m/g, '') })
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) return resolve(lines)
      reject(
        new Error(
          `astro build failed (${code}):\n${lines
            .slice(-10)
            .map((l) => l.line)
            .join('\n')}`,
        ),
      )
    })
  })
}
