/**
 * The public store: what the CMS hands the site, kept on disk between builds so a publish exports
 * only what changed. One folder per build, written beside the previous one and never changed
 * after (unchanged files are hard links), so a build that dies half-way leaves the last complete
 * store as it was, just as it leaves the live site.
 *
 *   meta.json            regions, contributors, columns (small, rewritten each build)
 *   editions.json        every published edition
 *   index/YYYY-MM.json   one entry per published story, by month: enough to plan which pages a
 *                        change touches (a publish rewrites one month's, not the whole archive's)
 *   months/YYYY-MM.json  the stories first published that month (paper time), with their photos
 *
 * Both sides import this module: the CMS writes stores, the site builder reads them.
 */
import fs from 'node:fs'
import path from 'node:path'

import { paperDate } from '../../../site/src/lib/dates'
import { storyKey } from '../../../site/src/lib/stories'
import type {
  Id,
  PublicSnapshot,
  PublicColumn,
  PublicContributor,
  PublicPaper,
  PublicEdition,
  PublicPhoto,
  PublicRegion,
  PublicStory,
} from './types'

/** Bumped when the layout or a record's shape changes: a site never reads a store it does not know. */
export const STORE_VERSION = 4

/** Bumped when the snapshot's shape changes, so a site never reads a snapshot it does not understand. */
export const SNAPSHOT_VERSION = 1

export type StoreMeta = {
  version: typeof STORE_VERSION
  paper: PublicPaper
  regions: PublicRegion[]
  contributors: PublicContributor[]
  columns: PublicColumn[]
}

/** A story as the planner sees it: where it is listed, whom it credits, what it shows. */
export type StoryEntry = {
  type: PublicStory['type']
  id: Id
  slug: string
  publishedAt: string
  /** YYYY-MM of `publishedAt` in the paper's time zone: the month file that holds the story. */
  month: string
  countyId: Id | null
  regionIds: Id[]
  columnId: Id | null
  /** Bylined contributors, or a profile's compiler. */
  creditIds: Id[]
  narratorId: Id | null
  photoIds: Id[]
  /** Contributors credited for the photos it shows. */
  photographerIds: Id[]
  formerAddresses: PublicStory['formerAddresses']
  /** It carries corrections (更正): the corrections page and feed list it. */
  corrected: boolean
}

export type MonthFile = { stories: PublicStory[]; photos: PublicPhoto[] }

/** `2025-12` for a time in December 2025, paper time. */
export const monthOf = (iso: string): string => {
  const { year, month } = paperDate(iso)
  return `${year}-${month}`
}

export { storyKey }

export function storyEntry(story: PublicStory, photos: ReadonlyMap<Id, PublicPhoto>): StoryEntry {
  const credits =
    story.type === 'article'
      ? story.bylines.map((b) => b.contributorId)
      : story.compiler
        ? [story.compiler.contributorId]
        : []
  return {
    type: story.type,
    id: story.id,
    slug: story.slug,
    publishedAt: story.publishedAt,
    month: monthOf(story.publishedAt),
    countyId: story.countyId,
    regionIds: story.regionIds,
    columnId: story.columnId,
    creditIds: [...new Set(credits)],
    narratorId: story.type === 'profile' ? story.narrator.contributorId || null : null,
    photoIds: story.photoIds,
    photographerIds: [
      ...new Set(
        story.photoIds.flatMap((id) => photos.get(id)?.credit?.contributorId ?? []),
      ),
    ],
    formerAddresses: story.formerAddresses,
    corrected: (story.corrections?.length ?? 0) > 0,
  }
}

export const storePaths = (dir: string) => ({
  dir,
  meta: path.join(dir, 'meta.json'),
  editions: path.join(dir, 'editions.json'),
  index: path.join(dir, 'index'),
  indexMonth: (month: string) => path.join(dir, 'index', `${month}.json`),
  months: path.join(dir, 'months'),
  month: (month: string) => path.join(dir, 'months', `${month}.json`),
})

/** Written beside and renamed over, so a reader never sees half a file. */
export function writeJson(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(data))
  fs.renameSync(tmp, file)
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

const monthsIn = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((name) => /^\d{4}-\d{2}\.json$/.test(name))
        .map((name) => name.slice(0, 7))
        .sort()
    : []

/** The months a store holds stories of, oldest first. */
export const storeMonths = (dir: string): string[] => monthsIn(storePaths(dir).months)

/** The months of a store's index, oldest first. */
export const indexMonths = (dir: string): string[] => monthsIn(storePaths(dir).index)

/** A store's whole index. */
export const readIndex = (dir: string): StoryEntry[] =>
  indexMonths(dir).flatMap((month) => readJson<StoryEntry[]>(storePaths(dir).indexMonth(month)))

/** What an export changed, for the site builder to plan from: `delta.json` in the store. */
export type StoreDelta = {
  /** Everything was exported anew: every page must be considered. */
  full: boolean
  /** Stories whose public record changed: before (in the previous store) and after (null: gone). */
  stories: { before: StoryEntry | null; after: StoryEntry | null }[]
  /** The paper's settings changed: its name is on every page. */
  paper: boolean
  regions: Id[]
  contributors: Id[]
  columns: Id[]
  editions: Id[]
}

export const FULL_DELTA: StoreDelta = {
  full: true,
  stories: [],
  paper: false,
  regions: [],
  contributors: [],
  columns: [],
  editions: [],
}

const byDateThenKey = (
  a: { publishedAt: string; type: PublicStory['type']; id: Id },
  b: typeof a,
) =>
  a.publishedAt.localeCompare(b.publishedAt) ||
  storyKey(a).localeCompare(storyKey(b), 'en', { numeric: true })

/** A month's stories, oldest first, with the photos they show. */
export function monthFile(stories: PublicStory[], photos: ReadonlyMap<Id, PublicPhoto>): MonthFile {
  const shown = new Set(stories.flatMap((s) => s.photoIds))
  return {
    stories: stories.sort(byDateThenKey),
    photos: [...shown]
      .flatMap((id) => photos.get(id) ?? [])
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
  }
}

/**
 * The store's small files: places, people and columns, editions, and the index — of every month,
 * or of the months given, the others being hard links to the previous store's (written first).
 * Returns the meta file as written, with the store's version.
 */
export function writeStoreCommon(
  dir: string,
  meta: Omit<StoreMeta, 'version'>,
  editions: PublicEdition[],
  index: StoryEntry[],
  months: ReadonlySet<string> | 'all' = 'all',
): StoreMeta {
  const paths = storePaths(dir)
  const written: StoreMeta = { version: STORE_VERSION, ...meta }
  writeJson(paths.meta, written)
  writeJson(paths.editions, editions)
  const byMonth = new Map<string, StoryEntry[]>()
  for (const entry of index) {
    if (months !== 'all' && !months.has(entry.month)) continue
    const list = byMonth.get(entry.month)
    if (list) list.push(entry)
    else byMonth.set(entry.month, [entry])
  }
  fs.mkdirSync(paths.index, { recursive: true })
  for (const month of months === 'all' ? [] : months) {
    if (!byMonth.has(month)) fs.rmSync(paths.indexMonth(month), { force: true })
  }
  for (const [month, entries] of byMonth) writeJson(paths.indexMonth(month), entries.sort(byDateThenKey))
  return written
}

/**
 * A store holding exactly a snapshot's content: a draft preview (one story), a test fixture. The
 * snapshot comes from the same readers (`loadPublicContent`).
 */
export function writeStoreFromSnapshot(snapshot: PublicSnapshot, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true })
  const photos = new Map(snapshot.photos.map((p) => [p.id, p]))
  const stories: PublicStory[] = [...snapshot.articles, ...snapshot.profiles]
  const byMonth = new Map<string, PublicStory[]>()
  for (const story of stories) {
    const month = monthOf(story.publishedAt)
    byMonth.set(month, [...(byMonth.get(month) ?? []), story])
  }
  for (const [month, list] of byMonth) writeJson(storePaths(dir).month(month), monthFile(list, photos))
  const { paper, regions, contributors, columns, editions } = snapshot
  writeStoreCommon(
    dir,
    { paper, regions, contributors, columns },
    editions,
    stories.map((s) => storyEntry(s, photos)),
  )
  writeJson(path.join(dir, 'delta.json'), FULL_DELTA)
}
