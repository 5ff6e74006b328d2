import fs from 'node:fs'
import path from 'node:path'
import type { Payload, Where } from 'payload'

import type { SiteChange } from '@/payload-types'

import { paperMonthStart } from '../../../site/src/lib/dates'

import {
  editionsListing,
  readPublicEditions,
  readPublicMeta,
  readPublicStories,
  type PublicMeta,
} from './loadPublicContent'
import {
  storyKey,
  FULL_DELTA,
  indexMonths,
  monthFile,
  monthOf,
  readIndex,
  readJson,
  STORE_VERSION,
  storeMonths,
  storePaths,
  storyEntry,
  writeJson,
  writeStoreCommon,
  type MonthFile,
  type StoreDelta,
  type StoreMeta,
  type StoryEntry,
} from './store'
import type { Id, PublicEdition, PublicPhoto, PublicStory } from './types'

export type StoreChange = Pick<SiteChange, 'kind' | 'docId'>

const STORY_COLLECTIONS = { article: 'articles', profile: 'profiles' } as const

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** Paper-time month boundaries as UTC instants: `2025-12` → [2025-11-30T16:00Z, 2025-12-31T16:00Z) in UTC+8. */
const monthRange = (month: string) => ({
  start: paperMonthStart(month),
  end: paperMonthStart(nextMonth(month)),
})

async function edgeMonth(payload: Payload, sort: 'publishedAt' | '-publishedAt') {
  const found = await Promise.all(
    Object.values(STORY_COLLECTIONS).map((collection) =>
      payload.find({
        collection,
        where: { _status: { equals: 'published' }, publishedAt: { exists: true } },
        sort,
        limit: 1,
        depth: 0,
        select: { publishedAt: true },
        overrideAccess: false,
      }),
    ),
  )
  const months = found.flatMap((r) => r.docs.flatMap((d) => (d.publishedAt ? [monthOf(d.publishedAt)] : [])))
  return months.sort()[sort === 'publishedAt' ? 0 : months.length - 1] ?? null
}

const changedIds = <T extends { id: Id }>(before: readonly T[], after: readonly T[]): Id[] => {
  const old = new Map(before.map((item) => [item.id, JSON.stringify(item)]))
  const now = new Map(after.map((item) => [item.id, JSON.stringify(item)]))
  return [...new Set([...old.keys(), ...now.keys()])].filter((id) => old.get(id) !== now.get(id))
}

/**
 * Every published story, read a month at a time so memory stays that of one month's stories
 * whatever the size of the archive.
 */
async function exportAll(payload: Payload, dir: string): Promise<Exported> {
  const meta = await readPublicMeta(payload)
  const index: StoryEntry[] = []
  const first = await edgeMonth(payload, 'publishedAt')
  const last = await edgeMonth(payload, '-publishedAt')
  const add = (month: string, found: { stories: PublicStory[]; photos: PublicPhoto[] }) => {
    const photos = new Map(found.photos.map((p) => [p.id, p]))
    if (fs.existsSync(storePaths(dir).month(month))) {
      const existing = readJson<MonthFile>(storePaths(dir).month(month))
      found.stories.push(...existing.stories)
      for (const p of existing.photos) photos.set(p.id, p)
    }
    if (found.stories.length === 0) return
    writeJson(storePaths(dir).month(month), monthFile(found.stories, photos))
  }
  for (let month = first; month && last && month <= last; month = nextMonth(month)) {
    const { start, end } = monthRange(month)
    const where: Where = {
      and: [{ publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }],
    }
    const found = await readPublicStories(payload, meta, { where })
    const photos = new Map(found.photos.map((p) => [p.id, p]))
    index.push(...found.stories.map((s) => storyEntry(s, photos)))
    add(month, found)
  }
  // A story published before the CMS stamped first-publication times is filed by its last update.
  const undated = await readPublicStories(payload, meta, { where: { publishedAt: { exists: false } } })
  const undatedPhotos = new Map(undated.photos.map((p) => [p.id, p]))
  for (const story of undated.stories) {
    index.push(storyEntry(story, undatedPhotos))
    add(monthOf(story.publishedAt), { stories: [story], photos: undated.photos })
  }
  const live = new Set(index.map(storyKey))
  const editions = await readPublicEditions(payload, (key) => live.has(key))
  const written = writeStoreCommon(dir, meta, editions, index)
  return { ...FULL_DELTA, store: { meta: written, editions, index } }
}

/** Stories whose public record depends on a changed document. */
function storiesToRefresh(
  changes: readonly StoreChange[],
  index: readonly StoryEntry[],
  oldMeta: StoreMeta,
  newMeta: PublicMeta,
): Set<string> {
  const keys = new Set<string>()
  const changedRegions = new Set<Id>()
  for (const { kind, docId } of changes) {
    if (!docId) continue
    if (kind === 'articles') keys.add(`article:${docId}`)
    else if (kind === 'profiles') keys.add(`profile:${docId}`)
    else if (kind === 'regions') changedRegions.add(docId)
    else if (kind === 'media') {
      for (const e of index) if (e.photoIds.includes(docId)) keys.add(storyKey(e))
    } else if (kind === 'contributors') {
      for (const e of index) {
        if (e.creditIds.includes(docId) || e.narratorId === docId || e.photographerIds.includes(docId))
          keys.add(storyKey(e))
      }
    }
  }
  if (changedRegions.size > 0) {
    // A place moved or renamed changes the county of every story tagged with it or below it.
    const affected = new Set<Id>()
    for (const region of [...oldMeta.regions, ...newMeta.regions]) {
      if (region.ancestry.some((id) => changedRegions.has(id))) affected.add(region.id)
    }
    for (const e of index) if (e.regionIds.some((id) => affected.has(id))) keys.add(storyKey(e))
  }
  return keys
}

/**
 * The previous store's editions with those this change can alter read again: editions changed
 * themselves, and editions listing a story that went live or stopped being live (a page shows
 * only its live stories). A ten-year archive has thousands of editions; a publish reads a few.
 */
async function updateEditions(
  payload: Payload,
  oldEditions: readonly PublicEdition[],
  changes: readonly StoreChange[],
  stories: StoreDelta['stories'],
  live: (key: string) => boolean,
): Promise<PublicEdition[]> {
  const ids = new Set<Id>(
    changes.flatMap((c) => (c.kind === 'editions' && c.docId ? [String(c.docId)] : [])),
  )
  const flipped = stories.flatMap(({ before, after }) =>
    !before !== !after ? [(after ?? before) as StoryEntry] : [],
  )
  for (const id of await editionsListing(payload, [...new Set(flipped.map((e) => e.id))])) ids.add(id)
  if (ids.size === 0) return [...oldEditions]
  const fresh = await readPublicEditions(payload, live, { id: { in: [...ids] } })
  return [...oldEditions.filter((e) => !ids.has(e.id)), ...fresh]
}

/**
 * The last store this process exported, by the name its caller gave it: the next export from that
 * store takes its index and editions from here instead of reading them again (at 100,000 stories,
 * 37 MB of JSON a publish).
 */
let last: ({ id: string } & Exported['store']) | null = null

/** An export's delta, and what it wrote of the store's small files. */
type Exported = StoreDelta & { store: { meta: StoreMeta; editions: PublicEdition[]; index: StoryEntry[] } }

async function exportChanges(
  payload: Payload,
  previous: { dir: string; kept: Exported['store'] | null },
  dir: string,
  changes: readonly StoreChange[],
): Promise<Exported> {
  const from = storePaths(previous.dir)
  const to = storePaths(dir)
  const { kept } = previous
  const oldMeta = kept?.meta ?? readJson<StoreMeta>(from.meta)
  const oldEditions = kept?.editions ?? readJson<PublicEdition[]>(from.editions)
  const oldIndex = kept?.index ?? readIndex(previous.dir)
  const meta = await readPublicMeta(payload)

  // Month files nobody touches are carried over as hard links; a changed one is written beside its
  // link and renamed over it, so the previous store keeps its own copy.
  fs.mkdirSync(to.months, { recursive: true })
  for (const month of storeMonths(previous.dir)) fs.linkSync(from.month(month), to.month(month))
  fs.mkdirSync(to.index, { recursive: true })
  for (const month of indexMonths(previous.dir)) fs.linkSync(from.indexMonth(month), to.indexMonth(month))

  const refresh = storiesToRefresh(changes, oldIndex, oldMeta, meta)
  const byKey = new Map(oldIndex.map((e) => [storyKey(e), e]))
  const fresh: PublicStory[] = []
  const photos = new Map<Id, PublicPhoto>()
  for (const type of ['article', 'profile'] as const) {
    const ids = [...refresh].filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1))
    for (let i = 0; i < ids.length; i += 500) {
      const found = await readPublicStories(payload, meta, {
        where: { id: { in: ids.slice(i, i + 500) } },
      })
      fresh.push(...found.stories.filter((s) => s.type === type))
      for (const p of found.photos) photos.set(p.id, p)
    }
  }
  const freshByKey = new Map(fresh.map((s) => [storyKey(s), s]))

  const stories: StoreDelta['stories'] = []
  const touchedMonths = new Set<string>()
  for (const key of refresh) {
    const before = byKey.get(key) ?? null
    const story = freshByKey.get(key)
    const after = story ? storyEntry(story, photos) : null
    if (before) touchedMonths.add(before.month)
    if (after) touchedMonths.add(after.month)
    if (after) byKey.set(key, after)
    else byKey.delete(key)
    stories.push({ before, after })
  }
  for (const month of touchedMonths) {
    const file = to.month(month)
    const existing: MonthFile = fs.existsSync(file) ? readJson<MonthFile>(file) : { stories: [], photos: [] }
    const known = new Map(existing.photos.map((p) => [p.id, p]))
    for (const [id, p] of photos) known.set(id, p)
    const remaining = existing.stories.filter((s) => !refresh.has(storyKey(s)))
    const added = fresh.filter((s) => monthOf(s.publishedAt) === month)
    const all = [...remaining, ...added]
    if (all.length === 0) fs.rmSync(file)
    else writeJson(file, monthFile(all, known))
  }

  const index = [...byKey.values()]
  const live = new Set(index.map(storyKey))
  const editions = await updateEditions(payload, oldEditions, changes, stories, (key) => live.has(key))
  const written = writeStoreCommon(dir, meta, editions, index, touchedMonths)
  return {
    store: { meta: written, editions, index },
    full: false,
    stories,
    paper: JSON.stringify(oldMeta.paper) !== JSON.stringify(meta.paper),
    regions: changedIds(oldMeta.regions, meta.regions),
    contributors: changedIds(oldMeta.contributors, meta.contributors),
    columns: changedIds(oldMeta.columns, meta.columns),
    editions: changedIds(oldEditions, editions),
  }
}

/**
 * Writes the public store for the next build into `dir`: everything, or — given the previous
 * store and what changed since — only what changed, the rest carried over as hard links. Reads
 * through the same readers as every public output (`loadPublicContent.ts`).
 */
export async function exportStore(
  payload: Payload,
  {
    dir,
    id = null,
    previous,
    previousId = null,
    changes,
  }: {
    dir: string
    /** A name for this store, unique for the life of the process (the CMS uses the build id). */
    id?: string | null
    previous: string | null
    /** The name `previous` was exported under, when this process exported it. */
    previousId?: string | null
    changes: readonly StoreChange[] | 'all'
  },
): Promise<StoreDelta> {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const usable =
    previous !== null &&
    changes !== 'all' &&
    !changes.some((c) => c.kind === 'all') &&
    fs.existsSync(storePaths(previous).index) &&
    readJson<StoreMeta>(storePaths(previous).meta).version === STORE_VERSION
  // Forgotten until this export has written its store: a failed one leaves nothing to trust.
  const kept = last && previousId !== null && last.id === previousId ? last : null
  last = null
  const { store, ...delta } = usable
    ? await exportChanges(payload, { dir: previous, kept }, dir, changes)
    : await exportAll(payload, dir)
  writeJson(path.join(dir, 'delta.json'), delta)
  if (id !== null) last = { id, ...store }
  return delta
}
