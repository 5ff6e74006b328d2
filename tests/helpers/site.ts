import fs from 'node:fs'
import path from 'node:path'

import type http from 'node:http'
import type { AddressInfo } from 'node:net'

import { parse } from 'node-html-parser'

import { serveLive } from '@/siteBuild/serveLive'

import { writeStoreFromSnapshot } from '../../cms/src/publicContent/store'
import type { PublicSnapshot } from '../../cms/src/publicContent/types'
import { runBuild } from '../../cms/src/siteBuild/runBuilder'
import { siteAddress } from '../../cms/src/siteBuild/siteAddress'
import type { BuildReport } from '../../site/builder/build'
import { projectRoot } from './root'

/**
 * Builds the site from a snapshot file into `outDir`, as the CMS's build job does: the snapshot
 * written as a public store, then the site builder in its own process (a full build). The build's
 * clock is the snapshot's time, so the output does not depend on the day the test runs.
 */
export async function buildSiteFromSnapshot({
  snapshot,
  mediaDir,
  outDir,
  siteDir = path.join(projectRoot, 'site'),
}: {
  snapshot: string
  mediaDir: string
  outDir: string
  siteDir?: string
}): Promise<{ seconds: number; report: BuildReport }> {
  const started = performance.now()
  const content = JSON.parse(fs.readFileSync(snapshot, 'utf8')) as PublicSnapshot
  const storeDir = `${outDir}.store`
  writeStoreFromSnapshot(content, storeDir)
  const report = await runBuild({
    storeDir,
    previousStoreDir: null,
    searchFrom: null,
    live: null,
    recycle: null,
    outDir,
    siteRoot: siteDir,
    mediaDir,
    siteUrl: siteAddress(content.paper, { siteURL: null, localSiteURL: 'http://127.0.0.1:4321' }),
    now: content.generatedAt,
  })
  return { seconds: (performance.now() - started) / 1000, report }
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

/**
 * Serves a built site as production serves it: plain files behind a `live` symlink (made in
 * `workDir`), on a free port of 127.0.0.1.
 */
export async function serveBuilt(
  outDir: string,
  workDir: string,
): Promise<{ server: http.Server; origin: string }> {
  const live = path.join(workDir, 'live')
  fs.symlinkSync(outDir, live)
  const server = serveLive(live)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
