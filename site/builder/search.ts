/**
 * The search index, in shards by when stories were published, merged by Pagefind in the reader's
 * browser (`mergeIndex`). A publish re-indexes only its own shard, and no shard ever holds more than
 * half a year of stories, so the time and memory of indexing stay bounded whatever the archive's
 * size (one Pagefind index over 10,000 Chinese stories took 56 s and 4.9 GiB).
 *
 * Shards are smaller the newer they are, so the one a publish touches is small: a day for the
 * current month, a month for the rest of the current year, half a year before that. The first build
 * of a new month (or year) re-indexes last month's days as one month: a cost paid once.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { storyKey, type StoryEntry } from '#contract'
import type { PublicStory } from '#contract'
import { paperDate } from '../src/lib/dates'
import { coverPhotoId, pictureSources } from '../src/lib/photos'
import { storyText } from '../src/lib/text'
import type { Archive } from './archive'

/** The shard a story is indexed in, seen from `now`: `d-2026-12-01`, `m-2026-11` or `h-2025-2`. */
export function shardOf(publishedAt: string, now: Date): string {
  const { year, month, day } = paperDate(publishedAt)
  const today = paperDate(now.toISOString())
  if (year === today.year && month === today.month) return `d-${year}-${month}-${day}`
  if (year === today.year) return `m-${year}-${month}`
  return `h-${year}-${Number(month) <= 6 ? 1 : 2}`
}

/** Shard names newest first: the order the search page merges them in. */
export function newestShardsFirst(names: Iterable<string>): string[] {
  const start = (name: string) => {
    const [kind, year, part, day] = name.split('-')
    if (kind === 'd') return `${year}-${part}-${day}`
    if (kind === 'm') return `${year}-${part}-00`
    return `${year}-${part === '1' ? '01' : '07'}-00`
  }
  return [...names].sort((a, b) => start(b).localeCompare(start(a)))
}

/** Every shard and its stories, oldest first within each. */
export function shardsOf(stories: readonly StoryEntry[], now: Date): Map<string, StoryEntry[]> {
  const shards = new Map<string, StoryEntry[]>()
  for (const entry of [...stories].reverse()) {
    const name = shardOf(entry.publishedAt, now)
    const list = shards.get(name)
    if (list) list.push(entry)
    else shards.set(name, [entry])
  }
  return shards
}

/** What Pagefind stores for a story: its words, its title and picture for the result list. */
function record(story: PublicStory, url: string, archive: Archive) {
  const cover = coverPhotoId(story)
  const photo = cover
    ? archive.photosOf(archive.byKey.get(storyKey(story)) as StoryEntry, [cover])[0]
    : undefined
  const image = photo ? pictureSources(photo).src : undefined
  return {
    url,
    content: storyText(story),
    language: 'zh-cn',
    meta: {
      title: story.title,
      date: story.publishedAt.slice(0, 10),
      ...(image && { image, image_alt: photo?.alt ?? '' }),
    },
    sort: { date: story.publishedAt },
  }
}

/** Pagefind's version, from its package.json (which the package does not export). */
const PAGEFIND_VERSION = (
  JSON.parse(
    fs.readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/pagefind/package.json'),
      'utf8',
    ),
  ) as { version: string }
).version
const INDEX_OPTIONS = { forceLanguage: 'zh-cn' }

/**
 * What a shard's index is made from: Pagefind's version and options, and every record in order.
 * Pagefind writes the same bytes from the same records, so a shard whose digest is unchanged need
 * not be indexed again — a full build after a template change carries search over.
 */
export function shardDigest(archive: Archive, entries: readonly StoryEntry[]): string {
  const hash = crypto.createHash('sha256').update(PAGEFIND_VERSION).update(JSON.stringify(INDEX_OPTIONS))
  for (const entry of entries) {
    hash.update('\0').update(JSON.stringify(record(archive.story(entry), archive.urlOf(entry), archive)))
  }
  return hash.digest('hex').slice(0, 32)
}

type Pagefind = typeof import('pagefind')

/**
 * Pagefind services, one per core. A service writes one index at a time on one thread (two shards
 * sent to one service take as long as one after the other), and indexing Chinese costs it about
 * 6 s of CPU per 1,000 stories: a full build with one service left the second core idle once the
 * pages were rendered. The module keeps its service process in module state, so each slot imports
 * its own instance of the module.
 */
const services: Promise<Pagefind>[] = []
const PAGEFIND_MODULE = import.meta.resolve('pagefind')
const service = (slot: number): Promise<Pagefind> =>
  (services[slot] ??= import(`${PAGEFIND_MODULE}?service=${slot}`) as Promise<Pagefind>)

/** Writes one shard's index into `<outDir>/pagefind/<name>/`, replacing what was there. */
async function writeShard(
  pagefind: Pagefind,
  archive: Archive,
  name: string,
  entries: readonly StoryEntry[],
  outDir: string,
): Promise<void> {
  const target = path.join(outDir, 'pagefind', name)
  // The folder may be a hard-linked copy of the live one: remove, never rewrite in place.
  fs.rmSync(target, { recursive: true, force: true })
  const fail = (step: string, errors: string[]) =>
    new Error(`Pagefind could not ${step} (shard ${name}):\n- ${errors.join('\n- ')}`)
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS)
  if (!index) throw fail('start', errors)
  try {
    for (const entry of entries) {
      const added = await index.addCustomRecord(record(archive.story(entry), archive.urlOf(entry), archive))
      if (added.errors.length > 0) throw fail('index a story', added.errors)
    }
    const written = await index.writeFiles({ outputPath: target })
    if (written.errors.length > 0) throw fail('write its files', written.errors)
  } finally {
    await index.deleteIndex()
  }
}

/**
 * Writes the shards' indexes, the largest first, spread over the services; the first failure
 * stops every service from taking another shard and is thrown once all have stopped.
 */
export async function writeShards(
  archive: Archive,
  shards: ReadonlyMap<string, readonly StoryEntry[]>,
  outDir: string,
): Promise<void> {
  const queue = [...shards].sort(([, a], [, b]) => b.length - a.length)
  const worker = async (slot: number) => {
    const pagefind = await service(slot)
    for (let next = queue.shift(); next; next = queue.shift()) {
      await writeShard(pagefind, archive, next[0], next[1], outDir).catch((error: unknown) => {
        queue.length = 0
        throw error
      })
    }
  }
  const slots = Math.min(os.availableParallelism(), queue.length)
  const results = await Promise.allSettled(Array.from({ length: slots }, (_, slot) => worker(slot)))
  const failure = results.find((r) => r.status === 'rejected')
  if (failure) throw failure.reason
}

/** Stops every Pagefind service this process started. */
export async function closeSearch(): Promise<void> {
  const started = services.splice(0)
  await Promise.all(started.map(async (pagefind) => (await pagefind).close()))
}
