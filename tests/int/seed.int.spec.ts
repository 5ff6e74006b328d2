import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCounts } from '@/backup/backup'
import type { Region } from '@/payload-types'

import { DEMO_USERS } from '../../seeds/data/sampleIssue'
import { BATCH_ENV } from '../../seeds/lib/allOrNothing'
import { formatSeedReport, type SeedReport, seedSampleIssue } from '../../seeds/seedSampleIssue'
import { startCMS, type TestCMS } from '../helpers/payload'

let cms: TestCMS
let payload: Payload
let seeded: SeedReport

const anonymous = { overrideAccess: false as const }

beforeAll(async () => {
  cms = await startCMS(BATCH_ENV)
  payload = cms.payload
  seeded = await seedSampleIssue(payload)
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('seeding an empty database', () => {
  it('publishes the sample edition and its six stories, readable by the public', async () => {
    expect(seeded.loaded).toBe(true)
    const { docs: editions } = await payload.find({ collection: 'editions', ...anonymous })
    expect(editions).toHaveLength(1)
    expect(editions[0]).toMatchObject({ number: 1, _status: 'published' })
    expect(editions[0].date.slice(0, 10)).toBe('2025-12-10')
    expect(editions[0].pages?.[0]).toMatchObject({ number: 3, name: '县市新闻' })
    expect(editions[0].pages?.[0].stories).toHaveLength(6)

    const articles = await payload.find({ collection: 'articles', depth: 0, ...anonymous })
    const profiles = await payload.find({ collection: 'profiles', depth: 0, ...anonymous })
    expect(articles.totalDocs).toBe(5)
    expect(profiles.totalDocs).toBe(1)
    for (const doc of [...articles.docs, ...profiles.docs]) {
      expect(doc._status).toBe('published')
      // A back issue: first published the morning the paper came out, 06:00 Beijing time.
      expect(new Date(doc.publishedAt ?? '').toISOString()).toBe('2025-12-09T22:00:00.000Z')
    }
    // Publishing went live with the imported text, not an empty shell.
    for (const doc of articles.docs) expect(doc.body?.root.children.length).toBeGreaterThan(3)
    expect(profiles.docs[0].chapters).toHaveLength(4)
  })

  it('creates one demo login per role, each able to sign in with the printed password', async () => {
    expect(seeded.logins.map((login) => login.role)).toEqual([
      'admin',
      'editor',
      'reporter',
      'desk',
      'section',
      'chief',
    ])
    for (const demo of DEMO_USERS) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: demo.email } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0].role).toBe(demo.role)
      const login = seeded.logins.find((l) => l.email === demo.email)
      const session = await payload.login({
        collection: 'users',
        data: { email: demo.email, password: login?.password ?? '' },
      })
      expect(session.user?.id).toBe(docs[0].id)
    }
    expect(formatSeedReport(seeded)).toContain('editor@county-news.local')
  })

  it('has every story signed 初审, 复审 and 终审 by the demo reviewers, and ships the term list', async () => {
    const signers = await payload.find({
      collection: 'users',
      where: { role: { in: ['desk', 'section', 'chief'] } },
      depth: 0,
    })
    const idOf = (role: string) => signers.docs.find((u) => u.role === role)?.id
    for (const collection of ['articles', 'profiles'] as const) {
      const { docs } = await payload.find({ collection, depth: 0, draft: true })
      for (const doc of docs) {
        expect(doc.workflow).toBe('approved')
        expect(doc.signOffs?.map((s) => [s.stage, s.signer, Boolean(s.supersededAt)])).toEqual([
          ['first', idOf('desk'), false],
          ['second', idOf('section'), false],
          ['final', idOf('chief'), false],
        ])
      }
    }
    const terms = await payload.count({ collection: 'proofreading-terms' })
    expect(terms.totalDocs).toBeGreaterThan(30)
  })

  it('loads the coverage area: every county of 昌吉州 in order, and the towns the page names', async () => {
    const { docs } = await payload.find({
      collection: 'regions',
      where: { level: { equals: 'county' } },
      sort: 'order',
      depth: 1,
    })
    expect(docs.map((county) => [county.name, county.order])).toEqual([
      ['昌吉市', 1],
      ['阜康市', 2],
      ['呼图壁县', 3],
      ['玛纳斯县', 4],
      ['奇台县', 5],
      ['吉木萨尔县', 6],
      ['木垒哈萨克自治县', 7],
    ])
    for (const county of docs) {
      expect(county.parent).toMatchObject({ name: '昌吉州', level: 'prefecture' })
    }
    const { docs: community } = await payload.find({
      collection: 'regions',
      where: { name: { equals: '美院社区' } },
      depth: 1,
    })
    expect((community[0].parent as Region).name).toBe('绿洲路街道')
    const { docs: columns } = await payload.find({ collection: 'columns' })
    expect(columns.map((column) => column.name)).toEqual(['社区直通车'])
  })
})

describe('seeding again', () => {
  it('finds the sample already there and changes nothing', async () => {
    const before = await contentCounts(payload)
    const again = await seedSampleIssue(payload)
    expect(again).toEqual({ loaded: false, counts: {}, logins: [], import: null })
    expect(await contentCounts(payload)).toEqual(before)
    expect(formatSeedReport(again)).toContain('nothing changed')
  })
})
