import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './root'
import { buildDataPaths, sitePaths } from '@/siteBuild/paths'
import { buildIdOf } from '@/siteBuild/swapLive'

import { Archive } from '../../site/builder/archive'

/** sha256 of every file under a folder (following the live symlink), to prove it did not change. */
export function folderDigest(dir: string): Record<string, string> {
  const root = fs.realpathSync(dir)
  const sums: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    sums[path.relative(root, file)] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(file))
      .digest('hex')
  }
  return sums
}

/** The live build's public store, as the site builder reads it. */
export function liveArchive(sitesDir: string): Archive | null {
  const paths = sitePaths(sitesDir)
  const liveId = buildIdOf(paths.live)
  return liveId ? new Archive(buildDataPaths(paths, liveId).store) : null
}

/** The address of a story on the live site, from the public store the live build was made from. */
export function liveStoryUrl(
  sitesDir: string,
  type: 'article' | 'profile',
  id: string | number,
): string | null {
  const archive = liveArchive(sitesDir)
  const entry = archive?.byKey.get(`${type}:${id}`)
  return archive && entry ? archive.urlOf(entry) : null
}

/** The HTML of a story page on the live site, or null when it has none. */
export function storyPage(
  sitesDir: string,
  type: 'article' | 'profile',
  id: string | number,
): string | null {
  const url = liveStoryUrl(sitesDir, type, id)
  const file = url && path.join(sitesDir, 'live', url, 'index.html')
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
}

/**
 * A copy of the site's Astro project inside the repository (so it resolves the same packages),
 * for tests that break a template on purpose. Removed by the returned function.
 */
export function copySiteSource(): { dir: string; remove: () => void } {
  const dir = path.join(projectRoot, 'var', `test-site-${process.pid}-${Date.now()}`)
  fs.cpSync(path.join(projectRoot, 'site'), dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|\.astro)([/\\]|$)/.test(src),
  })
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
