import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { BuildReport } from '../../../site/builder/build'
import { rendererFingerprint } from '../../../site/builder/renderer'
import { env } from '../env'
import { exportStore, type StoreChange } from '../publicContent/exportStore'
import { readJson, storePaths, type StoreMeta } from '../publicContent/store'
import { buildDataPaths, sitePaths } from './paths'
import { runBuild } from './runBuilder'
import { siteAddress } from './siteAddress'
import { buildIdOf, pruneBuilds, swapLive } from './swapLive'

export type SiteBuildOptions = {
  /** Where builds and the live symlink live. */
  sitesDir?: string
  /** The Astro project to build; tests point this at a copy with a broken template. */
  astroRoot?: string
  mediaDir?: string
  /** Export and render everything, whatever changed. */
  full?: boolean
  /** The build's clock (the news sitemap's window, the search shards' sizes); tests fix it. */
  now?: Date
}

export type SiteBuildResult = {
  buildId: string
  durationMs: number
  full: boolean
  stories: number
  pages: number
  /** Pages rendered by this build; the rest were carried over from the live one. */
  rendered: number
}

/**
 * What a build leaves beside itself for the next one: `data/<buildId>/build.json`. `base` is the
 * live build it started from (null for a full build): with the report's `changed`, what the next
 * build needs to bring that one up to date and reuse it.
 */
export type BuildRecord = {
  buildId: string
  finishedAt: string
  base: string | null
  report: BuildReport
}

const readRecord = (file: string): BuildRecord | null =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BuildRecord) : null

/**
 * Why the live site is out of date, or null when it is current: no build yet, templates (or the
 * builder, or the site's address) changed since the live build, or changes are waiting.
 */
export async function siteBuildNeeded(
  payload: Payload,
  options: Pick<SiteBuildOptions, 'sitesDir' | 'astroRoot'> = {},
): Promise<string | null> {
  const paths = sitePaths(options.sitesDir)
  const liveId = buildIdOf(paths.live)
  const record = liveId ? buildDataPaths(paths, liveId).record : null
  const report = record ? readRecord(record)?.report : null
  if (!report) return 'no site has been built yet'
  if (report.fingerprint !== rendererFingerprint(options.astroRoot ?? env.siteSourceDir)) {
    return 'the templates changed since the live build'
  }
  const { totalDocs } = await payload.count({ collection: 'site-changes', overrideAccess: true })
  return totalDocs > 0 ? `${totalDocs} change(s) are waiting` : null
}

/**
 * Builds the public site into a fresh folder and, only if the result passes its check, makes it
 * live by switching one symlink. What changed since the live build (the `site-changes` rows) is
 * exported and re-rendered; everything else is carried over from the live build. Anything that
 * fails — the export, the templates, the check — leaves the live site exactly as it was, keeps the
 * changes for the next build, and throws with the reason.
 */
export async function buildSite(
  payload: Payload,
  options: SiteBuildOptions = {},
): Promise<SiteBuildResult> {
  const started = Date.now()
  const paths = sitePaths(options.sitesDir)
  const buildId =
    new Date(started).toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 19) +
    `-${process.pid}`
  fs.mkdirSync(paths.builds, { recursive: true })
  fs.mkdirSync(paths.data, { recursive: true })
  // Builds never overlap (the job is exclusive), so a partial folder here is from a killed build.
  for (const dir of [paths.builds, paths.data]) {
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.partial'))) {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true })
    }
  }

  const liveId = buildIdOf(paths.live)
  const live = liveId ? buildDataPaths(paths, liveId) : null
  const liveRecord = live ? readRecord(live.record) : null
  // The build before the live one is reused when the live one is it plus known changes; it stops
  // being a rollback target while this build runs, and the live one becomes that.
  const previousId = buildIdOf(paths.previous)
  const recycle =
    liveRecord?.report.changed && previousId && liveRecord.base === previousId
      ? { dir: path.join(paths.builds, previousId), changed: liveRecord.report.changed }
      : null
  const { docs: rows } = await payload.find({
    collection: 'site-changes',
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const full = options.full || !liveRecord || fs.existsSync(paths.fullBuildNeeded)
  const changes: StoreChange[] | 'all' = full ? 'all' : rows

  const partial = path.join(paths.builds, `${buildId}.partial`)
  const data = buildDataPaths(paths, `${buildId}.partial`)
  try {
    await exportStore(payload, {
      dir: data.store,
      id: buildId,
      previous: liveRecord && live ? live.store : null,
      previousId: liveId,
      changes,
    })
    const liveDir = liveRecord && liveId ? fs.realpathSync(path.join(paths.builds, liveId)) : null
    const report = await runBuild({
      storeDir: data.store,
      storeId: buildId,
      previousStoreId: liveRecord ? liveId : null,
      previousStoreDir: liveRecord && live ? live.store : null,
      searchFrom: liveDir && liveRecord ? { dir: liveDir, digests: liveRecord.report.shards.digests ?? {} } : null,
      live: !full && liveRecord && liveDir ? { dir: liveDir, fingerprint: liveRecord.report.fingerprint } : null,
      recycle: !full ? recycle : null,
      outDir: partial,
      siteRoot: options.astroRoot ?? env.siteSourceDir,
      mediaDir: options.mediaDir ?? env.mediaDir,
      siteUrl: siteAddress(readJson<StoreMeta>(storePaths(data.store).meta).paper, env),
      now: (options.now ?? new Date(started)).toISOString(),
    })
    const record: BuildRecord = {
      buildId,
      finishedAt: new Date().toISOString(),
      base: report.full ? null : liveId,
      report,
    }
    fs.writeFileSync(data.record, JSON.stringify(record))
    fs.renameSync(data.dir, buildDataPaths(paths, buildId).dir)
    fs.renameSync(partial, path.join(paths.builds, buildId))
    swapLive(paths, buildId)
    if (full) fs.rmSync(paths.fullBuildNeeded, { force: true })
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    fs.rmSync(data.dir, { recursive: true, force: true })
    throw error
  }
  // Live: what it was built from is no longer pending. Rows written during the build stay.
  for (let i = 0; i < rows.length; i += 500) {
    await payload.delete({
      collection: 'site-changes',
      where: { id: { in: rows.slice(i, i + 500).map((r) => r.id) } },
      overrideAccess: true,
    })
  }
  pruneBuilds(paths)
  const { report } = readRecord(buildDataPaths(paths, buildId).record) as BuildRecord
  return {
    buildId,
    durationMs: Date.now() - started,
    full: report.full,
    stories: report.stories,
    pages: report.pages.total,
    rendered: report.pages.rendered,
  }
}
