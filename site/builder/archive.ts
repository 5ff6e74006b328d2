/**
 * A public store (cms/src/publicContent/store.ts) as the site builder reads it: the index of every story,
 * sorted and grouped the ways lists need, every story's URL decided once, and the month files read
 * only when a page needs a story's text.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  indexMonths,
  storyKey,
  readJson,
  STORE_VERSION,
  storePaths,
  type MonthFile,
  type StoreDelta,
  type StoreMeta,
  type StoryEntry,
} from '#contract'
import type {
  Id,
  PublicArticle,
  PublicProfile,
  PublicEdition,
  PublicPhoto,
  PublicRegion,
  PublicStory,
} from '#contract'
import { setPaperTimeZone } from '../src/lib/dates'
import { brokenReferences } from '../src/lib/references'
import { byNewest } from '../src/lib/stories'
import { countyGroups, lineage, regionSlugs, type Group } from '../src/lib/regions'
import { editionSchema } from '../src/lib/schema'
import { regionSlugConflict, regionUrl, storyUrl } from '../src/lib/urls'
import { z } from 'astro/zod'

import { monthFileSchema, storeMetaSchema, storyEntrySchema } from './storeSchema'

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

function readFile(file: string): unknown {
  try {
    return readJson<unknown>(file)
  } catch (error) {
    throw new Error(`Cannot read the public store file ${file}: ${reason(error)}`, { cause: error })
  }
}

/** Validates what was read from a store file, or throws an error naming the file and what is wrong. */
function check<T>(file: string, data: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    throw new Error(`The public store file ${file} is not what the site expects:\n${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

const readChecked = <T>(file: string, schema: z.ZodType<T>): T => check(file, readFile(file), schema)

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The lists a story can appear in, each keyed by a region, column or contributor id. */
const LISTS = ['inGroup', 'inRegion', 'inColumn', 'credited', 'narrated', 'photographed'] as const
type List = (typeof LISTS)[number]

/**
 * What is worked out per story from its entry and the places alone — its address before collisions,
 * the places it is listed under — kept from one archive to the next while the places stay the same,
 * so the next build works it out only for the stories that changed.
 */
type Memo = { places: Map<string, Id[]>; bases: WeakMap<StoryEntry, string> }

export class Archive {
  readonly meta: StoreMeta
  readonly regions: ReadonlyMap<Id, PublicRegion>
  readonly groups: readonly Group[]
  readonly prefecture: PublicRegion | null
  /** Newest first. */
  readonly editions: readonly PublicEdition[]
  /** Newest first. */
  readonly stories: readonly StoryEntry[]
  readonly byKey: ReadonlyMap<string, StoryEntry>
  readonly regionUrls: ReadonlyMap<Id, string>
  /** Lists a story appears in, newest first: by group, region (with everything inside), column… */
  private readonly lists: Record<List, Map<Id, StoryEntry[]>>
  get inGroup(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.inGroup
  }
  get inRegion(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.inRegion
  }
  get inColumn(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.inColumn
  }
  get credited(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.credited
  }
  get narrated(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.narrated
  }
  get photographed(): ReadonlyMap<Id, StoryEntry[]> {
    return this.lists.photographed
  }
  readonly profiles: readonly StoryEntry[]
  /** Editions listing each story, oldest first. */
  readonly printedIn = new Map<string, PublicEdition[]>()
  private readonly urls: Map<string, string>
  /** Stories contesting one address (same base URL), newest first. */
  private readonly buckets: Map<string, StoryEntry[]>
  private readonly months = new Map<string, MonthFile>()
  private readonly memo: Memo
  private readonly work: Map<Id, { parts: (readonly StoryEntry[] | undefined)[]; list: StoryEntry[] }>

  /**
   * `checked: false` skips validating the files and their references: for the store of the live
   * build, which was checked when that build read it and is never changed after.
   *
   * Given the archive of the store this one was exported from (`previous`, still in memory) and
   * the export's delta, the archive is that one with the delta applied: only the changed stories'
   * entries are read (from the delta) and checked, only the lists, addresses and month files they
   * touch are worked out again, and everything else is shared. The result is the archive reading
   * the store from scratch would give (pages.test.ts holds it to that). Without them, or after a
   * change of places or of the paper's settings, the store is read whole.
   */
  constructor(
    private readonly dir: string,
    {
      checked = true,
      previous,
      delta,
    }: { checked?: boolean; previous?: Archive | null; delta?: StoreDelta | null } = {},
  ) {
    const read = <T>(file: string, schema: z.ZodType<T>): T =>
      checked ? readChecked(file, schema) : readJson<T>(file)
    const paths = storePaths(dir)
    // Read once; its version is looked at first, so a store of another version is refused for
    // what it is rather than for the fields that differ.
    const meta = readFile(paths.meta)
    const version = (meta as { version?: unknown } | null)?.version
    if (version !== STORE_VERSION) {
      throw new Error(
        `The public store at ${dir} has version ${JSON.stringify(version)}; this site reads version ${STORE_VERSION}. Rebuild with a site that matches the CMS.`,
      )
    }
    this.meta = checked ? check(paths.meta, meta, storeMetaSchema) : (meta as StoreMeta)
    setPaperTimeZone(this.meta.paper.timeZone)
    // Addresses and places hang on the places and the paper's calendar (its time zone).
    const from = previous && delta && !delta.full && !delta.paper && delta.regions.length === 0 ? previous : null
    this.memo = from ? from.memo : { places: new Map(), bases: new WeakMap() }
    this.work = new Map(from?.work)
    this.regions = new Map(this.meta.regions.map((r) => [r.id, r]))
    this.groups = countyGroups(this.meta.regions)
    this.prefecture = this.groups.find((g) => g.region.level === 'prefecture')?.region ?? null
    this.regionUrls = from ? from.regionUrls : this.decideRegionUrls()

    let editions: PublicEdition[]
    if (from && delta) {
      editions = readFile(paths.editions) as PublicEdition[]
      const changed = new Set(delta.editions)
      if (checked) check(paths.editions, editions.filter((e) => changed.has(e.id)), z.array(editionSchema))
    } else {
      editions = read(paths.editions, z.array(editionSchema))
    }
    this.editions = [...editions].sort((a, b) => b.date.localeCompare(a.date))
    for (const edition of [...this.editions].reverse()) {
      for (const page of edition.pages) {
        for (const ref of page.stories) push(this.printedIn, storyKey(ref), edition)
      }
    }

    if (from && delta) {
      const gone = new Set(delta.stories.flatMap((s) => [s.before, s.after]).flatMap((e) => (e ? [storyKey(e)] : [])))
      const added = delta.stories.flatMap((s) => (s.after ? [s.after] : []))
      if (checked) check(path.join(dir, 'delta.json'), added, z.array(storyEntrySchema))
      const kept = (list: readonly StoryEntry[]) => list.filter((e) => !gone.has(storyKey(e)))
      this.stories = [...kept(from.stories), ...added].sort(byNewest)
      const byKey = new Map(from.byKey)
      for (const key of gone) byKey.delete(key)
      for (const entry of added) byKey.set(storyKey(entry), entry)
      this.byKey = byKey
      const removed = delta.stories.flatMap((s) => (s.before ? [s.before] : []))
      // Each list a changed story was or is in is made again; every other list is shared.
      const lists = {} as Record<List, Map<Id, StoryEntry[]>>
      for (const list of LISTS) {
        const map = new Map(from.lists[list])
        const keys = new Set([
          ...removed.flatMap((e) => from.listKeys(e, list)),
          ...added.flatMap((e) => this.listKeys(e, list)),
        ])
        for (const key of keys) {
          const next = [...kept(from.lists[list].get(key) ?? []), ...added.filter((e) => this.listKeys(e, list).includes(key))]
          if (next.length > 0) map.set(key, next.sort(byNewest))
          else map.delete(key)
        }
        lists[list] = map
      }
      this.lists = lists
      this.profiles = [...kept(from.profiles), ...added.filter((e) => e.type === 'profile')].sort(byNewest)
      // Addresses: only the buckets a changed story left or joined are settled again.
      this.urls = new Map(from.urls)
      this.buckets = new Map(from.buckets)
      for (const entry of removed) this.urls.delete(storyKey(entry))
      const bases = new Set([...removed.map((e) => from.bucketOf(e)), ...added.map((e) => this.bucketOf(e))])
      for (const base of bases) {
        const next = [...kept(from.buckets.get(base) ?? []), ...added.filter((e) => this.bucketOf(e) === base)]
        if (next.length > 0) this.buckets.set(base, next.sort(byNewest))
        else this.buckets.delete(base)
      }
      for (const base of bases) this.settleBucket(base)
      // A month file nobody changed is the same file: what was read of it stays read.
      const touched = new Set([...removed, ...added].map((e) => e.month))
      for (const [month, file] of from.months) if (!touched.has(month)) this.months.set(month, file)
      if (checked) this.checkReferences(added, this.editions.filter((e) => delta.editions.includes(e.id)))
      return
    }

    this.stories = indexMonths(dir)
      .flatMap((month) => read(paths.indexMonth(month), z.array(storyEntrySchema)) as StoryEntry[])
      .sort(byNewest)
    this.byKey = new Map(this.stories.map((e) => [storyKey(e), e]))
    const lists = Object.fromEntries(LISTS.map((list) => [list, new Map<Id, StoryEntry[]>()])) as Record<
      List,
      Map<Id, StoryEntry[]>
    >
    for (const entry of this.stories) {
      for (const list of LISTS) for (const key of this.listKeys(entry, list)) push(lists[list], key, entry)
    }
    this.lists = lists
    this.profiles = this.stories.filter((e) => e.type === 'profile')
    this.urls = new Map()
    this.buckets = new Map()
    for (const entry of this.stories) push(this.buckets, this.bucketOf(entry), entry)
    for (const base of this.buckets.keys()) this.settleBucket(base)
    if (checked) this.checkReferences(this.stories, this.editions)
  }

  /** The keys of one kind of list a story appears under. */
  private listKeys(entry: StoryEntry, list: List): readonly Id[] {
    switch (list) {
      case 'inGroup':
        return [this.groupIdOf(entry)]
      case 'inRegion':
        return this.placesOf(entry)
      case 'inColumn':
        return entry.columnId ? [entry.columnId] : []
      case 'credited':
        return entry.creditIds
      case 'narrated':
        return entry.narratorId ? [entry.narratorId] : []
      case 'photographed':
        return entry.photographerIds
    }
  }

  /** Everything a contributor's page lists, newest first. */
  workOf(id: Id): readonly StoryEntry[] {
    const parts = [this.credited.get(id), this.narrated.get(id), this.photographed.get(id)]
    const known = this.work.get(id)
    if (known && known.parts.every((part, i) => part === parts[i])) return known.list
    const all = parts.flatMap((part) => part ?? [])
    const list = [...new Map(all.map((e) => [storyKey(e), e])).values()].sort(byNewest)
    this.work.set(id, { parts, list })
    return list
  }

  /** Every region, column and story the given records name is in the store, or the build stops here. */
  private checkReferences(stories: readonly StoryEntry[], editions: readonly PublicEdition[]): void {
    const dir = this.dir
    const problems = stories.flatMap((e) => {
      const where = `${storyKey(e)}`
      return [
        ...[...e.regionIds, ...(e.countyId ? [e.countyId] : [])]
          .filter((id) => !this.regions.has(id))
          .map((id) => `${where} refers to region ${id}, which is not in the store`),
        ...(e.columnId && !this.meta.columns.some((c) => c.id === e.columnId)
          ? [`${where} refers to column ${e.columnId}, which is not in the store`]
          : []),
      ]
    })
    for (const edition of editions) {
      for (const page of edition.pages) {
        for (const ref of page.stories) {
          if (!this.byKey.has(storyKey(ref))) {
            problems.push(`edition ${edition.date} page ${page.number} lists ${storyKey(ref)}, which is not in the store`)
          }
        }
      }
    }
    if (problems.length > 0) {
      throw new Error(`The public store at ${dir} is incomplete:\n- ${problems.slice(0, 20).join('\n- ')}`)
    }
  }

  /**
   * The region pages that list a story: every place it is tagged with and every place above them,
   * up to its county; prefecture-wide stories are listed on the prefecture's own page.
   */
  placesOf(entry: StoryEntry): Id[] {
    // Stories share a handful of tag combinations: each is walked up the tree once.
    const key = `${entry.countyId === null ? 'wide' : 'county'}:${entry.regionIds.join(',')}`
    let cached = this.memo.places.get(key)
    if (!cached) {
      cached = this.walkPlaces(entry)
      this.memo.places.set(key, cached)
    }
    return cached
  }

  private walkPlaces(entry: StoryEntry): Id[] {
    const places = new Set(
      entry.regionIds.flatMap((id) => {
        const region = this.regions.get(id)
        return region
          ? lineage(region, this.regions)
              .filter((r) => r.level !== 'prefecture')
              .map((r) => r.id)
          : []
      }),
    )
    if (entry.countyId === null && this.prefecture) places.add(this.prefecture.id)
    return [...places]
  }

  groupIdOf(entry: StoryEntry): Id {
    const id = entry.countyId ?? this.prefecture?.id
    if (!id || !this.regions.has(id)) {
      throw new Error(`story ${storyKey(entry)} belongs to no county-level group`)
    }
    return id
  }

  groupOf(entry: StoryEntry): Group {
    const id = this.groupIdOf(entry)
    const group = this.groups.find((g) => g.region.id === id)
    if (!group) throw new Error(`story ${storyKey(entry)} belongs to no county-level group`)
    return group
  }

  /** Every region gets a page of its own, or the build stops and says which ones collide. */
  private decideRegionUrls(): Map<Id, string> {
    const urls = new Map<Id, string>()
    const owners = new Map<string, string>()
    const problems: string[] = []
    for (const region of this.regions.values()) {
      const slugs = regionSlugs(region, this.regions)
      const url = regionUrl(slugs)
      const conflict = regionSlugConflict(slugs)
      if (conflict) problems.push(`${region.name} (${url}): ${conflict}`)
      const owner = owners.get(url)
      if (owner) problems.push(`${owner} and ${region.name} would share ${url}`)
      owners.set(url, region.name)
      urls.set(region.id, url)
    }
    if (problems.length > 0) {
      throw new Error(`Some regions cannot have a page of their own:\n- ${problems.join('\n- ')}`)
    }
    return urls
  }

  /** The address a story would have, before collisions are settled. */
  baseUrlOf(entry: Pick<StoryEntry, 'type' | 'slug' | 'publishedAt'>, groupId: Id | null): string {
    const group = this.regions.get(groupId ?? this.prefecture?.id ?? '')
    return storyUrl(entry, group?.slug ?? '')
  }

  /**
   * The oldest story keeps a contested address and a later namesake takes its id as a suffix, so a
   * URL once published never changes hands. Only stories of the same group, month and slug can
   * contest one, so this is settled within those few.
   */
  private settleBucket(base: string): void {
    const taken = new Set<string>()
    for (const entry of [...(this.buckets.get(base) ?? [])].reverse()) {
      let url = base
      if (taken.has(url)) {
        url = this.baseUrlOf({ ...entry, slug: `${entry.slug}-${entry.id}` }, this.groupIdOf(entry))
      }
      taken.add(url)
      this.urls.set(storyKey(entry), url)
    }
  }

  /** Stories whose addresses are settled together: same base URL. */
  bucketOf(entry: StoryEntry): string {
    let base = this.memo.bases.get(entry)
    if (base === undefined) {
      base = this.baseUrlOf(entry, this.groupIdOf(entry))
      this.memo.bases.set(entry, base)
    }
    return base
  }

  urlOf(entry: { type: PublicStory['type']; id: Id }): string {
    const url = this.urls.get(storyKey(entry))
    if (!url) throw new Error(`story ${storyKey(entry)} is not in this store`)
    return url
  }

  regionUrlOf(id: Id): string {
    const url = this.regionUrls.get(id)
    if (!url) throw new Error(`region ${id} is not in this store`)
    return url
  }

  private monthFile(month: string): MonthFile {
    let file = this.months.get(month)
    if (!file) {
      const name = storePaths(this.dir).month(month)
      file = fs.existsSync(name)
        ? readChecked<MonthFile>(name, monthFileSchema)
        : { stories: [], photos: [] }
      const problems = brokenReferences({
        ...this.meta,
        photos: file.photos,
        articles: file.stories.filter((s): s is PublicArticle => s.type === 'article'),
        profiles: file.stories.filter((s): s is PublicProfile => s.type === 'profile'),
        editions: [],
      })
      if (problems.length > 0) {
        throw new Error(`The public store file ${name} is incomplete:\n- ${problems.slice(0, 20).join('\n- ')}`)
      }
      // A full build walks the archive month by month: a few months in memory are enough.
      if (this.months.size >= 24) this.months.delete(this.months.keys().next().value as string)
      this.months.set(month, file)
    }
    return file
  }

  story(entry: StoryEntry): PublicStory {
    const story = this.monthFile(entry.month).stories.find(
      (s) => s.type === entry.type && s.id === entry.id,
    )
    if (!story) throw new Error(`story ${storyKey(entry)} is missing from month ${entry.month}`)
    return story
  }

  /** The photos a story shows, from its month file. */
  photosOf(entry: StoryEntry, only?: readonly Id[]): PublicPhoto[] {
    const wanted = new Set(only ?? entry.photoIds)
    return this.monthFile(entry.month).photos.filter((p) => wanted.has(p.id))
  }
}
