/**
 * A second paper, set up from data alone: a prefecture other than the sample's gets its region tree
 * from the national division data, imports a page of its own, and its site carries its name and
 * nothing of the sample paper's.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region } from '@/payload-types'

import { loadDivisionArea } from '../../seeds/area/divisions'
import { SAMPLE_AREA } from '../../seeds/data/regions'
import { SAMPLE_PAPER } from '../../seeds/data/sampleIssue'
import { importPage, type ImportReport } from '../../seeds/importer/importPage'
import { BATCH_ENV } from '../../seeds/lib/allOrNothing'
import { setUpTestArea } from '../helpers/area'
import { createNewsroom } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll } from '../helpers/review'
import { buildSiteFromSnapshot, builtFile, builtFiles, readBuilt } from '../helpers/site'

const AREA = '伊犁哈萨克自治州'
const PAPER = {
  name: '伊犁晨报',
  description: '伊犁晨报网络版：伊犁州各县市新闻。',
  dateline: '伊犁晨报讯',
  // Xinjiang time, two hours behind Beijing: a story at 01:00 on New Year's Day in Beijing ran
  // on New Year's Eve here.
  timeZone: 'Asia/Urumqi',
  siteUrl: 'https://news.ylcb.example.cn/',
}
const PAGE = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/second-paper-page.txt'),
  'utf8',
)

let cms: TestCMS
let payload: Payload
let root: Region
let report: ImportReport
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-second-paper-'))
const outDir = path.join(work, 'dist')

async function regionNamed(name: string): Promise<Region> {
  const { docs } = await payload.find({
    collection: 'regions',
    where: { name: { equals: name } },
    depth: 1,
  })
  expect(docs, name).toHaveLength(1)
  return docs[0]
}

beforeAll(async () => {
  cms = await startCMS(BATCH_ENV)
  payload = cms.payload
  root = await setUpTestArea(payload, AREA, 'community')
  const png = await sharp({
    create: { width: 600, height: 120, channels: 3, background: '#c00' },
  })
    .png()
    .toBuffer()
  const logo = await payload.create({
    collection: 'media',
    data: { alt: '报头', creditText: '伊犁晨报' },
    file: { data: png, mimetype: 'image/png', name: 'masthead.png', size: png.length },
    context: { skipSiteBuild: true },
  })
  await payload.updateGlobal({
    slug: 'paper-settings',
    data: { ...PAPER, logo: logo.id },
    context: { skipSiteBuild: true },
  })
  report = await importPage(payload, {
    text: PAGE,
    date: '2025-12-09',
    edition: 1,
    page: 2,
    pageName: '县市新闻',
    imagesDir: null,
  })
})

afterAll(async () => {
  await cms?.cleanup()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a second paper, in another prefecture', () => {
  it('gets its region tree from the national data, with codes, levels and parents', async () => {
    expect(root).toMatchObject({ name: '伊犁州', officialName: AREA, code: '654000' })
    expect(root.level).toBe('prefecture')
    const county = await regionNamed('伊宁县')
    expect(county).toMatchObject({ level: 'county', code: '654021', parent: { id: root.id } })
    const town = await regionNamed('孙扎齐牛录镇')
    expect(town).toMatchObject({
      level: 'town',
      code: expect.stringMatching(/^654022\d{3}$/),
      parent: { name: '察布查尔锡伯自治县' },
      county: { name: '察布查尔锡伯自治县' },
    })
    const { totalDocs } = await payload.count({
      collection: 'regions',
      where: { code: { exists: true } },
    })
    const area = await loadDivisionArea(AREA)
    expect(totalDocs).toBe(area.places.length)
    const { docs: villages } = await payload.find({
      collection: 'regions',
      where: { and: [{ level: { equals: 'community' } }, { county: { equals: county.id } }] },
      limit: 1,
    })
    expect(villages[0].code).toMatch(/^654021\d{6}$/)
    const settings = await payload.findGlobal({ slug: 'paper-settings', depth: 0 })
    expect(settings.area).toBe(root.id)
  })

  it('imports an invented page with the right county for every story', async () => {
    const countyOf = async (id: number) => {
      const article: Article = await payload.findByID({
        collection: 'articles',
        id,
        draft: true,
        depth: 2,
      })
      return (article.regions ?? []).map((region) => {
        const r = region as Region
        return r.level === 'county' || r.level === 'prefecture'
          ? r.name
          : (r.county as Region | null)?.name
      })
    }
    expect(report.stories.map((story) => story.title)).toEqual([
      '伊犁州冬季旅游季启动',
      '吉里于孜镇果农冬储忙',
      '孙扎齐牛录镇举办冬季那达慕',
      '清水河镇开通便民夜市',
      '牧民定居点通上暖气',
    ])
    const counties = []
    for (const story of report.stories) counties.push(await countyOf(story.id))
    expect(counties).toEqual([
      ['伊犁州'],
      ['伊宁县'],
      ['察布查尔锡伯自治县'],
      ['霍城县'],
      ['新源县'],
    ])
    // Every place the page names is in the tree: none was added, so no warning asks about one.
    expect(report.counts.regions?.created ?? 0).toBe(0)
    expect(report.warnings.map((w) => w.message)).toContain(
      '栏目“百姓身边事”尚未建立，导入时将新建，请核对',
    )
  })

  it('opens a new story with the paper’s own dateline', async () => {
    const story = await payload.create({
      collection: 'articles',
      data: { title: '电头测试' },
      draft: true,
      context: { skipSiteBuild: true },
    })
    expect(story.dateline).toBe(PAPER.dateline)
    await payload.delete({ collection: 'articles', id: story.id, context: { skipSiteBuild: true } })
  })

  it('builds a site under its own name, with nothing of the sample paper in it', async () => {
    const { reviewers } = await createNewsroom(payload)
    for (const story of report.stories) {
      await signOffAll(payload, reviewers, story.relationTo, story.id)
    }
    await payload.update({
      collection: 'editions',
      id: report.edition.id,
      data: { _status: 'published' },
      context: { skipSiteBuild: true },
    })
    const { loadPublicContent } = await import('@/publicContent/loadPublicContent')
    const content = await loadPublicContent(payload)
    // Published at 01:00 on 1 January, Beijing time: 23:00 on 31 December in the paper's zone.
    const lead = content.articles.find((a) => a.title === '伊犁州冬季旅游季启动')
    if (!lead) throw new Error('the lead story is not public')
    lead.publishedAt = '2025-12-31T17:00:00.000Z'
    const snapshot = path.join(work, 'public.json')
    fs.writeFileSync(snapshot, JSON.stringify(content))
    await buildSiteFromSnapshot({ snapshot, mediaDir: process.env.MEDIA_DIR as string, outDir })

    const home = readBuilt(outDir, '/')
    expect(home).toContain(`<title>${PAPER.name}</title>`)
    expect(home).toContain(PAPER.description)
    // The scan below finds names in built pages: here it finds the new paper's own counties.
    expect(home).toContain('察布查尔锡伯自治县')
    expect(readBuilt(outDir, '/rss.xml')).toContain(`<title>${PAPER.name}</title>`)

    // Its time zone dates its pages and addresses.
    const leadPage = readBuilt(outDir, `/yili-zhou/2025/12/${lead.slug}/`)
    expect(leadPage).toContain('2025年12月31日 23:00')
    expect(builtFile(outDir, `/yili-zhou/2026/01/${lead.slug}/`)).toBeNull()

    // Its address makes every link absolute: canonical links, feeds, sitemaps, structured data.
    const origin = 'https://news.ylcb.example.cn'
    expect(home).toContain(`<link rel="canonical" href="${origin}/">`)
    expect(leadPage).toContain(`"url":"${origin}/yili-zhou/2025/12/${lead.slug}/"`)
    expect(readBuilt(outDir, '/rss.xml')).toContain(`<link>${origin}/</link>`)
    expect(readBuilt(outDir, '/sitemap-index.xml')).toContain(`<loc>${origin}/sitemaps/`)
    expect(
      builtFiles(outDir, ['.html', '.xml']).filter((file) => {
        const text = fs.readFileSync(path.join(outDir, file), 'utf8')
        return text.includes('127.0.0.1')
      }),
    ).toEqual([])

    // Its logo is the masthead, named by the paper's name, and its files are published.
    const masthead = parse(home).querySelector('.site-title img')
    expect(masthead?.getAttribute('alt')).toBe(PAPER.name)
    const logoSrc = masthead?.getAttribute('src') ?? ''
    expect(logoSrc).toMatch(/^\/media\/masthead.*\.(jpe?g|png|webp)$/)
    expect(builtFile(outDir, logoSrc)).not.toBeNull()

    const sample = await loadDivisionArea(SAMPLE_AREA, { depth: 'town' })
    const sampleNames = [
      SAMPLE_PAPER.name,
      '昌吉',
      ...sample.places.filter((p) => p.level !== 'town').map((p) => p.name),
    ]
    const files = builtFiles(outDir, ['.html', '.xml', '.json', '.txt'])
    expect(files.length).toBeGreaterThan(10)
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(outDir, file), 'utf8')
      return sampleNames.filter((name) => text.includes(name)).map((name) => `${file}: ${name}`)
    })
    expect(found).toEqual([])
  })
})
