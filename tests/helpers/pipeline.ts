import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createNewsroom } from './fixtures'
import { startCMS } from './payload'
import { projectRoot } from './root'
import type { SitePaths } from '@/siteBuild/paths'
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

type Sites = Pick<SitePaths, 'live' | 'data'>

/**
 * The live build's public store, as the site builder reads it. Takes the folders rather than
 * importing the CMS's settings, which must be read only after a test has set the environment.
 */
export function liveArchive(paths: Sites): Archive | null {
  const liveId = buildIdOf(paths.live)
  return liveId ? new Archive(path.join(paths.data, liveId, 'store')) : null
}

/** The address of a story on the live site, from the public store the live build was made from. */
export function liveStoryUrl(
  paths: Sites,
  type: 'article' | 'profile',
  id: string | number,
): string | null {
  const archive = liveArchive(paths)
  const entry = archive?.byKey.get(`${type}:${id}`)
  return archive && entry ? archive.urlOf(entry) : null
}

/** The HTML of a story page on the live site, or null when it has none. */
export function storyPage(
  paths: Sites,
  type: 'article' | 'profile',
  id: string | number,
): string | null {
  const url = liveStoryUrl(paths, type, id)
  const file = url && path.join(paths.live, url, 'index.html')
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

/**
 * The CMS with its site build runner on — builds run when a test runs the `site` queue, or by the
 * job runner of a CMS restarted with `cron` — its newsroom, and a county (玛纳斯县 in 昌吉州) to
 * publish in. `env` adds to the environment (e.g. `SITE_SOURCE_DIR` for a copied site).
 */
export async function startPipeline(env: Record<string, string> = {}) {
  const cms = await startCMS({ SITE_BUILD_RUNNER: 'on', ...env })
  const { payload } = cms
  // Imported only now: it reads the environment startCMS just set.
  const { sitePaths } = await import('@/siteBuild/paths')
  const newsroom = await createNewsroom(payload)
  const prefecture = await payload.create({
    collection: 'regions',
    data: { name: '昌吉州', level: 'prefecture' },
    context: { skipSiteBuild: true },
  })
  const county = await payload.create({
    collection: 'regions',
    data: { name: '玛纳斯县', level: 'county', parent: prefecture.id },
    context: { skipSiteBuild: true },
  })
  return { cms, paths: sitePaths(), county, ...newsroom }
}
