/**
 * The goals the figures are held to, and the table `npm run bench` prints (Markdown, so it can be
 * pasted into docs/benchmark.md as it is).
 */
import type { BuildMeasurement } from './measure/build'
import type { Spread } from './lib/stats'
import type { BenchResults, Goal } from './types'

export const GOALS = {
  buildSeconds: 40,
  buildStories: 10_000,
  /** The full build of any archive: no process above this. */
  buildProcessGiB: 4,
  publishSeconds: 5,
  burstSeconds: 10,
  listP95Ms: 50,
  storyP95Ms: 20,
  listAloneMs: 15,
  storyAloneMs: 5,
  adminListRequestMs: 300,
  adminListShowMs: 1000,
  photoRatio: 1.3,
  storyPageKiB: 30,
  /** The newsroom load test: saves failed, and the p95 of every save. */
  newsroomFailedSaves: 0,
  newsroomSaveP95Ms: 300,
} as const

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
const msText = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
const n = (value: number) => value.toLocaleString('en')
const range = (spread: Spread, unit: (v: number) => string) =>
  spread.runs.length > 1 ? `${unit(spread.min)} – ${unit(spread.max)}` : '(1 run)'

/** The phases of a build, longest first, as "render 31.0 s (52%), search 14.2 s (24%), …". */
export function phaseList(phases: Record<string, number>): string {
  const total = Object.values(phases).reduce((a, b) => a + b, 0)
  return Object.entries(phases)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${s(ms)} (${Math.round((ms / total) * 100)}%)`)
    .join(', ')
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`

const largestBuild = (builds: BuildMeasurement[]) =>
  [...builds].sort((a, b) => b.stories - a.stories)[0]

export function evaluateGoals(results: BenchResults): Goal[] {
  const goals: Goal[] = []
  for (const build of results.builds) {
    if (build.stories === GOALS.buildStories) {
      goals.push({
        name: `Full build of ${n(GOALS.buildStories)} stories, from nothing`,
        target: `≤ ${GOALS.buildSeconds} s`,
        measured: s(build.wallMs.median),
        met: build.wallMs.median <= GOALS.buildSeconds * 1000,
        note: `phases: ${phaseList(build.phases)}${build.templateChange ? `; after a template change (search carried over) ${s(build.templateChange.wallMs)}` : ''}`,
      })
    }
    if (build === largestBuild(results.builds)) {
      goals.push({
        name: `Full build of ${n(build.stories)} stories: largest process`,
        target: `≤ ${GOALS.buildProcessGiB} GiB`,
        measured: `${gib(build.peakLargestChildBytes.max)} (${build.processes[0]?.command ?? '-'}); CMS ${gib(build.peakCmsBytes.max)}`,
        met:
          Math.max(build.peakLargestChildBytes.max, build.peakCmsBytes.max) <=
          GOALS.buildProcessGiB * 2 ** 30,
        note: `completed in ${s(build.wallMs.median)}`,
      })
    }
  }
  if (results.publish) {
    const p = results.publish
    goals.push({
      name: `Publish-to-live, one story, ${n(p.siteStories)}-story site (page and search)`,
      target: `≤ ${GOALS.publishSeconds} s`,
      measured: s(p.single.totalMs.median),
      met: p.single.totalMs.median <= GOALS.publishSeconds * 1000,
      note: `publish call ${s(p.single.publishCallMs.median)}, wait for the job runner ${s(p.single.queueWaitMs.median)}, incremental build ${s(p.single.buildMs.median)}`,
    })
    goals.push({
      name: `Publish-to-live, burst of ${p.burst.stories}, ${n(p.siteStories)}-story site`,
      target: `≤ ${GOALS.burstSeconds} s`,
      measured: s(p.burst.totalMs),
      met: p.burst.totalMs <= GOALS.burstSeconds * 1000,
      note: `${p.burst.builds} build(s)`,
    })
  }
  if (results.api) {
    const list = results.api.storyList
    goals.push({
      name: `Story list p95 at ${results.api.connections} connections`,
      target: `< ${GOALS.listP95Ms} ms`,
      measured: msText(list.latencyMs.p95),
      met: list.latencyMs.p95 < GOALS.listP95Ms && list.non2xx === 0 && list.errors === 0,
      note: `${list.requestsPerSecond.toFixed(0)} req/s; p50 ${msText(list.latencyMs.p50)}, p99 ${msText(list.latencyMs.p99)}; ${list.non2xx} non-2xx, ${list.errors} errors`,
    })
    const { story, serviceTimeMs: t, adminListShowMs } = results.api
    const clean = (e: typeof story) => e.non2xx === 0 && e.errors === 0
    goals.push({
      name: `Single story p95 at ${results.api.connections} connections`,
      target: `≤ ${GOALS.storyP95Ms} ms`,
      measured: msText(story.latencyMs.p95),
      met: story.latencyMs.p95 <= GOALS.storyP95Ms && clean(story),
      note: `${story.requestsPerSecond.toFixed(0)} req/s; p50 ${msText(story.latencyMs.p50)}`,
    })
    for (const [name, value, target] of [
      ['County list, uncached, one at a time', t.storyList, GOALS.listAloneMs],
      ['Single story, uncached, one at a time', t.story, GOALS.storyAloneMs],
      ["Admin's articles list request (editor)", t.adminList, GOALS.adminListRequestMs],
      [
        "Admin's articles list view shown in Chromium",
        adminListShowMs?.median,
        GOALS.adminListShowMs,
      ],
    ] as const) {
      if (value === undefined) continue
      goals.push({
        name,
        target: `≤ ${msText(target)}`,
        measured: msText(value),
        met: value <= target,
        note: '',
      })
    }
  }
  if (results.photo) {
    const ph = results.photo
    goals.push({
      name: 'CMS photo processing vs sharp alone (12 MP)',
      target: `≤ ${GOALS.photoRatio}×`,
      measured: `${ph.ratio.toFixed(2)}×`,
      met: ph.ratio <= GOALS.photoRatio,
      note: `CMS ${s(ph.cmsMs.median)}, sharp ${s(ph.sharpMs.median)}; metadata strip ${s(ph.profile.stripMs.median)}, the nine sizes Payload's way ${s(ph.profile.payloadResizePathMs.median)}`,
    })
  }
  if (results.pageWeight) {
    const w = results.pageWeight.story
    goals.push({
      name: 'Story page weight (HTML + CSS, gzip), JavaScript',
      target: `< ${GOALS.storyPageKiB} KiB, 0 bytes JS`,
      measured: `${kib(w.heaviest.totalGzipBytes)} heaviest, ${kib(w.median.totalGzipBytes)} median; ${w.maxJsBytes} B JS`,
      met: w.heaviest.totalGzipBytes < GOALS.storyPageKiB * 1024 && w.maxJsBytes === 0,
      note: `${results.pageWeight.sampled} story pages sampled; median: HTML ${kib(w.median.htmlGzipBytes)}, CSS ${kib(w.median.cssGzipBytes)}`,
    })
  }
  const nr = results.newsroom
  if (nr) {
    const people = nr.people.reporters + nr.people.desk + nr.people.section + nr.people.chief
    goals.push(
      {
        name: `Saves failed, ${people} people for ${nr.seconds} s`,
        target: `${GOALS.newsroomFailedSaves}`,
        measured: `${n(nr.saves.failed)} of ${n(nr.saves.attempted)}`,
        met: nr.saves.failed <= GOALS.newsroomFailedSaves,
        note: nr.failures.map((f) => `${f.count}× ${f.what}`).join('; '),
      },
      {
        name: `Save p95, ${people} people at once`,
        target: `≤ ${GOALS.newsroomSaveP95Ms} ms`,
        measured: msText(nr.saves.latencyMs.p95),
        met: nr.saves.latencyMs.p95 <= GOALS.newsroomSaveP95Ms,
        note: `autosave p95 ${msText(nr.byKind.autosave.latencyMs.p95)}; load ${nr.loadAtStart.toFixed(1)} at start`,
      },
      {
        name: 'Versions stored = versions acknowledged',
        target: 'equal, no last save lost',
        measured: `${n(nr.versions.stored)} stored, ${n(nr.versions.acknowledged)} acknowledged; ${nr.versions.lostLastSave} last saves lost`,
        met: nr.versions.stored === nr.versions.acknowledged && nr.versions.lostLastSave === 0,
        note: '',
      },
    )
  }
  return goals
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`

/** The results as Markdown tables: the measurements, then the goals. */
export function resultTable(results: BenchResults): string {
  const lines = [
    row(['Measurement', 'Median', 'Spread (min – max)', 'Notes']),
    row(['---', '---:', '---:', '---']),
  ]
  for (const b of [...results.builds].sort((x, y) => x.stories - y.stories)) {
    lines.push(
      row([
        `Full build from nothing, ${n(b.stories)} stories`,
        s(b.wallMs.median),
        range(b.wallMs, s),
        `${n(b.pages)} pages, ${b.pagesPerSecond.toFixed(0)} pages/s; peak RSS: largest child ${mib(b.peakLargestChildBytes.median)} (${b.processes[0]?.command ?? '-'}), CMS process ${mib(b.peakCmsBytes.median)}; output ${mib(b.output.bytes)} (HTML ${mib(b.output.byKind.html)}, search index ${mib(b.output.byKind.search)})${b.onDiskMs === null ? '' : `; on disk instead of tmpfs ${s(b.onDiskMs)}`}`,
      ]),
    )
  }
  for (const b of [...results.builds].sort((x, y) => x.stories - y.stories)) {
    lines.push(
      row([`Phases of the ${n(b.stories)}-story build (median run)`, '', '', phaseList(b.phases)]),
    )
    const t = b.templateChange
    if (t) {
      lines.push(
        row([
          `Full build after a template change, ${n(b.stories)} stories`,
          s(t.wallMs),
          '(1 run)',
          `every page rendered; ${n(t.shards.carried)} search shards carried over, ${n(t.shards.indexed)} indexed; ${phaseList(t.phases)}`,
        ]),
      )
    }
  }
  const p = results.publish
  if (p) {
    lines.push(
      row([
        `Publish-to-live, one story (${n(p.siteStories)}-story site)`,
        s(p.single.totalMs.median),
        range(p.single.totalMs, s),
        `publish call ${s(p.single.publishCallMs.median)}, runner pick-up ${s(p.single.queueWaitMs.median)}, build ${s(p.single.buildMs.median)}`,
      ]),
      row([
        `Publish-to-live, burst of ${p.burst.stories} stories`,
        s(p.burst.totalMs),
        '(1 run)',
        `${p.burst.builds} build${p.burst.builds === 1 ? '' : 's'}; the ${p.burst.stories} publish calls took ${s(p.burst.publishCallsMs)}`,
      ]),
    )
  }
  const api = results.api
  if (api) {
    for (const [name, e] of [
      ['API story list (county, 20 per page, depth 1)', api.storyList],
      ['API single story (depth 1)', api.story],
      ['API story list, uncached', api.storyListUncached],
      ['API single story, uncached', api.storyUncached],
    ] as const) {
      if (!e) continue
      lines.push(
        row([
          `${name}, ${api.connections} connections`,
          `p95 ${msText(e.latencyMs.p95)}`,
          `p50 ${msText(e.latencyMs.p50)}, p99 ${msText(e.latencyMs.p99)}`,
          `${e.requestsPerSecond.toFixed(0)} req/s over ${e.seconds.toFixed(0)} s, ${n(e.requests)} requests, ${e.non2xx} non-2xx, ${e.errors} errors; ${kib(e.bytesPerResponse)} per response`,
        ]),
      )
    }
  }
  if (api) {
    const t = api.serviceTimeMs
    lines.push(
      row([
        'API, one request at a time',
        `list ${msText(t.storyList)}`,
        '',
        [
          `list with depth=0 ${msText(t.storyListDepth0)}, list fields only ${msText(t.storyListListFields)}; one story ${msText(t.story)}; empty request ${msText(t.emptyRequest)}`,
          t.storyListByRegions === undefined
            ? ''
            : `; list by every place in the county (the former query) ${msText(t.storyListByRegions)}`,
          t.storyListCached === undefined
            ? ''
            : `; from the response cache: list ${msText(t.storyListCached)}, story ${msText(t.storyCached ?? 0)}`,
          api.sizes
            ? `; sizes: list ${kib(api.sizes.storyList)} (former query ${kib(api.sizes.storyListByRegions)}), story ${kib(api.sizes.story)}`
            : '',
        ].join(''),
      ]),
    )
    if (t.adminList !== undefined) {
      lines.push(
        row([
          "Admin's articles list (editor)",
          `request ${msText(t.adminList)}`,
          api.adminListShowMs ? range(api.adminListShowMs, msText) : '',
          api.adminListShowMs
            ? `shown in Chromium ${msText(api.adminListShowMs.median)} after login (median of ${api.adminListShowMs.runs.length})`
            : 'not shown in Chromium (see the log)',
        ]),
      )
    }
  }
  const ph = results.photo
  if (ph) {
    lines.push(
      row([
        `Photo, ${((ph.width * ph.height) / 1e6).toFixed(0)} MP JPEG through the CMS`,
        s(ph.cmsMs.median),
        range(ph.cmsMs, s),
        `${ph.ratio.toFixed(2)}× sharp alone`,
      ]),
      row([
        'Photo, same nine sizes with sharp alone',
        s(ph.sharpMs.median),
        range(ph.sharpMs, s),
        '',
      ]),
      row([
        'Photo, profile of the CMS side',
        '',
        '',
        `metadata strip ${s(ph.profile.stripMs.median)}; nine sizes made Payload's way ${s(ph.profile.payloadResizePathMs.median)}; one upload split: checks and strip ${s(ph.uploadPhasesMs.checksAndStrip)}, sizes ${s(ph.uploadPhasesMs.sizes)}, save and hooks ${s(ph.uploadPhasesMs.saveAndHooks)}`,
      ]),
    )
  }
  const w = results.pageWeight
  if (w) {
    lines.push(
      row([
        'Story page, HTML + CSS gzip',
        kib(w.story.median.totalGzipBytes),
        `heaviest ${kib(w.story.heaviest.totalGzipBytes)}`,
        `${w.sampled} pages sampled; JavaScript ${w.story.maxJsBytes} B; home page ${kib(w.home.totalGzipBytes)}${w.county ? `, county page ${kib(w.county.totalGzipBytes)}` : ''}; largest page ${w.largestPage.url} ${kib(w.largestPage.htmlBytes)} raw, ${kib(w.largestPage.totalGzipBytes)} gzip`,
      ]),
    )
  }
  const nr = results.newsroom
  if (nr) {
    const people = `${nr.people.reporters} reporters, ${nr.people.desk + nr.people.section + nr.people.chief} editors`
    lines.push(
      row([
        `Newsroom: every save, ${people}, ${nr.seconds} s`,
        `p95 ${msText(nr.saves.latencyMs.p95)}`,
        `p50 ${msText(nr.saves.latencyMs.p50)} – max ${msText(nr.saves.latencyMs.max)}`,
        `${n(nr.saves.attempted)} saves, ${n(nr.saves.failed)} failed; ${Object.entries(nr.byKind)
          .filter(([, k]) => k.attempted > 0)
          .map(([kind, k]) => `${kind} ${n(k.attempted)} (p95 ${msText(k.latencyMs.p95)})`)
          .join(', ')}`,
      ]),
      row([
        'Newsroom: photo uploads, builds, versions',
        `p95 ${s(nr.uploads.latencyMs.p95)}`,
        '',
        `${n(nr.uploads.attempted)} uploads, ${n(nr.uploads.failed)} failed; ${nr.stories.filed} stories filed, ${nr.stories.submitted} submitted, ${nr.stories.published} published, ${nr.stories.scheduled} scheduled; site builds completed ${nr.builds.completedDuringRun} during the run + ${nr.builds.completedAfter} after, ${nr.builds.failed} failed; versions ${n(nr.versions.stored)} stored / ${n(nr.versions.acknowledged)} acknowledged; server peak ${mib(nr.serverPeakBytes)}; load ${nr.loadAtStart.toFixed(1)} → ${nr.loadAtEnd.toFixed(1)}`,
      ]),
    )
  }
  const goals = results.goals ?? []
  if (goals.length > 0) {
    lines.push(
      '',
      row(['Goal', 'Target', 'Measured', 'Met']),
      row(['---', '---', '---', '---']),
      ...goals.map((g) =>
        row([
          g.name,
          g.target,
          g.measured,
          g.met === null ? 'n/a (size)' : g.met ? 'yes' : '**no**',
        ]),
      ),
    )
  }
  return lines.join('\n')
}
