/**
 * The monthly fee report (稿费月报) against fixtures counted by hand: one December in the paper's
 * calendar (UTC+8) with shared bylines, photos, a desk-typed fee, a profile, a story unpublished
 * after it ran, a draft, and stories either side of the month's edges.
 */
import { parse } from 'node-html-parser'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Contributor, User } from '@/payload-types'
import { paragraphsToLexical, type RichText } from '@/lib/lexical'
import { MonthlyReportTables } from '@/components/MonthlyReportTables'
import { loadMonthlyReport } from '@/reports/loadMonthlyReport'
import { visibleReport, type MonthlyReport } from '@/reports/monthlyReport'

import { handleEndpoints } from 'payload'
import { tokenFor } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { PAYLOAD_KEY, startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let editor: User
let reporter: User
let reviewers: Reviewers
let report: MonthlyReport
const people: Record<string, Contributor> = {}

/** An instant given in Beijing time, as the newsroom reads its calendar. */
const beijing = (local: string) => new Date(`${local}+08:00`).toISOString()

async function photo(by: Contributor, name: string) {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#8a6' } })
    .jpeg()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: name, photographer: by.id },
    file: { data: jpeg, mimetype: 'image/jpeg', name: `${name}.jpg`, size: jpeg.length },
  })
}

/** A story filed at `filed` and, when `published` is given, published by the desk at that time. */
async function article(
  title: string,
  filed: string,
  published: string | null,
  extra: Record<string, unknown> = {},
  fees?: (number | undefined)[],
) {
  const data = storyData(title, extra)
  const draft = await payload.create({
    collection: 'articles',
    data: { ...data, createdAt: beijing(filed) },
    draft: true,
    context: { skipSiteBuild: true },
  })
  if (!published) return draft
  await signOffAll(payload, reviewers, 'articles', draft.id)
  return payload.update({
    collection: 'articles',
    id: draft.id,
    data: {
      _status: 'published',
      publishedAt: beijing(published),
      ...(fees && {
        bylines: draft.bylines?.map((b, i) => ({ ...b, fee: fees[i] })),
      }),
    },
    user: editor,
    overrideAccess: false,
    context: { skipSiteBuild: true },
  })
}

/** A photo placed in the text after the first paragraph, as the editor places one. */
function withPhoto(body: RichText, mediaId: number): RichText {
  const block = {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: `photo-${mediaId}`, blockName: '', blockType: 'photo', media: mediaId },
  }
  body.root.children.push(block)
  return body
}

const byline = (name: string, role: string) => ({ contributor: people[name].id, role })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ editor, reporter, reviewers } = await createNewsroom(payload))
  for (const [name, defaultRole, affiliation] of [
    ['王正佳', 'correspondent', '奇台县融媒体中心'],
    ['阿依曼', 'correspondent', '奇台县融媒体中心'],
    ['付小芳', 'staff', '昌吉日报社'],
    ['丁慧琴', 'photographer', null],
    ['李明', 'correspondent', '昌吉市第一中学'],
    ['阿里木·司马义', 'guest', null],
  ] as const) {
    people[name] = await payload.create({
      collection: 'contributors',
      data: { name, defaultRole, affiliation },
    })
  }
  await payload.updateGlobal({
    slug: 'fee-rates',
    data: {
      bands: [
        { kind: 'article', upToChars: 500, amount: 50 },
        { kind: 'article', amount: 100 },
        { kind: 'profile', amount: 300 },
      ],
      perPhoto: 30,
    },
  })
  const p1 = await photo(people['丁慧琴'], 'p1')
  const p2 = await photo(people['丁慧琴'], 'p2')
  const p3 = await photo(people['王正佳'], 'p3')

  // A1: two correspondents share 50; 丁慧琴's two photos are 60.
  await article('A1 冬季供水', '2025-12-08T10:00:00', '2025-12-10T09:00:00', {
    bylines: [
      byline('王正佳', 'correspondent'),
      byline('阿依曼', 'correspondent'),
      byline('丁慧琴', 'photographer'),
    ],
    leadPhoto: p1.id,
    body: withPhoto(paragraphsToLexical(['短稿。']), p2.id),
  })
  // A2: a long story (100 by the table) the desk pays 120; its photo is 王正佳's, without a byline.
  await article(
    'A2 长篇通讯',
    '2025-12-11T10:00:00',
    '2025-12-12T09:00:00',
    {
      bylines: [byline('付小芳', 'reporter')],
      leadPhoto: p3.id,
      body: paragraphsToLexical(['长'.repeat(600)]),
    },
    [120],
  )
  // A3: ran on the 15th, unpublished since: drops out of the month.
  const a3 = await article('A3 已撤稿件', '2025-12-14T10:00:00', '2025-12-15T09:00:00', {
    bylines: [byline('李明', 'correspondent')],
  })
  await payload.update({
    collection: 'articles',
    id: a3.id,
    data: { _status: 'draft' },
    context: { skipSiteBuild: true },
  })
  // A4: filed, never published.
  await article('A4 草稿', '2025-12-20T10:00:00', null, {
    bylines: [byline('李明', 'correspondent')],
  })
  // A5: filed in November, published in December.
  await article('A5 跨月见报', '2025-11-28T10:00:00', '2025-12-02T09:00:00', {
    bylines: [byline('王正佳', 'correspondent')],
  })
  // A6: filed in December, published in January.
  await article('A6 次月见报', '2025-12-30T10:00:00', '2026-01-03T09:00:00', {
    bylines: [byline('阿依曼', 'correspondent')],
  })
  // A7: filed at 23:30 on 31 December, published 00:30 on 1 January, Beijing time (both still
  // 31 December in UTC): filed in December, published in January.
  await article('A7 跨年夜', '2025-12-31T23:30:00', '2026-01-01T00:30:00', {
    bylines: [byline('付小芳', 'reporter')],
  })
  // P1: a profile compiled by 付小芳 (300); its narrator is not paid.
  const profile = await payload.create({
    collection: 'profiles',
    data: {
      title: 'P1 口述实录',
      workflow: 'drafting',
      createdAt: beijing('2025-12-05T10:00:00'),
      narrator: { contributor: people['阿里木·司马义'].id, age: 44 },
      compiler: people['付小芳'].id,
      chapters: [{ body: paragraphsToLexical(['我今年44岁。']) }],
    },
    draft: true,
    context: { skipSiteBuild: true },
  })
  await signOffAll(payload, reviewers, 'profiles', profile.id)
  await payload.update({
    collection: 'profiles',
    id: profile.id,
    data: { _status: 'published', publishedAt: beijing('2025-12-06T09:00:00') },
    user: editor,
    overrideAccess: false,
    context: { skipSiteBuild: true },
  })
  report = await loadMonthlyReport(payload, '2025-12')
})

afterAll(async () => {
  await cms?.cleanup()
})

const rowOf = (name: string) => report.contributors.find((c) => c.name === name)

describe('the December report', () => {
  it('counts each contributor as counted by hand', () => {
    expect(
      report.contributors.map(({ name, affiliation, kind, filed, published, photos, fee }) => ({
        name,
        affiliation,
        kind,
        filed,
        published,
        photos,
        fee,
      })),
    ).toEqual([
      {
        name: '付小芳',
        affiliation: '昌吉日报社',
        kind: 'staff',
        filed: 3,
        published: 2,
        photos: 0,
        fee: 420,
      },
      {
        name: '李明',
        affiliation: '昌吉市第一中学',
        kind: 'correspondent',
        filed: 2,
        published: 0,
        photos: 0,
        fee: 0,
      },
      {
        name: '阿依曼',
        affiliation: '奇台县融媒体中心',
        kind: 'correspondent',
        filed: 2,
        published: 1,
        photos: 0,
        fee: 25,
      },
      {
        name: '王正佳',
        affiliation: '奇台县融媒体中心',
        kind: 'correspondent',
        filed: 1,
        published: 2,
        photos: 1,
        fee: 75,
      },
      {
        name: '丁慧琴',
        affiliation: '（未填单位）',
        kind: 'photographer',
        filed: 1,
        published: 1,
        photos: 2,
        fee: 60,
      },
    ])
  })

  it('sums by affiliation, a story two colleagues share counted once', () => {
    expect(report.affiliations).toEqual([
      { affiliation: '昌吉日报社', contributors: 1, filed: 3, published: 2, photos: 0, fee: 420 },
      { affiliation: '昌吉市第一中学', contributors: 1, filed: 2, published: 0, photos: 0, fee: 0 },
      {
        affiliation: '奇台县融媒体中心',
        contributors: 2,
        filed: 2,
        published: 2,
        photos: 1,
        fee: 100,
      },
      { affiliation: '（未填单位）', contributors: 1, filed: 1, published: 1, photos: 2, fee: 60 },
    ])
    expect(report.totals).toEqual({ contributors: 5, filed: 7, published: 4, photos: 3, fee: 580 })
  })

  it('leaves out the story unpublished after it ran, and says so', () => {
    expect(report.withdrawn.map((w) => w.title)).toEqual(['A3 已撤稿件'])
    expect(report.details.map((d) => d.title)).not.toContain('A3 已撤稿件')
  })

  it('details each person’s month story by story', () => {
    const wang = report.details.filter((d) => d.contributorId === String(people['王正佳'].id))
    expect(wang.map(({ title, roles, photos, fee }) => ({ title, roles, photos, fee }))).toEqual([
      { title: 'A5 跨月见报', roles: ['correspondent'], photos: 0, fee: 50 },
      { title: 'A1 冬季供水', roles: ['correspondent'], photos: 0, fee: 25 },
      { title: 'A2 长篇通讯', roles: [], photos: 1, fee: 0 },
    ])
    expect(rowOf('付小芳')?.fee).toBe(120 + 300)
  })

  it('loses the story from the month when it is unpublished, and takes it back when republished', async () => {
    const a1 = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'A1 冬季供水' } },
    })
    const id = a1.docs[0].id
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'draft' },
      context: { skipSiteBuild: true },
    })
    const without = await loadMonthlyReport(payload, '2025-12')
    expect(without.withdrawn.map((w) => w.title)).toEqual(['A1 冬季供水', 'A3 已撤稿件'])
    expect(without.totals.fee).toBe(580 - 25 - 25 - 60)
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      context: { skipSiteBuild: true },
    })
    const back = await loadMonthlyReport(payload, '2025-12')
    expect(back.totals).toEqual(report.totals)
  })
})

describe('the report’s API and exports', () => {
  const get = (query: string, token?: string) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(`http://127.0.0.1/api/reports/monthly?${query}`, {
        headers: token ? { authorization: `JWT ${token}` } : {},
      }),
      payloadInstanceCacheKey: PAYLOAD_KEY,
    })

  it('refuses a reporter and an anonymous reader', async () => {
    for (const token of [await tokenFor(payload, reporter.email), undefined]) {
      const response = await get('month=2025-12&format=csv', token)
      expect(response.status).toBe(403)
      expect(((await response.json()) as { error: string }).error).toContain('只有编辑和管理员')
    }
  })

  it('explains a malformed month', async () => {
    const response = await get('month=2025-13', await tokenFor(payload, editor.email))
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toContain('月份格式应为')
  })

  it('exports an .xlsx that a reader library opens with the same rows', async () => {
    const response = await get('month=2025-12&format=xlsx', await tokenFor(payload, editor.email))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('gaofei-2025-12.xlsx')
    const workbook = XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: 'array' })
    expect(workbook.SheetNames).toEqual(['按作者', '按单位', '明细', '已撤稿（不计入）'])
    const rows = (sheet: string) =>
      XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets[sheet], { header: 1 })
    expect(rows('按作者')).toEqual([
      ['姓名', '身份', '单位', '投稿', '见报', '图片', '稿费（元）'],
      ['付小芳', '记者', '昌吉日报社', 3, 2, 0, 420],
      ['李明', '通讯员', '昌吉市第一中学', 2, 0, 0, 0],
      ['阿依曼', '通讯员', '奇台县融媒体中心', 2, 1, 0, 25],
      ['王正佳', '通讯员', '奇台县融媒体中心', 1, 2, 1, 75],
      ['丁慧琴', '摄影', '（未填单位）', 1, 1, 2, 60],
      ['合计', '', '5人', 7, 4, 3, 580],
    ])
    expect(rows('按单位').slice(1)).toEqual(
      report.affiliations.map((a) => [
        a.affiliation,
        a.contributors,
        a.filed,
        a.published,
        a.photos,
        a.fee,
      ]),
    )
    expect(rows('明细')).toHaveLength(1 + report.details.length)
    expect(
      rows('已撤稿（不计入）')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['A3 已撤稿件'])
  })

  it('exports each table as CSV that Excel reads as UTF-8', async () => {
    const token = await tokenFor(payload, editor.email)
    const response = await get('month=2025-12&format=csv&table=affiliations', token)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.slice(1).trim().split(/\r?\n/)).toEqual([
      '单位,人数,投稿,见报,图片,稿费（元）',
      '昌吉日报社,1,3,2,0,420',
      '昌吉市第一中学,1,2,0,0,0',
      '奇台县融媒体中心,2,2,2,1,100',
      '（未填单位）,1,1,1,2,60',
    ])
    const unknown = await get('month=2025-12&format=csv&table=secrets', token)
    expect(unknown.status).toBe(400)
  })
})

describe('the report in the admin', () => {
  const render = (contributorId?: string) =>
    parse(renderToStaticMarkup(createElement(MonthlyReportTables, { report, contributorId })))
  const cells = (root: ReturnType<typeof parse>, selector: string) =>
    root.querySelectorAll(selector).map((tr) => tr.querySelectorAll('td').map((td) => td.text))

  it('shows the month by contributor and affiliation, and says which story dropped out', () => {
    const page = render()
    expect(page.querySelector('[data-testid="report-withdrawn"] h3')?.text).toContain('已撤稿 1 篇')
    expect(page.querySelector('[data-testid="report-withdrawn"] td')?.text).toBe('A3 已撤稿件')
    const tables = page.querySelectorAll('table')
    expect(cells(tables[1], 'tbody tr').at(-1)).toEqual(['合计', '', '5人', '7', '4', '3', '580'])
    expect(cells(tables[2], 'tbody tr').map((r) => r[0])).toEqual(
      report.affiliations.map((a) => a.affiliation),
    )
    const links = page.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(links).toContain('/api/reports/monthly?month=2025-12&format=xlsx')
    expect(links).toContain(`?month=2025-12&contributor=${people['王正佳'].id}`)
  })

  it('details one person’s stories', () => {
    const page = render(String(people['王正佳'].id))
    expect(page.querySelector('[data-testid="report-detail"] h3')?.text).toContain(
      '王正佳（奇台县融媒体中心）本月明细',
    )
    const rows = cells(page.querySelector('[data-testid="report-detail"]')!, 'tbody tr')
    expect(rows.map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      ['A5 跨月见报', '通讯员', '0', '50'],
      ['A1 冬季供水', '通讯员', '0', '25'],
      ['A2 长篇通讯', '摄影（图片署名）', '1', '0'],
    ])
  })

  it('gives a reporter their own line and detail only, and anyone else nothing', () => {
    const wang = String(people['王正佳'].id)
    const own = visibleReport(report, { role: 'reporter', contributorId: wang })!
    expect(own.contributors.map((c) => c.name)).toEqual(['王正佳'])
    expect(own.totals).toEqual({ contributors: 1, filed: 1, published: 2, photos: 1, fee: 75 })
    expect(new Set(own.details.map((d) => d.contributorId))).toEqual(new Set([wang]))
    expect(own.affiliations).toEqual([])
    expect(own.withdrawn).toEqual([])
    expect(visibleReport(report, { role: 'reporter', contributorId: null })).toBeNull()
    expect(visibleReport(report, null)).toBeNull()
    expect(visibleReport(report, { role: 'editor', contributorId: null })).toBe(report)

    const page = parse(
      renderToStaticMarkup(
        createElement(MonthlyReportTables, { report: own, contributorId: wang, personal: true }),
      ),
    )
    expect(page.querySelector('[data-testid="report-detail"] h3')?.text).toContain('稿费 75 元')
    expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([])
    expect(page.text).not.toContain('付小芳')
  })
})
