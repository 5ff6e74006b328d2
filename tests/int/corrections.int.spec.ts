/**
 * Corrections (更正): appended by the desk to a published story only, amended but never removed
 * (every earlier text kept in history), closed to the public API — and, after a real build of the
 * site by the CMS's own build job, shown on the story page above the text and at its foot, in the
 * story's JSON-LD, on /corrections/ and in its feed.
 */
import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Correction, Region, User } from '@/payload-types'

import { restGet } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { storyPage } from '../helpers/pipeline'
import { createPublished, type Reviewers } from '../helpers/review'
import type { SitePaths } from '@/siteBuild/paths'
import { builtFiles, readBuilt } from '../helpers/site'

let cms: TestCMS
let payload: Payload
let admin: User
let editor: User
let reporter: User
let reviewers: Reviewers
let county: Region
let story: Article
let correction: Correction
let live: string
let paths: SitePaths

const PHONE = '13899001234'
const ACCOUNT = '6222020200112233445'

const as = (user: User) => ({ user, overrideAccess: false as const })

/** Why the build waiting in the queue was asked for (pending builds supersede one another). */
const pendingBuildReasons = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'buildSite' } }, { completedAt: { exists: false } }],
      },
      pagination: false,
    })
  ).docs.map((job) => (job.input as { reason: string }).reason)

const publish = (title: string) =>
  createPublished(payload, reviewers, storyData(title, { regions: [county.id] }), { user: editor })

const append = (storyId: number, wrong: string, right: string, user = editor) =>
  payload.create({
    collection: 'corrections',
    data: {
      story: { relationTo: 'articles', value: storyId },
      date: new Date().toISOString(),
      wrong,
      right,
    },
    ...as(user),
  })

/** The error a refused operation throws, to assert what refused it. */
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: { status?: number; message: string }) => error,
  )

beforeAll(async () => {
  cms = await startCMS({ SITE_BUILD_RUNNER: 'on' })
  payload = cms.payload
  const { sitePaths } = await import('@/siteBuild/paths')
  paths = sitePaths()
  live = paths.live
  ;({ admin, editor, reporter, reviewers } = await createNewsroom(payload))
  const prefecture = await payload.create({
    collection: 'regions',
    data: { name: '昌吉州', level: 'prefecture' },
  })
  county = await payload.create({
    collection: 'regions',
    data: { name: '奇台县', level: 'county', parent: prefecture.id },
  })
  story = await publish('奇台县新增21户光伏示范户')
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('appending a correction', () => {
  it('is refused on a story that is not published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: storyData('尚未发布的稿件'),
      draft: true,
      ...as(reporter),
    })
    const error = await refusal(append(draft.id, '“12户”', '“21户”'))
    expect(error.status).toBe(400)
    expect(error.message).toContain('只能对已发布的稿件添加更正')
  })

  it('is refused to a reporter', async () => {
    const error = await refusal(append(story.id, '“12户”', '“21户”', reporter))
    expect(error.status).toBe(403)
  })

  it('republishes the story: a site build is queued', async () => {
    correction = await append(story.id, '第二段中“新增12户”', '“新增21户”')
    expect(await pendingBuildReasons()).toContain(
      `correction ${correction.id} of articles ${story.id}`,
    )
    expect(correction.date).toBeTruthy()
    expect(correction.amendedAt ?? null).toBeNull()
  })
})

describe('a correction once made', () => {
  it('can be amended, and the earlier text stays in its history', async () => {
    correction = await payload.update({
      collection: 'corrections',
      id: correction.id,
      data: { right: '“新增21户，覆盖3个村”' },
      ...as(editor),
    })
    expect(correction.amendedAt).toBeTruthy()
    const { docs } = await payload.findVersions({
      collection: 'corrections',
      where: { parent: { equals: correction.id } },
      sort: 'createdAt',
      ...as(editor),
    })
    expect(docs.map((v) => v.version.right)).toEqual(['“新增21户”', '“新增21户，覆盖3个村”'])
  })

  it('stays on the story it corrects', async () => {
    const other = await publish('另一篇已发布稿件')
    const error = await refusal(
      payload.update({
        collection: 'corrections',
        id: correction.id,
        data: { story: { relationTo: 'articles', value: other.id } },
        ...as(editor),
      }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toContain('更正不能移到另一篇稿件')
    const stored = await payload.findByID({
      collection: 'corrections',
      id: correction.id,
      depth: 0,
    })
    expect(stored.story.value).toBe(story.id)
  })

  it('cannot be deleted, not even by an admin', async () => {
    for (const user of [editor, admin]) {
      const error = await refusal(
        payload.delete({ collection: 'corrections', id: correction.id, ...as(user) }),
      )
      expect(error.status).toBe(403)
    }
    expect(await payload.findByID({ collection: 'corrections', id: correction.id })).toBeTruthy()
  })

  it('is not readable through the API by a reporter or an anonymous reader', async () => {
    const anonymous = await restGet(payload, `/api/corrections`)
    expect(anonymous.status).toBe(403)
    const error = await refusal(payload.find({ collection: 'corrections', ...as(reporter) }))
    expect(error.status).toBe(403)
  })
})

describe('the site after the build job ran', () => {
  let page: ReturnType<typeof parse>
  let withdrawnTitle: string
  let correspondentSlug: string

  beforeAll(async () => {
    // A correspondent with private details, bylined on a live story: the site shows who they are
    // and where they work, and nothing else.
    const correspondent = await payload.create({
      collection: 'contributors',
      data: {
        name: '王正佳',
        defaultRole: 'correspondent',
        affiliation: '奇台县融媒体中心',
        privateDetails: { phone: PHONE, bankAccountHolder: '王正佳', bankAccount: ACCOUNT },
      },
      ...as(admin),
    })
    correspondentSlug = correspondent.slug!
    await createPublished(
      payload,
      reviewers,
      storyData('通讯员署名稿件', {
        regions: [county.id],
        bylines: [{ contributor: correspondent.id, role: 'correspondent' }],
      }),
      { user: editor },
    )
    // A second corrected story, unpublished afterwards: its correction must leave with it.
    const withdrawn = await publish('后来撤下的稿件')
    withdrawnTitle = withdrawn.title
    await append(withdrawn.id, '“撤稿前的错误”', '“撤稿前的更正”')
    await payload.update({
      collection: 'articles',
      id: withdrawn.id,
      data: { _status: 'draft' },
      ...as(editor),
    })
    await payload.jobs.run({ queue: 'site', limit: 10 })
    const html = storyPage(paths, 'article', story.id)
    if (!html) throw new Error('the corrected story has no page in the live site')
    page = parse(html)
  }, 300_000)

  it('says above the text that the story was corrected, linking to the correction', () => {
    const notice = page.querySelector('.story-header .correction-notice')
    expect(notice?.text).toContain('本文已于')
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('#corrections')
    expect(page.querySelector('#corrections')).not.toBeNull()
  })

  it('shows the amended correction at the foot of the story', () => {
    const item = page.querySelector(`#correction-${correction.id}`)
    expect(item?.querySelector('.correction-wrong')?.text.replace(/\s+/g, '')).toBe(
      '原文：第二段中“新增12户”',
    )
    expect(item?.querySelector('.correction-right')?.text.replace(/\s+/g, '')).toBe(
      '更正为：“新增21户，覆盖3个村”',
    )
    expect(item?.querySelector('.correction-date')?.text).toMatch(/更正（.+修改）/)
    const body = page.querySelector('.story-body')
    const foot = page.querySelector('#corrections')
    // After the text, inside the article.
    expect(body && foot && page.innerHTML.indexOf(foot.outerHTML)).toBeGreaterThan(
      page.innerHTML.indexOf(body!.outerHTML),
    )
  })

  it('puts it in the story’s JSON-LD as a CorrectionComment, and moves dateModified', () => {
    const jsonLd = JSON.parse(
      page.querySelector('script[type="application/ld+json"]')!.textContent,
    ) as {
      dateModified: string
      datePublished: string
      url: string
      correction: { '@type': string; text: string; datePublished: string; url: string }[]
    }
    expect(jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: '原文：第二段中“新增12户”；更正为：“新增21户，覆盖3个村”',
        datePublished: new Date(correction.date).toISOString(),
        dateModified: new Date(correction.amendedAt!).toISOString(),
        url: `${jsonLd.url}#correction-${correction.id}`,
      },
    ])
    expect(Date.parse(jsonLd.dateModified)).toBeGreaterThanOrEqual(
      Date.parse(correction.amendedAt!),
    )
  })

  it('lists it on /corrections/ and in its feed, without the unpublished story’s', () => {
    const list = parse(readBuilt(live, '/corrections/'))
    const links = list.querySelectorAll('.corrections-list h2 a')
    expect(links.map((a) => a.text)).toEqual([story.title])
    expect(links[0].getAttribute('href')).toMatch(new RegExp(`/#correction-${correction.id}$`))
    expect(list.text).not.toContain(withdrawnTitle)

    const feed = new XMLParser().parse(readBuilt(live, '/corrections/rss.xml')) as {
      rss: { channel: { title: string; item: { title: string; link: string } } }
    }
    expect(feed.rss.channel.title).toContain('更正')
    expect(feed.rss.channel.item.title).toBe(`更正：${story.title}`)
    expect(feed.rss.channel.item.link).toContain(`#correction-${correction.id}`)
    expect(readBuilt(live, '/corrections/rss.xml')).not.toContain('撤稿前')
  })

  it('shows a contributor’s kind and affiliation, and their private details nowhere', () => {
    const contributorPage = parse(readBuilt(live, `/contributors/${correspondentSlug}/`))
    expect(contributorPage.querySelector('.page-header h1')?.text).toBe('王正佳')
    expect(contributorPage.querySelector('.page-header .page-intro')?.text).toBe(
      '通讯员 · 奇台县融媒体中心',
    )
    const everything = builtFiles(live, ['.html', '.xml', '.json', '.txt'])
    expect(everything.length).toBeGreaterThan(10)
    for (const file of everything) {
      const text = readBuilt(live, file)
      expect(text, file).not.toContain(PHONE)
      expect(text, file).not.toContain(ACCOUNT)
    }
  })
})
