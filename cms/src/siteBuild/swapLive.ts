import fs from 'node:fs'
import path from 'node:path'

import type { SitePaths } from './paths'

/** The build a symlink points at, or null. */
export function buildIdOf(link: string): string | null {
  try {
    return path.basename(fs.readlinkSync(link))
  } catch {
    return null
  }
}

/** Points a symlink at a build in one rename: readers see the old target or the new, never neither. */
function pointAt(link: string, buildId: string): void {
  const tmp = `${link}.${process.pid}.tmp`
  fs.rmSync(tmp, { force: true })
  fs.symlinkSync(path.join('builds', buildId), tmp)
  fs.renameSync(tmp, link)
}

/** Makes a complete build live and remembers the one it replaces. */
export function swapLive(paths: SitePaths, buildId: string): void {
  const current = buildIdOf(paths.live)
  if (current && current !== buildId) pointAt(paths.previous, current)
  pointAt(paths.live, buildId)
}

/**
 * Puts the previous build back live (and the current one becomes "previous"). The changes the
 * rolled-back build carried are no longer pending anywhere, so the next build is a full one.
 */
export function rollback(paths: SitePaths): string {
  const previous = buildIdOf(paths.previous)
  if (!previous || !fs.existsSync(path.join(paths.builds, previous))) {
    throw new Error('没有可回滚的上一版网站 (there is no previous build to roll back to)')
  }
  fs.writeFileSync(paths.fullBuildNeeded, `rolled back to ${previous}\n`)
  swapLive(paths, previous)
  return previous
}

/** Deletes builds (and what they were made from) other than the live one, the previous one and the newest `keep`. */
export function pruneBuilds(paths: SitePaths, keep = 2): void {
  if (!fs.existsSync(paths.builds)) return
  const protectedIds = new Set([buildIdOf(paths.live), buildIdOf(paths.previous)])
  const builds = fs
    .readdirSync(paths.builds)
    .filter((name) => !name.endsWith('.partial'))
    .sort()
    .reverse()
  for (const name of builds.slice(keep)) {
    if (!protectedIds.has(name))
      fs.rmSync(path.join(paths.builds, name), { recursive: true, force: true })
  }
  if (!fs.existsSync(paths.data)) return
  for (const name of fs.readdirSync(paths.data)) {
    if (!name.endsWith('.partial') && !fs.existsSync(path.join(paths.builds, name))) {
      fs.rmSync(path.join(paths.data, name), { recursive: true, force: true })
    }
  }
}
