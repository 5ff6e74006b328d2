import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { env } from '../env'
import { loadPublicContent } from '../public/loadPublicContent'
import { astroBuild, folderBytes } from './astroBuild'
import { sitePaths } from './paths'
import { pruneBuilds, swapLive } from './swapLive'
import { verifyBuild } from './verifyBuild'

export type SiteBuildOptions = {
  /** Where builds and the live symlink live. */
  sitesDir?: string
  /** The Astro project to build; tests point this at a copy with a broken template. */
  astroRoot?: string
  mediaDir?: string
}

export type SiteBuildResult = {
  buildId: string
  durationMs: number
  stories: number
  pages: number
  bytes: number
}

/**
 * Builds the public site from the database into a fresh folder and, only if the result passes
 * its check, makes it live by switching one symlink. Anything that fails — the snapshot, Astro,
 * the check — leaves the live site exactly as it was and throws with the reason.
 */
export async function buildSite(
  payload: Payload,
  options: SiteBuildOptions = {},
): Promise<SiteBuildResult> {
  const started = Date.now()
  const paths = sitePaths(options.sitesDir)
  const astroRoot = options.astroRoot ?? env.siteSourceDir
  const buildId =
    new Date(started).toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 19) +
    `-${process.pid}`
  fs.mkdirSync(paths.builds, { recursive: true })
  fs.mkdirSync(paths.snapshots, { recursive: true })
  // Builds never overlap (the job is exclusive), so a partial folder here is from a killed build.
  for (const name of fs.readdirSync(paths.builds).filter((n) => n.endsWith('.partial'))) {
    fs.rmSync(path.join(paths.builds, name), { recursive: true, force: true })
  }

  const snapshot = await loadPublicContent(payload)
  const snapshotFile = path.join(paths.snapshots, `${buildId}.json`)
  fs.writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const partial = path.join(paths.builds, `${buildId}.partial`)
  try {
    await astroBuild(astroRoot, partial, {
      COUNTY_NEWS_SNAPSHOT: snapshotFile,
      MEDIA_DIR: options.mediaDir ?? env.mediaDir,
      SITE_URL: env.siteURL,
      // Astro's content store is per project; live builds keep theirs beside the builds.
      ASTRO_CACHE_DIR: path.join(paths.root, 'astro-cache'),
    })
    const { pages } = verifyBuild(partial, snapshot)
    const finished = path.join(paths.builds, buildId)
    fs.renameSync(partial, finished)
    swapLive(paths, buildId)
    pruneBuilds(paths)
    return {
      buildId,
      durationMs: Date.now() - started,
      stories: snapshot.articles.length + snapshot.profiles.length,
      pages,
      bytes: folderBytes(finished),
    }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    fs.rmSync(snapshotFile, { force: true })
    throw error
  }
}
