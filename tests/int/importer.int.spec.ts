import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blocksOfType } from '@/lib/lexical'
import { contentCounts } from '@/backup/backup'
import type { Article, Contributor, Media, Profile, Region } from '@/payload-types'

import { importPage, type ImportReport, type PageImport } from '../../seeds/importer/importPage'
import { PENDING_MARK } from '../../seeds/importer/placeholder'
import { BATCH_ENV } from '../../seeds/lib/allOrNothing'
import { setUpTestArea } from '../helpers/area'
import { startCMS, type TestCMS } from '../helpers/payload'

const PAGE_TEXT = fs.readFileSync(
  new URL('../../seeds/changji-daily-county-page.txt', import.meta.url),
  'utf8',
)
const EXPECTED_TITLES = (
  JSON.parse(
    fs.readFileSync(
      new URL('../fixtures/changji-daily-county-page.expected.json', import.meta.url),
      'utf8',
    ),
  ) as { stories: { title: string }[] }
).stories.map((story) => story.title)

const samplePage = (date: string, imagesDir: string | null = null): PageImport => ({
  text: PAGE_TEXT,
  date,
  edition: 1,
  page: 3,
  pageName: '县市新闻',
  imagesDir,
})

let cms: TestCMS
let payload: Payload
let mediaDir: string
let first: ImportReport

/** Every document and version count, and the media folder: what "changes nothing" compares. */
async function snapshot() {
  const counts = await contentCounts(payload)
  return { counts, files: fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [] }
}

const story = async (index: number): Promise<Article> =>
  payload.findByID({
    collection: 'articles',
    id: first.stories[index].id,
    draft: true,
    depth: 2,
  })

const profile = async (): Promise<Profile> =>
  payload.findByID({
    collection: 'profiles',
    id: first.stories[4].id,
    draft: true,
    depth: 2,
  })

const nameOf = (value: number | Contributor | null | undefined) =>
  (value as Contributor | null)?.name

async function regionNamed(name: string): Promise<Region> {
  const { docs } = await payload.find({
    collection: 'regions',
    where: { name: { equals: name } },
    depth: 3,
  })
  expect(docs).toHaveLength(1)
  return docs[0]
}

/** A folder of real JPEGs named p1.jpg… for the page's six photos, each a different colour. */
async function imagesFolder(corruptLast = false): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-images-'))
  for (let n = 1; n <= 6; n++) {
    const file = path.join(dir, `p${n}.jpg`)
    if (corruptLast && n === 6) {
      fs.writeFileSync(file, 'this is not a photo')
      continue
    }
    await sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 40 * n, g: 90, b: 160 } },
    })
      .jpeg()
      .toFile(file)
  }
  return dir
}

beforeAll(async () => {
  cms = await startCMS(BATCH_ENV)
  payload = cms.payload
  mediaDir = path.join(cms.dir, 'media')
  // The newsroom's area, as `npm run area` sets it up before a first import.
  await setUpTestArea(payload)
  first = await importPage(payload, samplePage('2025-12-10'))
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('importing the sample page', () => {
  it('creates five articles and a profile as drafts, listed on the edition page in page order', async () => {
    expect(first.stories.map((s) => s.title)).toEqual(EXPECTED_TITLES)
    expect(first.stories.map((s) => s.relationTo)).toEqual([
      'articles',
      'articles',
      'articles',
      'articles',
      'profiles',
      'articles',
    ])
    expect(first.stories.every((s) => s.created)).toBe(true)
    for (const { relationTo, id } of first.stories) {
      const doc = await payload.findByID({ collection: relationTo, id, draft: true, depth: 0 })
      expect(doc._status).toBe('draft')
      expect(doc.workflow).toBe('submitted')
    }
    const published = { _status: { equals: 'published' } } as const
    expect((await payload.count({ collection: 'articles', where: published })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'profiles', where: published })).totalDocs).toBe(0)

    const edition = await payload.findByID({
      collection: 'editions',
      id: first.edition.id,
      draft: true,
      depth: 0,
    })
    expect(edition).toMatchObject({ number: 1, _status: 'draft' })
    expect(edition.date.slice(0, 10)).toBe('2025-12-10')
    expect(edition.pages).toHaveLength(1)
    expect(edition.pages?.[0]).toMatchObject({ number: 3, name: '县市新闻' })
    expect(edition.pages?.[0].stories).toEqual(
      first.stories.map(({ relationTo, id }) => ({ relationTo, value: id })),
    )
  })

  it('credits bylines to contributors, added with the role the page prints', async () => {
    const sweets = await story(2)
    expect(sweets.dateline).toBe('本报讯')
    expect(sweets.bylines?.map((b) => [nameOf(b.contributor), b.role])).toEqual([
      ['王正佳', 'correspondent'],
      ['阿依曼', 'correspondent'],
      ['留莉莉', 'correspondent'],
    ])
    expect((await story(0)).bylines?.map((b) => [nameOf(b.contributor), b.role])).toEqual([
      ['杨鹤', 'reporter'],
    ])
    const told = await profile()
    expect(nameOf(told.narrator.contributor)).toBe('阿里木·司马义')
    // 我叫阿里木·司马义，今年44岁，是土生土长的昌吉人: an age, and a birthplace that is no trade.
    expect(told.narrator.age).toBe(44)
    expect(told.narrator.occupation ?? null).toBeNull()
    expect(nameOf(told.compiler)).toBe('付小芳')
    expect(told.kicker).toBe('我要脚踏实地，守护城市的洁净与美好')
    expect(told.chapters?.map((chapter) => chapter.subheading)).toEqual([
      null,
      '起点：在车轮上成长',
      '收获：在努力中获得认可',
      '转型：从方向盘到“指挥棒”',
    ])

    const { docs } = await payload.find({ collection: 'contributors', pagination: false })
    const roles = Object.fromEntries(docs.map((c) => [c.name, c.defaultRole]))
    expect(roles).toMatchObject({
      杨鹤: 'staff',
      张圆圆: 'correspondent',
      王正佳: 'correspondent',
      '阿里木·司马义': 'guest',
      付小芳: 'staff',
      杨海龙: 'correspondent',
    })
    expect(docs).toHaveLength(10)
  })

  it('tags the most specific regions, each added under its parent in the tree', async () => {
    const town = await regionNamed('兰州湾镇')
    expect(town.level).toBe('town')
    expect(town.parent).toMatchObject({ name: '玛纳斯县', level: 'county', order: 4 })
    expect((town.parent as Region).parent).toMatchObject({ name: '昌吉州', level: 'prefecture' })

    const community = await regionNamed('美院社区')
    expect(community.level).toBe('community')
    expect(community.parent).toMatchObject({ name: '绿洲路街道', level: 'town' })
    expect((community.parent as Region).parent).toMatchObject({ name: '昌吉市', level: 'county' })
    expect(community.county).toMatchObject({ name: '昌吉市' })

    const regionsOf = async (index: number) =>
      (await story(index)).regions?.map((region) => (region as Region).name)
    expect(await regionsOf(0)).toEqual(['昌吉州'])
    expect(await regionsOf(3)).toEqual(['兰州湾镇'])
    expect(await regionsOf(5)).toEqual(['美院社区'])
    expect(((await story(5)).column as { name: string }).name).toBe('社区直通车')
    expect((await story(0)).column).toBeNull()
  })

  it('places photos where the page prints them, with their captions and credits', async () => {
    const flowers = await story(3)
    const lead = flowers.leadPhoto as Media
    expect(lead.caption).toBe('近日，在玛纳斯县兰州湾镇凤城花市，顾客在挑选心仪的花卉。')
    expect(nameOf(lead.photographer)).toBe('丁慧琴')
    expect(blocksOfType(flowers.body, 'photo')).toHaveLength(0)

    const sweets = await story(2)
    expect(sweets.leadPhoto).toBeNull()
    const children = sweets.body?.root.children ?? []
    expect(children.map((node) => node.type as string)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'block',
      'block',
      'block',
    ])
    const photos = blocksOfType(sweets.body, 'photo').map((fields) => fields.media as Media)
    expect(photos.map((photo) => [photo.caption, nameOf(photo.photographer)])).toEqual([
      ['图为制作中的糖炒栗子。', '王正佳'],
      ['图为刚出炉的烤红薯。', '阿依曼'],
      ['图为奶皮子水果糖葫芦。', '王正佳'],
    ])

    const portrait = (await profile()).photos?.[0] as Media
    expect(portrait.caption).toBe('12月8日，阿里木·司马义正在电脑前办公。')
    expect(nameOf(portrait.photographer)).toBe('付小芳')
  })

  it('stores a placeholder picture for each photo, marked pending, with its files on disk', async () => {
    const { docs } = await payload.find({ collection: 'media', pagination: false })
    expect(docs).toHaveLength(6)
    expect(first.pending).toBe(6)
    for (const media of docs) {
      expect(media.alt.startsWith(PENDING_MARK)).toBe(true)
      expect(media.alt).toContain(media.caption)
      expect(media.filename).toMatch(/^2025-12-10-p3-0\d-pending\.jpg$/)
      expect(media).toMatchObject({ width: 1200, height: 800, mimeType: 'image/jpeg' })
      expect(fs.statSync(path.join(mediaDir, media.filename ?? '')).size).toBe(media.filesize)
      for (const size of Object.values(media.sizes ?? {})) {
        if (!size?.filename) continue
        expect(fs.statSync(path.join(mediaDir, size.filename)).size).toBe(size.filesize)
      }
    }
  })

  it('reports every warning with its story and line', () => {
    expect(first.warnings).toContainEqual({
      story: EXPECTED_TITLES[0],
      line: 11,
      message: expect.stringContaining('第2段开头疑似在排版中丢失'),
    })
    expect(first.counts).toMatchObject({
      articles: { created: 5, matched: 0 },
      profiles: { created: 1, matched: 0 },
      media: { created: 6, matched: 0 },
      contributors: { created: 10, matched: 0 },
      columns: { created: 1, matched: 0 },
      editions: { created: 1, matched: 0 },
    })
  })
})

describe('importing the same page again', () => {
  it('changes nothing: same documents, same ids, no new versions or files', async () => {
    const before = await snapshot()
    const again = await importPage(payload, samplePage('2025-12-10'))
    expect(await snapshot()).toEqual(before)
    expect(again.stories).toEqual(first.stories.map((s) => ({ ...s, created: false })))
    expect(again.edition).toMatchObject({ id: first.edition.id, created: false, updated: false })
    expect(again.counts).toEqual({
      articles: { created: 0, matched: 5 },
      profiles: { created: 0, matched: 1 },
      editions: { created: 0, matched: 1 },
    })
  })
})

describe('importing another page of the same edition', () => {
  it('adds that page as a new draft of the edition and leaves page 3 as it was', async () => {
    const text =
      '阜康市\n\n冬季供暖平稳运行\n\n本报讯 记者杨鹤报道：阜康市供热公司加强巡检，保障居民温暖过冬。\n'
    const report = await importPage(payload, {
      ...samplePage('2025-12-10'),
      text,
      page: 4,
      pageName: null,
    })
    expect(report.edition).toMatchObject({ id: first.edition.id, created: false, updated: true })
    expect(report.counts).toMatchObject({
      articles: { created: 1, matched: 0 },
      contributors: { created: 0, matched: 1 },
    })
    const edition = await payload.findByID({
      collection: 'editions',
      id: first.edition.id,
      draft: true,
      depth: 0,
    })
    expect(edition.pages?.map((page) => [page.number, page.stories?.length])).toEqual([
      [3, 6],
      [4, 1],
    ])
    const county = await regionNamed('阜康市')
    expect(county).toMatchObject({ level: 'county', order: 2 })
    expect(county.parent).toMatchObject({ name: '昌吉州' })
  })
})

describe('importing with --images', () => {
  it('attaches the supplied photos by their p1… numbers and reuses known people and places', async () => {
    const dir = await imagesFolder()
    try {
      const report = await importPage(payload, samplePage('2025-12-11', dir))
      expect(report.pending).toBe(0)
      expect(report.counts).toMatchObject({
        media: { created: 6, matched: 0 },
        contributors: { created: 0 },
        regions: { created: 0 },
        columns: { created: 0, matched: 1 },
      })
      const { docs } = await payload.find({
        collection: 'media',
        where: { filename: { like: '2025-12-11-' } },
        sort: 'filename',
        pagination: false,
      })
      expect(docs.map((media) => media.filename)).toEqual(
        [1, 2, 3, 4, 5, 6].map((n) => `2025-12-11-p3-0${n}.jpg`),
      )
      for (const media of docs) {
        expect(media.alt.startsWith(PENDING_MARK)).toBe(false)
        expect(media).toMatchObject({ width: 640, height: 480 })
        expect(fs.existsSync(path.join(mediaDir, media.filename ?? ''))).toBe(true)
      }
      expect(docs[3].caption).toBe('近日，在玛纳斯县兰州湾镇凤城花市，顾客在挑选心仪的花卉。')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('an import that fails half-way', () => {
  it('leaves the database and the media folder exactly as they were', async () => {
    const dir = await imagesFolder(true)
    try {
      const before = await snapshot()
      await expect(importPage(payload, samplePage('2025-12-12', dir))).rejects.toThrow(/第6篇.*p6/)
      expect(await snapshot()).toEqual(before)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
