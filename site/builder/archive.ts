/**
 * A public store (cms/src/public/store.ts) as the site builder reads it: the index of every story,
 * sorted and grouped the ways lists need, every story's URL decided once, and the month files read
 * only when a page needs a story's text.
 */
import fs from 'node:fs'

import {
  storyKey,
  readJson,
  STORE_VERSION,
  storePaths,
  type MonthFile,
  type StoreMeta,
  type StoryEntry,
} from '../../cms/src/public/store'
import type {
  Id,
  PublicArticle,
  PublicProfile,
  PublicEdition,
  PublicPhoto,
  PublicRegion,
  PublicStory,
} from '../../cms/src/public/types'
import { setPaperTimeZone } from '../src/lib/dates'
import { brokenReferences } from '../src/lib/references'
import { byNewest } from '../src/lib/stories'
import { countyGroups, lineage, regionSlugs, type Group } from '../src/lib/regions'
import { editionSchema } from '../src/lib/schema'
import { regionSlugConflict, regionUrl, storyUrl } from '../src/lib/urls'
import { z } from 'astro/zod'

import { monthFileSchema, storeMetaSchema, storyEntrySchema } from './storeSchema'

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Reads and validates one store file, or throws an error naming the file and what is wrong. */
function readChecked<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown
  try {
    data = readJson<unknown>(file)
  } catch (error) {
    throw new Error(`Cannot read the public store file ${file}: ${reason(error)}`, { cause: error })
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    throw new Error(`The public store file ${file} is not what the site expects:\n${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

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
  readonly inGroup = new Map<Id, StoryEntry[]>()
  readonly inRegion = new Map<Id, StoryEntry[]>()
  readonly inColumn = new Map<Id, StoryEntry[]>()
  readonly credited = new Map<Id, StoryEntry[]>()
  readonly narrated = new Map<Id, StoryEntry[]>()
  readonly photographed = new Map<Id, StoryEntry[]>()
  readonly profiles: StoryEntry[] = []
  /** Editions listing each story, oldest first. */
  readonly printedIn = new Map<string, PublicEdition[]>()
  private readonly urls = new Map<string, string>()
  private readonly months = new Map<string, MonthFile>()
  private readonly places = new Map<string, Id[]>()

  /**
   * `checked: false` skips validating the files and their references: for the store of the live
   * build, which was checked when that build read it and is never changed after.
   */
  constructor(
    private readonly dir: string,
    { checked = true }: { checked?: boolean } = {},
  ) {
    const read = <T>(file: string, schema: z.ZodType<T>): T =>
      checked ? readChecked(file, schema) : readJson<T>(file)
    const paths = storePaths(dir)
    const version = readJson<{ version?: unknown }>(paths.meta).version
    if (version !== STORE_VERSION) {
      throw new Error(
        `The public store at ${dir} has version ${JSON.stringify(version)}; this site reads version ${STORE_VERSION}. Rebuild with a site that matches the CMS.`,
      )
    }
    this.meta = read(paths.meta, storeMetaSchema) as StoreMeta
    setPaperTimeZone(this.meta.paper.timeZone)
    this.regions = new Map(this.meta.regions.map((r) => [r.id, r]))
    this.groups = countyGroups(this.meta.regions)
    this.prefecture = this.groups.find((g) => g.region.level === 'prefecture')?.region ?? null
    this.editions = [...(read(paths.editions, z.array(editionSchema)) as PublicEdition[])].sort(
      (a, b) => b.date.localeCompare(a.date),
    )
    this.stories = (read(paths.index, z.array(storyEntrySchema)) as StoryEntry[]).sort(
      byNewest,
    )
    this.byKey = new Map(this.stories.map((e) => [storyKey(e), e]))
    this.regionUrls = this.decideRegionUrls()

    for (const entry of this.stories) {
      push(this.inGroup, this.groupIdOf(entry), entry)
      for (const place of this.placesOf(entry)) push(this.inRegion, place, entry)
      if (entry.columnId) push(this.inColumn, entry.columnId, entry)
      for (const id of entry.creditIds) push(this.credited, id, entry)
      if (entry.narratorId) push(this.narrated, entry.narratorId, entry)
      for (const id of entry.photographerIds) push(this.photographed, id, entry)
      if (entry.type === 'profile') this.profiles.push(entry)
    }
    for (const edition of [...this.editions].reverse()) {
      for (const page of edition.pages) {
        for (const ref of page.stories) push(this.printedIn, storyKey(ref), edition)
      }
    }
    this.decideStoryUrls()
    if (checked) this.checkReferences()
  }

  /** Every region, column and story a record names is in the store, or the build stops here. */
  private checkReferences(): void {
    const dir = this.dir
    const problems = this.stories.flatMap((e) => {
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
    for (const edition of this.editions) {
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
    let cached = this.places.get(key)
    if (!cached) {
      cached = this.walkPlaces(entry)
      this.places.set(key, cached)
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
  private decideStoryUrls(): void {
    const buckets = new Map<string, StoryEntry[]>()
    for (const entry of this.stories) push(buckets, this.bucketOf(entry), entry)
    for (const [base, bucket] of buckets) {
      const taken = new Set<string>()
      for (const entry of [...bucket].reverse()) {
        let url = base
        if (taken.has(url)) {
          url = this.baseUrlOf({ ...entry, slug: `${entry.slug}-${entry.id}` }, this.groupIdOf(entry))
        }
        taken.add(url)
        this.urls.set(storyKey(entry), url)
      }
    }
  }

  /** Stories whose addresses are settled together: same base URL. */
  bucketOf(entry: StoryEntry): string {
    return this.baseUrlOf(entry, this.groupIdOf(entry))
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
        ? (readChecked(name, monthFileSchema) as MonthFile)
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
