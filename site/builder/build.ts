/**
 * Builds the site from a public store into a fresh folder. A full build renders every page; an
 * incremental one starts from a hard-linked copy of the live build and re-renders only the pages a
 * change touches (pages.ts), re-indexes only the search shards it touches (search.ts), and links or
 * unlinks only the photos it adds or drops. Either way nothing is ever written into a file the live
 * build shares: every write replaces the file (a new inode), never rewrites it in place.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  storyKey,
  readJson,
  storePaths,
  type StoreDelta,
  type StoryEntry,
} from '../../cms/src/public/store'
import type { Id, PublicPhoto } from '../../cms/src/public/types'
import { photoFiles } from '../src/lib/photos'
import { redirectHtml } from '../src/lib/redirect'
import type { PageData } from '../src/pageData'
import { Archive } from './archive'
import { needsFullRender, pageData, pageMap, redirects, ROUTES, touchedPages, type PageKey } from './pages'
import { loadRenderer } from './renderer'
import { closeSearch, shardOf, shardsOf, writeShard } from './search'

const run = promisify(execFile)

export type BuildOptions = {
  /** The store to build from, with the `delta.json` its export wrote. */
  storeDir: string
  /** The store the live build was made from, when building incrementally. */
  previousStoreDir: string | null
  /** The live build's folder, and the renderer fingerprint it was made with. */
  live: { dir: string; fingerprint: string } | null
  outDir: string
  siteRoot: string
  mediaDir: string
  siteUrl: string
  now: Date
}

export type BuildReport = {
  full: boolean
  fingerprint: string
  stories: number
  pages: { total: number; rendered: number; deleted: number }
  shards: { total: number; built: number; deleted: number }
  media: { linked: number; removed: number }
  /** Milliseconds per phase; rendering and search indexing overlap. */
  phases: Record<string, number>
  /** The builder's own time, start to finish. */
  wallMs: number
}

export class BuildCheckError extends Error {}

/** Where a page's file goes: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export const fileOf = (outDir: string, urlPath: string) =>
  path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)

/** Replaces a file with new content without touching the inode a hard-linked copy may share. */
function replaceFile(file: string, body: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, body)
  fs.renameSync(tmp, file)
}

/** Removes a page's file, and its folder when that leaves it empty. */
function removePage(outDir: string, urlPath: string): void {
  const file = fileOf(outDir, urlPath)
  fs.rmSync(file, { force: true })
  for (let dir = path.dirname(file); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir)
    } catch {
      break
    }
  }
}

function routeOf(page: PageData, key: PageKey): string {
  if (page.kind === 'story' && page.key.startsWith('profile:')) return 'src/pages/profiles/[slug].astro'
  if (key === 'corrections:feed') return 'src/pages/corrections/rss.xml.ts'
  return ROUTES[page.kind]
}

/** Photo files a set of stories shows, by photo id. */
function photoFilesOf(archive: Archive, entries: Iterable<StoryEntry>): Map<Id, string[]> {
  const files = new Map<Id, string[]>()
  for (const entry of entries) {
    for (const photo of archive.photosOf(entry) as PublicPhoto[]) {
      files.set(photo.id, photoFiles(photo).map((f) => f.filename))
    }
  }
  return files
}

/** Hard-links each file from the media folder into the build (copies across filesystems). */
function linkMedia(mediaDir: string, outDir: string, names: Iterable<string>): number {
  const target = path.join(outDir, 'media')
  fs.mkdirSync(target, { recursive: true })
  const missing: string[] = []
  let linked = 0
  for (const name of names) {
    const to = path.join(target, name)
    if (fs.existsSync(to)) continue
    try {
      fs.linkSync(path.join(mediaDir, name), to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') {
        missing.push(name)
        continue
      }
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error
      fs.copyFileSync(path.join(mediaDir, name), to)
    }
    linked += 1
  }
  if (missing.length > 0) {
    throw new BuildCheckError(
      `${missing.length} media file(s) the store refers to are not in ${mediaDir}:\n- ${missing.slice(0, 10).join('\n- ')}`,
    )
  }
  return linked
}

export async function buildPages(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now()
  const phases: Record<string, number> = {}
  let mark = Date.now()
  const phase = (name: string) => {
    const now = Date.now()
    phases[name] = (phases[name] ?? 0) + now - mark
    mark = now
  }
  const { outDir, now } = options
  const delta = readJson<StoreDelta>(path.join(options.storeDir, 'delta.json'))
  const renderer = await loadRenderer(options.siteRoot)
  phase('renderer')
  const archive = new Archive(options.storeDir)
  const previous =
    options.previousStoreDir && fs.existsSync(storePaths(options.previousStoreDir).index)
      ? new Archive(options.previousStoreDir)
      : null
  phase('read store')
  const full =
    !previous ||
    !options.live ||
    options.live.fingerprint !== renderer.fingerprint ||
    needsFullRender(delta)

  const pages = pageMap(archive)
  const paths = new Set(pages.values())
  let toRender: PageKey[]
  let toDelete: string[] = []
  fs.rmSync(outDir, { recursive: true, force: true })
  if (full || !previous || !options.live) {
    // A handful of files, possibly on another filesystem than the builds: copied.
    fs.cpSync(renderer.clientDir, outDir, { recursive: true })
    toRender = [...pages.keys()]
  } else {
    // One process, no per-file calls from JavaScript: copying tens of thousands of links costs
    // about as much as listing them.
    await run('cp', ['-al', options.live.dir, outDir])
    const before = pageMap(previous)
    const touched = touchedPages(previous, archive, delta)
    toRender = [...pages].filter(([key, p]) => touched.has(key) || before.get(key) !== p).map(([key]) => key)
    toDelete = [...before.values()].filter((p) => !paths.has(p))
  }
  phase('plan')

  // Search shards are indexed from the store, not the pages, by Pagefind's own process: they go on
  // while the pages render, on the other core.
  const shards = shardsOf(archive.stories, now)
  const shardDir = path.join(outDir, 'pagefind')
  const existing = full || !fs.existsSync(shardDir) ? [] : fs.readdirSync(shardDir)
  const stale = existing.filter((name) => !shards.has(name))
  const toIndex = new Set(full ? shards.keys() : [...shards.keys()].filter((n) => !existing.includes(n)))
  if (!full) {
    for (const { before, after } of delta.stories) {
      for (const entry of [before, after]) if (entry) toIndex.add(shardOf(entry.publishedAt, now))
    }
  }
  const timed = async (name: string, work: () => Promise<void>) => {
    const started = Date.now()
    await work()
    phases[name] = Date.now() - started
  }
  const search = timed('search', async () => {
    try {
      for (const name of toIndex) {
        const entries = shards.get(name)
        if (entries) await writeShard(archive, name, entries, outDir)
        else fs.rmSync(path.join(shardDir, name), { recursive: true, force: true })
      }
    } finally {
      await closeSearch()
    }
    for (const name of stale) fs.rmSync(path.join(shardDir, name), { recursive: true, force: true })
  })

  const redirectTargets = redirects(archive)
  const origin = options.siteUrl.replace(/\/$/, '')
  const render = timed('render', async () => {
    for (const key of toRender) {
      const urlPath = pages.get(key) as string
      const file = fileOf(outDir, urlPath)
      if (key.startsWith('redirect:')) {
        replaceFile(file, redirectHtml(`${origin}${redirectTargets.get(urlPath)}`))
        continue
      }
      const data = pageData(archive, key, now)
      if (!data) continue
      const { status, body } = await renderer.render(`${origin}${urlPath}`, routeOf(data, key), data)
      const expected = data.kind === 'notFound' ? 404 : 200
      if (status !== expected) {
        throw new BuildCheckError(`页面 ${urlPath} 生成失败 (rendering ${key} answered ${status})`)
      }
      // A template that silently dropped its story must not go live.
      const story = key.startsWith('story:') ? key.slice('story:'.length) : null
      if (story && !new TextDecoder().decode(body).includes(`data-story="${story}"`)) {
        throw new BuildCheckError(`页面 ${urlPath} 不是该稿件 (the page does not carry ${story})`)
      }
      replaceFile(file, body)
    }
    for (const urlPath of toDelete) removePage(outDir, urlPath)
  })
  // Both settle before either's failure is reported, so no write outlives the build.
  const settled = await Promise.allSettled([render, search])
  for (const result of settled) if (result.status === 'rejected') throw result.reason
  mark = Date.now()

  // Photos: every file a published story shows, and no other.
  let linked = 0
  let removed = 0
  if (full) {
    const names = new Set<string>()
    for (const files of photoFilesOf(archive, archive.stories).values()) for (const f of files) names.add(f)
    linked = linkMedia(options.mediaDir, outDir, names)
  } else if (previous) {
    const changed = delta.stories.flatMap((s) => (s.after ? [archive.byKey.get(storyKey(s.after)) as StoryEntry] : []))
    const added = photoFilesOf(archive, changed.filter(Boolean))
    linked = linkMedia(options.mediaDir, outDir, [...added.values()].flat())
    const shown = new Set(archive.stories.flatMap((e) => e.photoIds))
    const dropped = delta.stories.flatMap((s) => (s.before ? [s.before] : []))
    for (const [id, files] of photoFilesOf(previous, dropped)) {
      if (shown.has(id)) continue
      for (const name of files) fs.rmSync(path.join(outDir, 'media', name), { force: true })
      removed += 1
    }
  }
  phase('media')

  // The check: every published story has its page (each rendered now named its story, above).
  for (const entry of archive.stories) {
    const url = archive.urlOf(entry)
    if (!fs.existsSync(fileOf(outDir, url))) {
      throw new BuildCheckError(`稿件页面缺失：${url} (no page for ${storyKey(entry)})`)
    }
  }
  for (const [name, entries] of shards) {
    if (entries.length > 0 && !fs.existsSync(path.join(shardDir, name, 'pagefind-entry.json'))) {
      throw new BuildCheckError(`搜索索引缺失：${name} (search shard ${name} was not written)`)
    }
  }
  phase('verify')

  return {
    full,
    fingerprint: renderer.fingerprint,
    stories: archive.stories.length,
    pages: { total: pages.size, rendered: toRender.length, deleted: toDelete.length },
    shards: { total: shards.size, built: toIndex.size, deleted: stale.length },
    media: { linked, removed },
    phases,
    wallMs: Date.now() - started,
  }
}

/** A draft's page, rendered by the same templates from a store holding just that draft. */
export async function renderPreview(options: {
  storeDir: string
  siteRoot: string
  siteUrl: string
  now: Date
}): Promise<{ html: string; clientDir: string }> {
  const renderer = await loadRenderer(options.siteRoot)
  const archive = new Archive(options.storeDir)
  const [entry] = archive.stories
  if (!entry) throw new BuildCheckError('预览中没有稿件 (the preview holds no story)')
  const key = `story:${storyKey(entry)}`
  const data = pageData(archive, key, options.now) as PageData
  const url = `${options.siteUrl.replace(/\/$/, '')}${archive.urlOf(entry)}`
  const { status, body } = await renderer.render(url, routeOf(data, key), data)
  if (status !== 200) throw new BuildCheckError(`预览生成失败 (rendering the preview answered ${status})`)
  return { html: new TextDecoder().decode(body), clientDir: renderer.clientDir }
}
