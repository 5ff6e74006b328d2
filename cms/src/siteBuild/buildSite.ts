import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { env, projectRoot } from '../env'
import { loadPublicContent } from '../public/loadPublicContent'
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

const ASTRO_CLI = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs')

function folderBytes(dir: string): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

/** Runs `astro build` in its own process; on failure the error carries the end of its output. */
function astroBuild(
  astroRoot: string,
  outDir: string,
  environment: Record<string, string>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ASTRO_CLI, 'build', '--root', astroRoot, '--outDir', outDir, '--silent'],
      {
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...environment },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `astro build failed (${code ?? signal}): ${output.trim().split('\n').slice(-8).join('\n')}`,
          ),
        )
    })
  })
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
  const astroRoot = options.astroRoot ?? path.join(projectRoot, 'site')
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
