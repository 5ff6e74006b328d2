import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { storyKey, storyEntry, writeStoreFromSnapshot, type StoreDelta } from '#contract'
import type { PublicSnapshot, PublicStory } from '#contract'
import { archiveOf, fixtureSnapshot } from '../src/test/fixture'
import { Archive } from './archive'
import { needsFullRender, pageData, pageMap, redirects, touchedPages } from './pages'

const NOW = new Date('2025-12-10T04:00:00.000Z')

const storiesOf = (s: PublicSnapshot): PublicStory[] => [...s.articles, ...s.profiles]

/**
 * What the CMS's export would report for a change from one snapshot to the other, worked out here
 * by comparing them whole: every story whose record or photos differ, every place, person, column
 * and edition that differs.
 */
function deltaOf(before: PublicSnapshot, after: PublicSnapshot): StoreDelta {
  const photoJson = (s: PublicSnapshot) => new Map(s.photos.map((p) => [p.id, JSON.stringify(p)]))
  const [oldPhotos, newPhotos] = [photoJson(before), photoJson(after)]
  const oldMap = new Map(before.photos.map((p) => [p.id, p]))
  const newMap = new Map(after.photos.map((p) => [p.id, p]))
  const byKey = (s: PublicSnapshot) => new Map(storiesOf(s).map((st) => [storyKey(st), st]))
  const [b, a] = [byKey(before), byKey(after)]
  const stories: StoreDelta['stories'] = []
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const [x, y] = [b.get(key), a.get(key)]
    const photosMoved = [...(x?.photoIds ?? []), ...(y?.photoIds ?? [])].some(
      (id) => oldPhotos.get(id) !== newPhotos.get(id),
    )
    if (JSON.stringify(x) === JSON.stringify(y) && !photosMoved) continue
    stories.push({
      before: x ? storyEntry(x, oldMap) : null,
      after: y ? storyEntry(y, newMap) : null,
    })
  }
  const changed = <T extends { id: string }>(xs: T[], ys: T[]) => {
    const m = new Map(xs.map((i) => [i.id, JSON.stringify(i)]))
    const n = new Map(ys.map((i) => [i.id, JSON.stringify(i)]))
    return [...new Set([...m.keys(), ...n.keys()])].filter((id) => m.get(id) !== n.get(id))
  }
  return {
    full: false,
    stories,
    paper: JSON.stringify(before.paper) !== JSON.stringify(after.paper),
    regions: changed(before.regions, after.regions),
    contributors: changed(before.contributors, after.contributors),
    columns: changed(before.columns, after.columns),
    editions: changed(before.editions, after.editions),
  }
}

/** Pages that exist in both archives at the same address but whose content differs. */
function changedPages(before: Archive, after: Archive): string[] {
  const [old, now] = [pageMap(before), pageMap(after)]
  const redirectsBefore = redirects(before)
  const redirectsAfter = redirects(after)
  return [...now]
    .filter(([key, path]) => old.get(key) === path)
    .filter(([key, path]) => {
      if (key.startsWith('redirect:')) return redirectsBefore.get(path) !== redirectsAfter.get(path)
      return JSON.stringify(pageData(before, key, NOW)) !== JSON.stringify(pageData(after, key, NOW))
    })
    .map(([key]) => key)
}

const article = (s: PublicSnapshot, title: string) => s.articles.find((a) => a.title === title)!

/** Changes an editor makes, each applied to a fresh copy of the fixture. */
const CHANGES: Record<string, (s: PublicSnapshot) => void> = {
  'publish a new story in a town': (s) => {
    const model = article(s, '绿洲路街道举办邻里文化节')
    s.articles.push({
      ...model,
      id: '900',
      slug: 'xin-gao',
      title: '新稿：绿洲路街道开展冬季义诊',
      publishedAt: '2025-12-10T03:00:00.000Z',
    })
    s.editions[0].pages[0].stories.push({ type: 'article', id: '900' })
  },
  'edit a live story’s title': (s) => {
    article(s, '筑牢冬季供水“安全网”').title = '筑牢冬季供水“安全网”（更新）'
  },
  'retitle a story in a column, on a printed page, with a photo': (s) => {
    const story = s.articles.find(
      (a) =>
        a.columnId &&
        a.photoIds.length > 0 &&
        s.editions.some((e) => e.pages.some((p) => p.stories.some((r) => r.id === a.id))),
    )!
    story.title = `${story.title}（更正）`
  },
  'retitle a profile': (s) => {
    s.profiles[0].title = `${s.profiles[0].title}（修订）`
  },
  'move a story to another county': (s) => {
    const story = article(s, '筑牢冬季供水“安全网”')
    const other = s.regions.find((r) => r.name === '玛纳斯县')!
    story.formerAddresses.push({
      countyId: story.countyId,
      publishedAt: story.publishedAt,
      slug: story.slug,
    })
    story.regionIds = [other.id]
    story.countyId = other.id
  },
  'unpublish a story': (s) => {
    const story = article(s, '筑牢冬季供水“安全网”')
    s.articles = s.articles.filter((a) => a !== story)
    for (const e of s.editions)
      for (const p of e.pages) p.stories = p.stories.filter((r) => r.id !== story.id || r.type !== 'article')
  },
  'rename a contributor on several stories': (s) => {
    const person = s.contributors.find((c) => c.id === '3')!
    person.name = '王正佳（改）'
    for (const story of storiesOf(s)) {
      if (story.type === 'article') {
        for (const b of story.bylines) if (b.contributorId === '3') b.name = person.name
      }
    }
    for (const p of s.photos) if (p.credit?.contributorId === '3') p.credit.name = person.name
  },
  'change a photo’s credit': (s) => {
    const photo = s.photos.find((p) => p.credit)!
    photo.credit = { name: '新华社', contributorId: null }
  },
  'rename a column': (s) => {
    s.columns[0].name = '社区直通车（新）'
  },
  'give a printed page its image and story areas': (s) => {
    const page = s.editions[0].pages[0]
    const image = { filename: 'ban-3.png', width: 3900, height: 5670, mimeType: 'image/png', filesize: 800_000 }
    page.print = { original: image, sizes: {}, pdf: { filename: 'ban-3.pdf', filesize: 27_000 } }
    page.areas = page.stories.map((story, i) => ({ story, x: 0.05, y: 0.1 + i * 0.2, w: 0.9, h: 0.18 }))
  },
  'move a story’s area on its printed page': (s) => {
    const page = s.editions[0].pages[0]
    page.areas = page.stories.slice(0, 1).map((story) => ({ story, x: 0.5, y: 0.5, w: 0.4, h: 0.3 }))
  },
  'publish a story dated in the middle of the archive': (s) => {
    const model = article(s, '筑牢冬季供水“安全网”')
    s.articles.push({ ...model, id: '901', slug: 'bu-fa', title: '补发稿件', publishedAt: '2025-12-03T02:00:00.000Z' })
  },
}

describe('touchedPages', () => {
  for (const [name, change] of Object.entries(CHANGES)) {
    it(`finds every page whose content changes when editors ${name}`, () => {
      const before = fixtureSnapshot()
      const after = fixtureSnapshot()
      change(after)
      const [a0, a1] = [archiveOf(before), archiveOf(after)]
      const delta = deltaOf(before, after)
      expect(needsFullRender(delta)).toBe(false)
      const changed = changedPages(a0, a1)
      expect(changed.length, 'the change should change some page').toBeGreaterThan(0)
      const touched = touchedPages(a0, a1, delta)
      expect(changed.filter((key) => !touched.has(key))).toEqual([])
      // Bounded: a change touches a few dozen pages of the fixture's hundred and more, not all.
      expect(touched.size).toBeLessThan(pageMap(a1).size / 2)
    })
  }

  it('asks for a full render when a place changes: every page’s navigation may', () => {
    const before = fixtureSnapshot()
    const after = fixtureSnapshot()
    after.regions.find((r) => r.name === '阜康市')!.name = '阜康'
    expect(needsFullRender(deltaOf(before, after))).toBe(true)
  })
})

describe('pageMap', () => {
  const archive = archiveOf()
  const pages = pageMap(archive)
  const paths = [...pages.values()]

  it('gives every page its own address', () => {
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('lays every list out as a front page and an archive page per month', () => {
    expect(paths).toContain('/changji-shi/')
    expect(paths).toContain('/changji-shi/2025/12/')
    expect(paths).toContain('/changji-shi/lvzhoulu-jiedao/2025/11/')
    expect(paths).toContain('/profiles/')
    expect(paths).toContain('/columns/she-qu-zhi-tong-che/2025/12/')
    expect(paths).toContain('/contributors/yanghe/')
    expect(paths).toContain('/sitemaps/2025-12.xml')
    for (const edition of archive.editions) {
      for (const page of edition.pages) expect(paths).toContain(`/editions/${edition.date}/${page.number}/`)
    }
  })

  it('keeps the numbered list pages of the old layout answering, pointing at the list', () => {
    const moved = redirects(archive)
    expect(moved.get('/changji-shi/page/2/')).toBe('/changji-shi/')
    expect(pages.get('redirect:/changji-shi/page/2/')).toBe('/changji-shi/page/2/')
  })

  it('leaves a redirect where a story used to live', () => {
    const snapshot = fixtureSnapshot()
    CHANGES['move a story to another county'](snapshot)
    const moved = archiveOf(snapshot)
    const story = article(snapshot, '筑牢冬季供水“安全网”')
    expect(redirects(moved).get('/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang/')).toBe(
      moved.urlOf(story),
    )
    expect(moved.urlOf(story)).toMatch(/^\/manasi-xian\/2025\/12\//)
  })
})

describe('pageData', () => {
  const archive = archiveOf()

  it('lists on a front page only the latest stories, and the rest by month', () => {
    const front = pageData(archive, `region:${archive.meta.regions.find((r) => r.name === '昌吉市')!.id}`, NOW)
    expect(front?.kind === 'region' && front.stories).toHaveLength(20)
    expect(front?.kind === 'region' && front.months).toEqual(['2025-12', '2025-11'])
  })

  it('gives a story the stories published just before it in its county as related', () => {
    const entry = archive.byKey.get('article:102')!
    const page = pageData(archive, 'story:article:102', NOW)
    const group = archive.inGroup.get(archive.groupIdOf(entry))!
    const at = group.indexOf(entry)
    expect(page?.kind === 'story' && page.related).toEqual(
      group.slice(at + 1, at + 6).map((e) => storyKey(e)),
    )
  })

  it("hands a photographer's page only the stories it lists: a photo used twice, with the newer", () => {
    const snapshot = fixtureSnapshot()
    const photo = snapshot.photos.find((p) => p.credit?.contributorId === '6')!
    const [older, newer] = ['104', '105'].map((id) => snapshot.articles.find((a) => a.id === id)!)
    expect(older.photoIds).toContain(photo.id)
    newer.photoIds.push(photo.id)
    const archive = archiveOf(snapshot)
    const page = pageData(archive, 'contributor:6', NOW)
    if (page?.kind !== 'contributor') throw new Error('no contributor page')
    const newest = [older, newer].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
    expect(page.photos.filter((p) => p.photoId === photo.id)).toEqual([
      { photoId: photo.id, story: `article:${newest.id}` },
    ])
    // The build's check refuses a page that does not link every story it was handed.
    expect(Object.keys(page.content.storyUrls).sort()).toEqual(
      [...new Set([...page.stories, ...page.narrated, ...page.photos.map((p) => p.story)])].sort(),
    )
  })

  it('lists in the Google News sitemap the stories of the two days before the build', () => {
    const page = pageData(archive, 'newsSitemap', NOW)
    const keys = page?.kind === 'newsSitemap' ? page.stories : []
    for (const key of keys) {
      const at = Date.parse(archive.byKey.get(key)!.publishedAt)
      expect(at).toBeGreaterThan(NOW.getTime() - 2 * 86_400_000)
      expect(at).toBeLessThanOrEqual(NOW.getTime())
    }
    expect(keys.length).toBeGreaterThan(0)
  })
})

describe('an archive made from the one before and the change', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-warm-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  /** Everything a build reads of an archive, in a form two archives can be compared by. */
  const observed = (archive: Archive) => {
    const keys = (list: readonly { type: 'article' | 'profile'; id: string }[]) => list.map(storyKey)
    const lists = (map: ReadonlyMap<string, readonly { type: 'article' | 'profile'; id: string }[]>) =>
      Object.fromEntries([...map].map(([id, list]) => [id, keys(list)] as const).sort())
    const pages = pageMap(archive)
    return {
      stories: keys(archive.stories),
      urls: archive.stories.map((e) => archive.urlOf(e)),
      inGroup: lists(archive.inGroup),
      inRegion: lists(archive.inRegion),
      inColumn: lists(archive.inColumn),
      credited: lists(archive.credited),
      narrated: lists(archive.narrated),
      photographed: lists(archive.photographed),
      profiles: keys(archive.profiles),
      printedIn: Object.fromEntries([...archive.printedIn].map(([k, eds]) => [k, eds.map((e) => e.id)] as const).sort()),
      editions: archive.editions,
      pages: [...pages],
      redirects: [...redirects(archive)],
      data: [...pages.keys()].map((key) => JSON.stringify(pageData(archive, key, NOW))),
    }
  }

  for (const [name, change] of Object.entries(CHANGES)) {
    it(`equals the archive read whole when editors ${name}`, () => {
      const before = fixtureSnapshot()
      const after = fixtureSnapshot()
      change(after)
      const [from, to] = [path.join(dir, `${name}-before`), path.join(dir, `${name}-after`)]
      writeStoreFromSnapshot(before, from)
      writeStoreFromSnapshot(after, to)
      const previous = new Archive(from)
      // What the previous build read stays read, as it does in the builder that stays up.
      for (const entry of previous.stories) previous.story(entry)
      observed(previous)
      const warm = new Archive(to, { previous, delta: deltaOf(before, after) })
      expect(observed(warm)).toEqual(observed(new Archive(to)))
    })
  }

  it('reads the store whole after a change of places', () => {
    const before = fixtureSnapshot()
    const after = fixtureSnapshot()
    after.regions.find((r) => r.name === '阜康市')!.slug = 'fukang'
    const [from, to] = [path.join(dir, 'places-before'), path.join(dir, 'places-after')]
    writeStoreFromSnapshot(before, from)
    writeStoreFromSnapshot(after, to)
    const previous = new Archive(from)
    const warm = new Archive(to, { previous, delta: deltaOf(before, after) })
    expect(observed(warm)).toEqual(observed(new Archive(to)))
    expect(warm.regionUrlOf(after.regions.find((r) => r.name === '阜康市')!.id)).toBe('/fukang/')
  })
})
