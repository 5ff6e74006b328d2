import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'

import { projectRoot } from './root'

/** Builds the Astro site from a snapshot file into `outDir`, as the CMS's build job does. */
export async function buildSite({
  snapshot,
  mediaDir,
  outDir,
  siteDir = path.join(projectRoot, 'site'),
}: {
  snapshot: string
  mediaDir: string
  outDir: string
  siteDir?: string
}): Promise<{ seconds: number }> {
  const started = performance.now()
  execFileSync(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      siteDir,
      '--outDir',
      outDir,
      '--silent',
    ],
    {
      env: {
        ...process.env,
        COUNTY_NEWS_SNAPSHOT: snapshot,
        MEDIA_DIR: mediaDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  return { seconds: (performance.now() - started) / 1000 }
}

/** The file a site URL path is served from (`/a/` → `a/index.html`), or null if there is none. */
export function builtFile(outDir: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0])
  const file = path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean)
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  const index = path.join(outDir, clean, 'index.html')
  return fs.existsSync(index) ? index : null
}

/** The text of a built page or file, by URL path or by path relative to `outDir`. */
export function readBuilt(outDir: string, urlPath: string): string {
  const file = builtFile(outDir, urlPath)
  if (!file) throw new Error(`nothing built at ${urlPath}`)
  return fs.readFileSync(file, 'utf8')
}

/** Every built file with one of the extensions, as paths from the site root (`/a/index.html`). */
export function builtFiles(outDir: string, extensions: string[]): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.includes(path.extname(name)))
    .map((name) => `/${name.split(path.sep).join('/')}`)
    .sort()
}

/** Same-site links and sources in a page: every `href`/`src`/`srcset` URL starting with one `/`. */
export function internalLinks(html: string): string[] {
  const root = parse(html)
  const urls = [
    ...root.querySelectorAll('[href]').map((e) => e.getAttribute('href') ?? ''),
    ...root.querySelectorAll('[src]').map((e) => e.getAttribute('src') ?? ''),
    ...root
      .querySelectorAll('[srcset]')
      .flatMap((e) =>
        (e.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
      ),
  ]
  return [...new Set(urls.filter((u) => u.startsWith('/') && !u.startsWith('//')))]
}
