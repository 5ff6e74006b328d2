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
} from '#contract'
import type { Id } from '#contract'
import { editionPrintFiles } from '../src/lib/pagePrints'
import { photoFiles } from '../src/lib/photos'
import { redirectHtml } from '../src/lib/redirect'
import type { PageData } from '../src/pageData'
import { Archive } from './archive'
import { pageRefusal } from './checkPage'
import { needsFullRender, pageData, pageMap, redirects, ROUTES, touchedPages, type PageKey } from './pages'
import { loadRenderer } from './renderer'
import { closeSearch, shardDigest, shardOf, shardsOf, writeShards } from './search'

const run = promisify(execFile)

export type BuildOptions = {
  /** The store to build from, with the `delta.json` its export wrote. */
  storeDir: string
  /** The store the live build was made from, when building incrementally. */
  previousStoreDir: string | null
  /**
   * The live build's folder and the digests of its search shards (its report's): a shard whose
   * records have not changed is carried over from it instead of indexed again, in full builds too.
   */
  searchFrom: { dir: string; digests: Readonly<Record<string, string>> } | null
  /** The live build's folder, and the renderer fingerprint it was made with. */
  live: { dir: string; fingerprint: string } | null
  /**
   * The build before the live one, and what the live build changed since it (its `changed`): an
   * incremental build takes that folder over and brings it up to date, instead of copying the
   * whole live build — a cost of the change, not of the archive.
   */
  recycle: { dir: string; changed: string[] } | null
  outDir: string
  siteRoot: string
  mediaDir: string
  siteUrl: string
  now: Date
  /**
   * Names for the store this build reads and the one the live build was made from (the CMS uses
   * build ids): a builder that stays up between builds (service.ts) knows by them that the archive
   * it holds is the live build's, and applies the change to it instead of reading both stores.
   */
  storeId?: string
  previousStoreId?: string | null
}

/** What a builder that stays up keeps of its last build: the archive, and the name of its store. */
export type Kept = { storeId: string; archive: Archive }

export type BuildReport = {
  full: boolean
  fingerprint: string
  stories: number
  pages: { total: number; rendered: number; deleted: number }
  /** Search shards: `carried` over unchanged from the live build (`built` counts them). */
  shards: { total: number; built: number; carried: number; deleted: number; digests: Record<string, string> }
  media: { linked: number; removed: number }
  /**
   * Every file or search shard folder this build wrote or removed, relative to its folder, so the
   * next build can bring this build's predecessor up to date; null for a full build.
   */
  changed: string[] | null
  /** How the build started from the live one: rendered afresh, copied, or the previous one recycled. */
  start: 'fresh' | 'copied' | 'recycled'
  /** The live build's archive was still in the builder's memory: only the change was read. */
  warm: boolean
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

/** Removes a file or folder of the build, and the folders above it that this leaves empty. */
function removeFile(outDir: string, relative: string): void {
  const file = path.join(outDir, relative)
  fs.rmSync(file, { recursive: true, force: true })
  for (let dir = path.dirname(file); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir)
    } catch {
      break
    }
  }
}

/** Hard-links a folder of the live build into the new one, file by file. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else fs.linkSync(source, target)
  }
}

/**
 * Brings the build before the live one up to the live one, given what the live build changed:
 * each changed file is replaced by a link to the live one's (or removed where the live build
 * removed it); each re-indexed search shard is linked in whole.
 */
function catchUp(live: string, outDir: string, changed: readonly string[]): void {
  for (const relative of changed) {
    const source = path.join(live, relative)
    const target = path.join(outDir, relative)
    const stat = fs.statSync(source, { throwIfNoEntry: false })
    if (!stat) {
      removeFile(outDir, relative)
    } else if (stat.isDirectory()) {
      fs.rmSync(target, { recursive: true, force: true })
      linkTree(source, target)
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true })
      const tmp = `${target}.${process.pid}.tmp`
      fs.rmSync(tmp, { force: true })
      fs.linkSync(source, tmp)
      fs.renameSync(tmp, target)
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
    for (const photo of archive.photosOf(entry)) {
      files.set(photo.id, photoFiles(photo).map((f) => f.filename))
    }
  }
  return files
}

/** Hard-links each file from the media folder into the build (copies across filesystems). */
function linkMedia(mediaDir: string, outDir: string, names: Iterable<string>): string[] {
  const target = path.join(outDir, 'media')
  fs.mkdirSync(target, { recursive: true })
  const missing: string[] = []
  const linked: string[] = []
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
    linked.push(name)
  }
  if (missing.length > 0) {
    throw new BuildCheckError(
      `${missing.length} media file(s) the store refers to are not in ${mediaDir}:\n- ${missing.slice(0, 10).join('\n- ')}`,
    )
  }
  return linked
}

export async function buildPages(
  options: BuildOptions,
  kept: Kept | null = null,
): Promise<{ report: BuildReport; kept: Kept | null }> {
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
  const warm = kept && options.previousStoreId === kept.storeId ? kept.archive : null
  const archive = new Archive(options.storeDir, { previous: warm, delta })
  phase('read store')
  const full =
    !options.previousStoreDir ||
    !fs.existsSync(storePaths(options.previousStoreDir).index) ||
    !options.live ||
    options.live.fingerprint !== renderer.fingerprint ||
    needsFullRender(delta)
  const changed: string[] = []

  // Search shards are indexed from the store, not the pages, by Pagefind's own process: they are
  // started first and go on while the rest is planned and rendered, on the other core.
  const shards = shardsOf(archive.stories, now)
  const shardDir = path.join(outDir, 'pagefind')
  const previousShards = full || !options.live ? [] : listShards(path.join(options.live.dir, 'pagefind'))
  const stale = previousShards.filter((name) => !shards.has(name))
  const toIndex = new Set(full ? shards.keys() : [...shards.keys()].filter((n) => !previousShards.includes(n)))
  if (!full) {
    for (const { before, after } of delta.stories) {
      for (const entry of [before, after]) if (entry) toIndex.add(shardOf(entry.publishedAt, now))
    }
  }
  for (const name of [...toIndex, ...stale]) changed.push(path.join('pagefind', name))
  const timed = async (name: string, work: () => Promise<void>) => {
    const started = Date.now()
    await work()
    phases[name] = Date.now() - started
  }
  // Indexed into a folder of its own and moved in after the pages are planned: the build folder
  // itself is made (copied or recycled) meanwhile.
  const searchDir = `${outDir}-search.partial`
  fs.rmSync(searchDir, { recursive: true, force: true })
  const digests: Record<string, string> = {}
  for (const name of shards.keys()) {
    const known = options.searchFrom?.digests[name]
    if (known && !toIndex.has(name)) digests[name] = known
  }
  let carried = 0
  const search = timed('search', async () => {
    try {
      const toWrite = new Map<string, StoryEntry[]>()
      for (const name of toIndex) {
        const entries = shards.get(name)
        if (!entries) continue
        digests[name] = shardDigest(archive, entries)
        const from = options.searchFrom && path.join(options.searchFrom.dir, 'pagefind', name)
        if (
          from &&
          options.searchFrom?.digests[name] === digests[name] &&
          fs.existsSync(path.join(from, 'pagefind-entry.json'))
        ) {
          linkTree(from, path.join(searchDir, 'pagefind', name))
          carried += 1
        } else {
          toWrite.set(name, entries)
        }
      }
      await writeShards(archive, toWrite, searchDir)
    } finally {
      await closeSearch()
    }
  })
  // A failure while planning still waits for Pagefind, so no write outlives the build.
  const planning = (async () => {
    const pages = pageMap(archive)
    const paths = new Set(pages.values())
    let toRender: PageKey[]
    let toDelete: string[] = []
    let start: BuildReport['start'] = 'fresh'
    // Photos the change may drop, found in the live build's store.
    let dropped = new Map<Id, string[]>()
    fs.rmSync(outDir, { recursive: true, force: true })
    if (full || !options.live || !options.previousStoreDir) {
      // A handful of files, possibly on another filesystem than the builds: copied.
      fs.cpSync(renderer.clientDir, outDir, { recursive: true })
      toRender = [...pages.keys()]
    } else {
      if (options.recycle && fs.existsSync(options.recycle.dir)) {
        fs.renameSync(options.recycle.dir, outDir)
        catchUp(options.live.dir, outDir, options.recycle.changed)
        start = 'recycled'
      } else {
        // One process, no per-file calls from JavaScript: copying tens of thousands of links
        // costs about as much as listing them.
        await run('cp', ['-al', options.live.dir, outDir])
        start = 'copied'
      }
      const previous = warm ?? new Archive(options.previousStoreDir, { checked: false })
      const before = pageMap(previous)
      const touched = touchedPages(previous, archive, delta)
      toRender = [...pages].filter(([key, p]) => touched.has(key) || before.get(key) !== p).map(([key]) => key)
      toDelete = [...before.values()].filter((p) => !paths.has(p))
      dropped = photoFilesOf(previous, delta.stories.flatMap((s) => (s.before ? [s.before] : [])))
    }
    return { pages, toRender, toDelete, start, dropped }
  })()
  const [planned] = await Promise.allSettled([planning])
  if (planned.status === 'rejected') {
    await search.catch(() => undefined)
    fs.rmSync(searchDir, { recursive: true, force: true })
    throw planned.reason
  }
  const { pages, toDelete, start, dropped } = planned.value
  const toRender = byMonth(archive, planned.value.toRender)
  phase('plan')

  const redirectTargets = redirects(archive)
  const origin = options.siteUrl.replace(/\/$/, '')
  const render = timed('render', async () => {
    for (const key of toRender) {
      const urlPath = pages.get(key) as string
      const file = fileOf(outDir, urlPath)
      changed.push(path.relative(outDir, file))
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
      // A template that silently dropped a story, or rendered nothing, must not go live.
      const refusal = pageRefusal(urlPath, key, data, body)
      if (refusal) throw new BuildCheckError(refusal)
      replaceFile(file, body)
      // Rendering never waits on I/O: without a turn of the event loop here, Pagefind's answers
      // (its own process, on the other core) sat unread until the last page was rendered.
      await new Promise((resolve) => setImmediate(resolve))
    }
    for (const urlPath of toDelete) {
      const relative = path.relative(outDir, fileOf(outDir, urlPath))
      removeFile(outDir, relative)
      changed.push(relative)
    }
  })
  // Both settle before either's failure is reported, so no write outlives the build.
  const settled = await Promise.allSettled([render, search])
  try {
    for (const result of settled) if (result.status === 'rejected') throw result.reason
    for (const name of [...toIndex, ...stale]) fs.rmSync(path.join(shardDir, name), { recursive: true, force: true })
    for (const name of toIndex) {
      if (fs.existsSync(path.join(searchDir, 'pagefind', name))) {
        fs.mkdirSync(shardDir, { recursive: true })
        fs.renameSync(path.join(searchDir, 'pagefind', name), path.join(shardDir, name))
      }
    }
  } finally {
    fs.rmSync(searchDir, { recursive: true, force: true })
  }
  mark = Date.now()

  // Photos: every file a published story shows, and no other.
  let linked: string[]
  let removed = 0
  if (full) {
    const names = new Set<string>()
    for (const files of photoFilesOf(archive, archive.stories).values()) for (const f of files) names.add(f)
    linked = linkMedia(options.mediaDir, outDir, names)
  } else {
    const changedStories = delta.stories.flatMap((s) => (s.after ? [archive.byKey.get(storyKey(s.after)) as StoryEntry] : []))
    const added = photoFilesOf(archive, changedStories.filter(Boolean))
    linked = linkMedia(options.mediaDir, outDir, [...added.values()].flat())
    const shown = new Set(archive.stories.flatMap((e) => e.photoIds))
    for (const [id, files] of dropped) {
      if (shown.has(id)) continue
      for (const name of files) {
        fs.rmSync(path.join(outDir, 'media', name), { force: true })
        changed.push(path.join('media', name))
      }
      removed += 1
    }
  }
  // Printed pages (电子版): the files of every edition a full build shows, or of those that changed.
  const printed = full ? archive.editions : archive.editions.filter((e) => delta.editions.includes(e.id))
  linked.push(...linkMedia(options.mediaDir, outDir, printed.flatMap(editionPrintFiles)))
  // The masthead logo (报社设置) is on every page and in no story; already there, it costs a stat.
  const logo = archive.meta.paper.logo
  if (logo) linked.push(...linkMedia(options.mediaDir, outDir, photoFiles(logo).map((f) => f.filename)))
  for (const name of linked) changed.push(path.join('media', name))
  phase('media')

  // The check: every published story has its page (each rendered now named its story, above). An
  // incremental build started from a build that passed it and changed only the pages it rendered
  // or deleted: the stories of the change are the ones to look for.
  const mustHave = full
    ? archive.stories
    : delta.stories.flatMap((s) => (s.after ? [archive.byKey.get(storyKey(s.after)) as StoryEntry] : []))
  for (const entry of mustHave) {
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

  const report: BuildReport = {
    full,
    fingerprint: renderer.fingerprint,
    stories: archive.stories.length,
    pages: { total: pages.size, rendered: toRender.length, deleted: toDelete.length },
    shards: { total: shards.size, built: toIndex.size, carried, deleted: stale.length, digests },
    media: { linked: linked.length, removed },
    changed: full ? null : [...new Set(changed)],
    start,
    warm: warm !== null,
    phases,
    wallMs: Date.now() - started,
  }
  return { report, kept: options.storeId ? { storeId: options.storeId, archive } : null }
}

/**
 * The pages in the order that reads each month file once: pages of no month first (front pages,
 * feeds: the newest months), then month by month, newest first — a story page by its story's
 * month, a list's archive page by its own. Keys in pageMap's order would walk every month once per
 * list, and the archive keeps only a few months in memory: a full build of 100,000 stories read
 * month files thousands of times over.
 */
function byMonth(archive: Archive, keys: PageKey[]): PageKey[] {
  const monthOf = (key: PageKey): string => {
    if (key.startsWith('story:')) return archive.byKey.get(key.slice('story:'.length))?.month ?? ''
    return /:(\d{4}-\d{2})$/.exec(key)?.[1] ?? ''
  }
  const months = new Map(keys.map((key) => [key, monthOf(key)]))
  return [...keys].sort((a, b) => {
    const [ma, mb] = [months.get(a) as string, months.get(b) as string]
    if (ma === mb) return 0
    if (!ma || !mb) return ma ? 1 : -1
    return mb.localeCompare(ma)
  })
}

const listShards = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])

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
