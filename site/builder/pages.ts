/**
 * Every page of the site, where it lives, what it shows — and which pages a change touches. This is
 * the one place that knows; `pages.test.ts` beside it holds it to that.
 *
 * Lists are laid out so that one story changes a bounded number of pages whatever the size of the
 * archive: each list (a county, a town, a column, a contributor, the profiles) has a front page of
 * its latest stories and an archive page per month, which only that month's stories change. A story
 * page's related stories are the ones published just before it in its county, which later stories
 * never change.
 */
import { storyKey, type StoreDelta, type StoryEntry } from '#contract'
import type { Id, PublicEdition, PublicRegion, PublicStory } from '#contract'
import {
  FEED_ITEMS,
  HOME_PROFILES,
  HOME_STORIES_PER_GROUP,
  NEWS_SITEMAP_WINDOW_MS,
  OLD_PAGE_SIZE,
  RELATED_STORIES,
  STORIES_PER_PAGE,
} from '../src/consts'
import type { Month, PageData } from '../src/pageData'
import { childRegions } from '../src/lib/regions'
import type { SiteContent } from '../src/lib/site'
import { CORRECTIONS_FEED_URL, CORRECTIONS_URL } from '../src/lib/corrections'
import {
  columnUrl,
  contributorUrl,
  editionPageUrl,
  editionUrl,
  EDITIONS_URL,
  groupFeedUrl,
  monthUrl,
  PROFILES_URL,
} from '../src/lib/urls'
import { Archive } from './archive'
import { newestShardsFirst, shardsOf } from './search'

/** The route file each kind of page is rendered by. */
export const ROUTES: Record<PageData['kind'] | 'redirect', string> = {
  home: 'src/pages/index.astro',
  region: 'src/pages/[...region].astro',
  story: 'src/pages/[group]/[year]/[month]/[slug].astro',
  profiles: 'src/pages/profiles/[...page].astro',
  column: 'src/pages/columns/[...column].astro',
  columns: 'src/pages/columns/index.astro',
  contributor: 'src/pages/contributors/[...contributor].astro',
  editions: 'src/pages/editions/index.astro',
  edition: 'src/pages/editions/[date].astro',
  editionPage: 'src/pages/editions/[date]/[page].astro',
  search: 'src/pages/search.astro',
  notFound: 'src/pages/404.astro',
  feed: 'src/pages/rss.xml.ts',
  newsSitemap: 'src/pages/news-sitemap.xml.ts',
  sitemapIndex: 'src/pages/sitemap-index.xml.ts',
  sitemap: 'src/pages/sitemaps/[name].xml.ts',
  robots: 'src/pages/robots.txt.ts',
  corrections: 'src/pages/corrections/index.astro',
  redirect: '',
}

/**
 * Page keys name a page independently of its address: `story:article:12`, `region:5`,
 * `region:5:2025-12`, `contributor:7`, `edition:3`, `redirect:/qingshan-shi/page/2/`…
 */
export type PageKey = string

/**
 * `compute`, worked out once per object: archives and their lists never change once made, and the
 * next build's archive shares every list a change did not touch.
 */
function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>()
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key))
    return known.get(key) as V
  }
}

/** Keys and paths of every page an archive has. */
export const pageMap: (archive: Archive) => ReadonlyMap<PageKey, string> = oncePer(mapPages)

function mapPages(archive: Archive): Map<PageKey, string> {
  const pages = new Map<PageKey, string>()
  const add = (key: PageKey, path: string) => pages.set(key, path)
  add('home', '/')
  add('search', '/search/')
  add('notFound', '/404.html')
  add('robots', '/robots.txt')
  add('feed', '/rss.xml')
  add('newsSitemap', '/news-sitemap.xml')
  add('sitemapIndex', '/sitemap-index.xml')
  add('sitemap:pages', '/sitemaps/pages.xml')
  for (const month of monthsOf(archive.stories)) add(`sitemap:${month}`, `/sitemaps/${month}.xml`)
  add('corrections', CORRECTIONS_URL)
  add('corrections:feed', CORRECTIONS_FEED_URL)
  add('columns', '/columns/')
  add('editions', EDITIONS_URL)
  for (const year of editionYears(archive)) add(`editions:${year}`, `${EDITIONS_URL}${year}/`)
  for (const edition of archive.editions) {
    add(`edition:${edition.id}`, editionUrl(edition.date))
    for (const page of edition.pages) {
      add(editionPageKey(edition, page.number), editionPageUrl(edition.date, page.number))
    }
  }
  for (const group of archive.groups) {
    add(`feed:${group.region.id}`, groupFeedUrl(group.region.slug))
  }
  const listing = (key: string, url: string, stories: readonly StoryEntry[]) => {
    add(key, url)
    for (const month of monthsOf(stories)) add(`${key}:${month}`, monthUrl(url, month))
  }
  for (const region of archive.regions.values()) {
    listing(`region:${region.id}`, archive.regionUrlOf(region.id), archive.inRegion.get(region.id) ?? [])
  }
  listing('profiles', PROFILES_URL, archive.profiles)
  for (const column of archive.meta.columns) {
    listing(`column:${column.id}`, columnUrl(column), archive.inColumn.get(column.id) ?? [])
  }
  for (const contributor of archive.meta.contributors) {
    listing(`contributor:${contributor.id}`, contributorUrl(contributor), archive.workOf(contributor.id))
  }
  for (const entry of archive.stories) add(`story:${storyKey(entry)}`, archive.urlOf(entry))
  for (const [path] of redirects(archive)) add(`redirect:${path}`, path)
  return pages
}

const editionPageKey = (edition: PublicEdition, page: number): PageKey =>
  `editionPage:${edition.id}:${page}`

/** An edition's page and all its printed pages, which show its stories and link to each other. */
const editionPageKeys = (edition: PublicEdition): PageKey[] => [
  `edition:${edition.id}`,
  ...edition.pages.map((page) => editionPageKey(edition, page.number)),
]

/** Months with stories, newest first. */
const monthsOf = oncePer((stories: readonly StoryEntry[]): Month[] =>
  [...new Set(stories.map((s) => s.month))].sort().reverse(),
)

function editionYears(archive: Archive): string[] {
  return [...new Set(archive.editions.map((e) => e.date.slice(0, 4)))].sort().reverse()
}

/**
 * Addresses that must keep answering: where a story was published before its county, date or slug
 * changed, and the numbered list pages of the layout before archives by month (20 stories a
 * page). Each points at the page that now has what it had.
 */
export const redirects: (archive: Archive) => ReadonlyMap<string, string> = oncePer(mapRedirects)

function mapRedirects(archive: Archive): Map<string, string> {
  const map = new Map<string, string>()
  const taken = new Set(archive.stories.map((e) => archive.urlOf(e)))
  for (const entry of archive.stories) {
    for (const former of entry.formerAddresses) {
      const path = archive.baseUrlOf(
        { type: entry.type, slug: former.slug, publishedAt: former.publishedAt },
        former.countyId,
      )
      if (!taken.has(path)) map.set(path, archive.urlOf(entry))
    }
  }
  const numbered = (url: string, count: number) => {
    for (let n = 2; n <= Math.ceil(count / OLD_PAGE_SIZE); n++) map.set(`${url}page/${n}/`, url)
  }
  for (const region of archive.regions.values()) {
    numbered(archive.regionUrlOf(region.id), archive.inRegion.get(region.id)?.length ?? 0)
  }
  for (const column of archive.meta.columns) {
    numbered(columnUrl(column), archive.inColumn.get(column.id)?.length ?? 0)
  }
  numbered(PROFILES_URL, archive.profiles.length)
  return map
}

// ── What a change touches ──────────────────────────────────────────────────────────────────────

/**
 * The pages whose content a change may alter, in the archive after it. Pages that appear or
 * disappear are found by comparing the two page maps; this finds the ones that stay but change.
 */
export function touchedPages(before: Archive, after: Archive, delta: StoreDelta): Set<PageKey> {
  const touched = new Set<PageKey>()
  const add = (key: PageKey) => touched.add(key)
  const listing = (key: string, month: Month) => {
    add(key)
    add(`${key}:${month}`)
  }
  const storyChanged = delta.stories.length > 0
  if (storyChanged) {
    for (const key of ['home', 'feed', 'newsSitemap', 'notFound', 'columns', 'sitemapIndex', 'search', 'sitemap:pages']) add(key)
  }

  for (const { before: old, after: now } of delta.stories) {
    for (const [archive, entry] of [
      [before, old],
      [after, now],
    ] as const) {
      if (!entry) continue
      const key = storyKey(entry)
      add(`story:${key}`)
      add(`sitemap:${entry.month}`)
      // Stories sharing its address settle collisions together.
      const bucket = archive.bucketOf(entry)
      for (const other of archive.inGroup.get(archive.groupIdOf(entry)) ?? []) {
        if (other.month === entry.month && archive.bucketOf(other) === bucket) {
          add(`story:${storyKey(other)}`)
        }
      }
      // The stories published just after it list it among their related stories.
      const group = archive.inGroup.get(archive.groupIdOf(entry)) ?? []
      const at = group.findIndex((e) => storyKey(e) === key)
      for (const later of group.slice(Math.max(0, at - RELATED_STORIES), Math.max(0, at))) {
        add(`story:${storyKey(later)}`)
      }
      add(`feed:${archive.groupIdOf(entry)}`)
      for (const regionId of archive.placesOf(entry)) listing(`region:${regionId}`, entry.month)
      if (entry.columnId) listing(`column:${entry.columnId}`, entry.month)
      for (const id of new Set([
        ...entry.creditIds,
        ...entry.photographerIds,
        ...(entry.narratorId ? [entry.narratorId] : []),
      ])) {
        listing(`contributor:${id}`, entry.month)
      }
      if (entry.type === 'profile') listing('profiles', entry.month)
      if (entry.corrected) {
        add('corrections')
        add('corrections:feed')
      }
      for (const edition of archive.printedIn.get(key) ?? []) editionPageKeys(edition).forEach(add)
    }
  }

  for (const id of delta.editions) {
    add('home')
    add('editions')
    const dates = [before, after].flatMap((a) => a.editions.filter((e) => e.id === id))
    for (const edition of dates) {
      editionPageKeys(edition).forEach(add)
      add(`editions:${edition.date.slice(0, 4)}`)
      // Its neighbours link to it; its stories say where they ran.
      for (const archive of [before, after]) {
        const at = archive.editions.findIndex((e) => e.id === id)
        if (at > 0) add(`edition:${archive.editions[at - 1].id}`)
        if (at >= 0 && at + 1 < archive.editions.length) add(`edition:${archive.editions[at + 1].id}`)
      }
      for (const page of edition.pages) for (const ref of page.stories) add(`story:${storyKey(ref)}`)
    }
  }
  for (const id of delta.contributors) {
    for (const archive of [before, after]) {
      for (const entry of archive.workOf(id)) listing(`contributor:${id}`, entry.month)
    }
    add(`contributor:${id}`)
  }
  for (const id of delta.columns) {
    add('home')
    add('columns')
    for (const archive of [before, after]) {
      for (const entry of archive.inColumn.get(id) ?? []) {
        listing(`column:${id}`, entry.month)
        add(`story:${storyKey(entry)}`)
      }
    }
    add(`column:${id}`)
  }
  return touched
}

/**
 * The paper's settings and its places are on every page (its name, the counties in the navigation):
 * when they change, only a full render is right.
 */
export const needsFullRender = (delta: StoreDelta) =>
  delta.full || delta.paper || delta.regions.length > 0

// ── What a page shows ─────────────────────────────────────────────────────────────────────────

/** Collects the records a page shows, so its content holds exactly those. */
class ContentBuilder {
  private readonly storyMap = new Map<string, PublicStory>()
  private readonly regionIds = new Set<Id>()
  private readonly contributorIds = new Set<Id>()
  private readonly columnIds = new Set<Id>()
  private readonly photoIds = new Map<Id, ReturnType<Archive['photosOf']>[number]>()
  private readonly editions = new Map<Id, PublicEdition>()

  constructor(
    private readonly archive: Archive,
    private readonly generatedAt: string,
  ) {
    // Every page carries the counties in its navigation.
    for (const group of archive.groups) this.region(group.region.id)
  }

  region(id: Id | null): this {
    const region = id ? this.archive.regions.get(id) : undefined
    if (region) for (const ancestor of region.ancestry) this.regionIds.add(ancestor)
    return this
  }

  /** A story shown in full, or as a card (no text, cover photo only). */
  story(entry: StoryEntry, full = false): string {
    const key = storyKey(entry)
    const story = this.archive.story(entry)
    const known = this.storyMap.get(key)
    if (!known || full) {
      this.storyMap.set(
        key,
        full || known
          ? story
          : story.type === 'article'
            ? { ...story, body: [] }
            : { ...story, chapters: [] },
      )
    }
    const photos = full ? entry.photoIds : entry.photoIds.slice(0, 1)
    for (const photo of this.archive.photosOf(entry, photos)) {
      this.photoIds.set(photo.id, photo)
      if (photo.credit?.contributorId) this.contributorIds.add(photo.credit.contributorId)
    }
    for (const id of entry.regionIds) this.region(id)
    this.region(entry.countyId)
    for (const id of entry.creditIds) this.contributorIds.add(id)
    if (entry.narratorId) this.contributorIds.add(entry.narratorId)
    if (full) {
      if (entry.columnId) this.columnIds.add(entry.columnId)
      if (story.type === 'profile') this.region(story.narrator.regionId)
      const printed = this.archive.printedIn.get(key)?.[0]
      if (printed) this.editions.set(printed.id, printed)
    }
    return key
  }

  stories(entries: readonly StoryEntry[], full = false): string[] {
    return entries.map((e) => this.story(e, full))
  }

  photo(entry: StoryEntry, photoId: Id): this {
    for (const photo of this.archive.photosOf(entry, [photoId])) this.photoIds.set(photo.id, photo)
    return this
  }

  contributor(id: Id): this {
    this.contributorIds.add(id)
    return this
  }

  column(id: Id): this {
    this.columnIds.add(id)
    return this
  }

  edition(edition: PublicEdition): this {
    this.editions.set(edition.id, edition)
    return this
  }

  build(): SiteContent {
    const stories = [...this.storyMap.values()]
    const regions = this.archive.meta.regions.filter((r) => this.regionIds.has(r.id))
    return {
      generatedAt: this.generatedAt,
      paper: this.archive.meta.paper,
      regions,
      contributors: this.archive.meta.contributors.filter((c) => this.contributorIds.has(c.id)),
      columns: this.archive.meta.columns.filter((c) => this.columnIds.has(c.id)),
      photos: [...this.photoIds.values()],
      articles: stories.filter((s) => s.type === 'article'),
      profiles: stories.filter((s) => s.type === 'profile'),
      editions: [...this.editions.values()],
      storyUrls: Object.fromEntries(stories.map((s) => [storyKey(s), this.archive.urlOf(s)])),
      regionUrls: Object.fromEntries(regions.map((r) => [r.id, this.archive.regionUrlOf(r.id)])),
    }
  }
}

const byId = <T extends { id: Id }>(items: readonly T[], id: Id, what: string): T => {
  const item = items.find((i) => i.id === id)
  if (!item) throw new Error(`${what} ${id} is not in the store`)
  return item
}

function listingData(
  content: ContentBuilder,
  stories: readonly StoryEntry[],
  month: Month | null,
): { stories: string[]; months: Month[]; month: Month | null } {
  const shown = month ? stories.filter((s) => s.month === month) : stories.slice(0, STORIES_PER_PAGE)
  return { stories: content.stories(shown), months: monthsOf(stories), month }
}

/** What the page with this key shows, or null for a redirect (which is not rendered by Astro). */
export function pageData(archive: Archive, key: PageKey, now: Date): PageData | null {
  const content = new ContentBuilder(archive, now.toISOString())
  const [kind, ...rest] = key.split(':')
  const arg = rest.join(':')
  const month = (value: string | undefined) => (value && /^\d{4}-\d{2}$/.test(value) ? value : null)

  switch (kind) {
    case 'home': {
      const edition = archive.editions.find((e) => e.pages.some((p) => p.stories.length > 0))
      const leads = edition
        ? [...edition.pages]
            .sort((a, b) => a.number - b.number)
            .flatMap((page) => page.stories.slice(0, 1))
            .flatMap((ref) => archive.byKey.get(storyKey(ref)) ?? [])
        : []
      const groups = archive.groups.map((group) => ({
        regionId: group.region.id,
        stories: content.stories((archive.inGroup.get(group.region.id) ?? []).slice(0, HOME_STORIES_PER_GROUP)),
      }))
      const columns = archive.meta.columns.map((column) => {
        content.column(column.id)
        const latest = archive.inColumn.get(column.id)?.[0]
        return { columnId: column.id, latest: latest ? content.story(latest) : null }
      })
      // The lead stories are shown under the edition's date and number: without the edition in the
      // page's content the template drops the whole section.
      if (edition) content.edition(edition)
      return {
        kind: 'home',
        edition: edition ? { id: edition.id, leads: content.stories(leads) } : null,
        groups,
        profiles: content.stories(archive.profiles.slice(0, HOME_PROFILES)),
        columns,
        content: content.build(),
      }
    }
    case 'region': {
      const [id, m] = rest
      const region = archive.regions.get(id) as PublicRegion
      for (const child of childRegions(region, archive.regions.values())) {
        content.region(child.id)
        if (region.level === 'county') {
          for (const community of childRegions(child, archive.regions.values())) content.region(community.id)
        }
      }
      content.region(id)
      const list = listingData(content, archive.inRegion.get(id) ?? [], month(m))
      return { kind: 'region', regionId: id, ...list, content: content.build() }
    }
    case 'story': {
      const entry = archive.byKey.get(arg)
      if (!entry) throw new Error(`story ${arg} is not in the store`)
      const group = archive.inGroup.get(archive.groupIdOf(entry)) ?? []
      const at = group.findIndex((e) => storyKey(e) === arg)
      const related = content.stories(group.slice(at + 1, at + 1 + RELATED_STORIES))
      return { kind: 'story', key: content.story(entry, true), related, content: content.build() }
    }
    case 'profiles':
      return { kind: 'profiles', ...listingData(content, archive.profiles, month(arg)), content: content.build() }
    case 'column': {
      const [id, m] = rest
      content.column(id)
      const list = listingData(content, archive.inColumn.get(id) ?? [], month(m))
      return { kind: 'column', columnId: id, ...list, content: content.build() }
    }
    case 'columns':
      return {
        kind: 'columns',
        columns: archive.meta.columns.map((c) => {
          content.column(c.id)
          return { columnId: c.id, count: archive.inColumn.get(c.id)?.length ?? 0 }
        }),
        content: content.build(),
      }
    case 'contributor': {
      const [id, m] = rest
      content.contributor(id)
      const shownMonth = month(m)
      const inMonth = (list: readonly StoryEntry[]) =>
        shownMonth ? list.filter((e) => e.month === shownMonth) : list.slice(0, STORIES_PER_PAGE)
      // A photo shown in several stories is listed once, with the newest of them; only the stories
      // listed go into the page's content (the build's check holds the page to linking each).
      const seen = new Set<Id>()
      const photos = inMonth(archive.photographed.get(id) ?? []).flatMap((entry) =>
        archive
          .photosOf(entry)
          .filter((p) => p.credit?.contributorId === id && !seen.has(p.id) && seen.add(p.id))
          .map((p) => {
            content.photo(entry, p.id)
            return { photoId: p.id, story: content.story(entry) }
          }),
      )
      return {
        kind: 'contributor',
        contributorId: id,
        stories: content.stories(inMonth(archive.credited.get(id) ?? [])),
        narrated: content.stories(inMonth(archive.narrated.get(id) ?? [])),
        photos,
        months: monthsOf(archive.workOf(id)),
        month: shownMonth,
        content: content.build(),
      }
    }
    case 'editions': {
      const years = editionYears(archive)
      const year = /^\d{4}$/.test(arg) ? arg : null
      const editions = year
        ? archive.editions.filter((e) => e.date.startsWith(year))
        : archive.editions.slice(0, STORIES_PER_PAGE)
      for (const e of editions) content.edition(e)
      return { kind: 'editions', editions: editions.map((e) => e.id), years, year, content: content.build() }
    }
    case 'edition': {
      const at = archive.editions.findIndex((e) => e.id === arg)
      const edition = byId(archive.editions, arg, 'edition')
      content.edition(edition)
      for (const page of edition.pages) {
        for (const ref of page.stories) {
          const entry = archive.byKey.get(storyKey(ref))
          if (entry) content.story(entry)
        }
      }
      return {
        kind: 'edition',
        editionId: arg,
        newer: archive.editions[at - 1]?.date ?? null,
        older: archive.editions[at + 1]?.date ?? null,
        content: content.build(),
      }
    }
    case 'editionPage': {
      const [id, number] = rest
      const edition = byId(archive.editions, id, 'edition')
      content.edition(edition)
      const numbers = edition.pages.map((p) => p.number).sort((a, b) => a - b)
      const at = numbers.indexOf(Number(number))
      const page = edition.pages.find((p) => p.number === Number(number))
      for (const ref of page?.stories ?? []) {
        const entry = archive.byKey.get(storyKey(ref))
        if (entry) content.story(entry)
      }
      return {
        kind: 'editionPage',
        editionId: id,
        page: Number(number),
        previous: numbers[at - 1] ?? null,
        next: numbers[at + 1] ?? null,
        content: content.build(),
      }
    }
    case 'search':
      return {
        kind: 'search',
        shards: newestShardsFirst(shardsOf(archive.stories, now).keys()),
        content: content.build(),
      }
    case 'notFound':
      return { kind: 'notFound', latest: content.stories(archive.stories.slice(0, 5)), content: content.build() }
    case 'feed': {
      const stories = (arg ? archive.inGroup.get(arg) : archive.stories) ?? []
      return {
        kind: 'feed',
        regionId: arg || null,
        stories: content.stories(stories.slice(0, FEED_ITEMS)),
        content: content.build(),
      }
    }
    case 'newsSitemap': {
      const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS
      const recent = archive.stories.filter((s) => {
        const at = Date.parse(s.publishedAt)
        return at > since && at <= now.getTime()
      })
      return { kind: 'newsSitemap', stories: content.stories(recent), content: content.build() }
    }
    case 'sitemapIndex':
      return {
        kind: 'sitemapIndex',
        sitemaps: ['pages', ...monthsOf(archive.stories)],
        content: content.build(),
      }
    case 'sitemap': {
      if (arg === 'pages') {
        const pages = [...pageMap(archive)]
          .filter(([key, path]) => !/^(story|redirect|sitemap|feed|newsSitemap|robots|notFound)/.test(key) && path.endsWith('/') && !key.startsWith('search'))
          .map(([, path]) => ({ url: path, lastmod: null }))
        return { kind: 'sitemap', entries: pages, content: content.build() }
      }
      const entries = archive.stories
        .filter((s) => s.month === arg)
        .map((s) => ({ url: archive.urlOf(s), lastmod: archive.story(s).updatedAt }))
      return { kind: 'sitemap', entries, content: content.build() }
    }
    case 'robots':
      return { kind: 'robots', content: content.build() }
    case 'corrections':
      return {
        kind: 'corrections',
        stories: content.stories(archive.stories.filter((e) => e.corrected)),
        content: content.build(),
      }
    case 'redirect':
      return null
    default:
      throw new Error(`no page kind for ${key}`)
  }
}
