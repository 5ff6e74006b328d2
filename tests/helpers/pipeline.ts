import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './root'
import type { BuildManifest } from '@/siteBuild/verifyBuild'

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

/** The story pages a built site says it has. */
export function manifestOf(siteDir: string): BuildManifest {
  return JSON.parse(
    fs.readFileSync(path.join(siteDir, 'build-manifest.json'), 'utf8'),
  ) as BuildManifest
}

/** The HTML of a story page in a built site, found through its manifest. */
export function storyPage(
  siteDir: string,
  type: 'article' | 'profile',
  id: string | number,
): string | null {
  const entry = manifestOf(siteDir).stories.find((s) => s.type === type && s.id === String(id))
  return entry ? fs.readFileSync(path.join(siteDir, entry.url, 'index.html'), 'utf8') : null
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
