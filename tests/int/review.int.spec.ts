import { configToSchema } from '@payloadcms/graphql'
import { createRequire } from 'node:module'
import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { paragraphsToLexical } from '@/lib/lexical'
import { reviewQueues } from '@/lib/reviewQueues'
import { DEFAULT_REVIEW_RULES } from '@/lib/reviewStages'
import type { ReviewState } from '@/lib/signOff'
import { schedulePublishIfPermitted } from '@/serverFunctions/schedulePublishIfPermitted'

import { createNewsroom, PASSWORD, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { type Reviewers, signOffAll } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let admin: User
let editor: User
let reporter: User
let reviewers: Reviewers

const as = (user: User) => ({ user, overrideAccess: false as const })
const latest = (id: number | string) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

/** What the endpoints answer: a story's review state, a story, or a refusal (with the check's hits). */
type Answer = Partial<ReviewState> & { error?: string }

/** Logs in over REST as `user` and answers a fetch bound to that session. */
async function session(user: User | null) {
  let token: string | undefined
  if (user) {
    ;({ token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    }))
  }
  return async (method: string, path: string, body?: unknown) => {
    const response = await handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: `test-${process.pid}`,
      request: new Request(`http://127.0.0.1/api${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
    return { status: response.status, json: (await response.json()) as Answer }
  }
}

// The CommonJS build of graphql, as the externally loaded @payloadcms/graphql uses it (vite would
// hand this file the ESM build, a second copy the schema does not accept).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql')
const schema = () => configToSchema(payload.config).schema

/** Runs a GraphQL operation through the CMS's own schema as `user` (anonymous when null). */
async function gql(user: User | null, source: string) {
  const req = await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
  return graphql({ schema: schema(), source, contextValue: { req, headers: {} } })
}

/** A reporter's story, submitted to the desk. */
async function submitted(title: string, extra: Partial<Article> = {}) {
  const story = await payload.create({
    collection: 'articles',
    data: storyData(title, extra),
    draft: true,
    ...as(reporter),
  })
  await payload.update({
    collection: 'articles',
    id: story.id,
    data: { workflow: 'submitted' },
    draft: true,
    ...as(reporter),
  })
  return story
}

const setRules = (data: Record<string, unknown>) =>
  payload.updateGlobal({ slug: 'review-settings', data: { ...DEFAULT_REVIEW_RULES, ...data } })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ admin, editor, reporter, reviewers } = await createNewsroom(payload))
  for (const term of [
    { term: '最佳', suggestion: '删去或改为具体事实', category: 'advertising', level: 'banned' },
    { term: '台湾总统', suggestion: '台湾地区领导人', category: 'political', level: 'banned' },
    { term: '残废人', suggestion: '残疾人', category: 'discriminatory', level: 'banned' },
    { term: '布署', suggestion: '部署', category: 'confusion', level: 'caution' },
    {
      term: '截止',
      pattern: '截止(?=\\d{1,2}月)',
      suggestion: '截至',
      category: 'confusion',
      level: 'caution',
    },
  ] as const) {
    await payload.create({ collection: 'proofreading-terms', data: term })
  }
})

beforeEach(async () => {
  await setRules({})
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('三审三校', () => {
  it('takes a story through 初审, 复审 and 终审 by three people, and then it publishes', async () => {
    const story = await submitted('三审稿件')
    const desk = await session(reviewers.desk)
    const first = await desk('POST', `/articles/${story.id}/sign-off`, {
      stage: 'first',
      note: '事实已核',
    })
    expect(first.status).toBe(200)
    expect(first.json).toMatchObject({ workflow: 'firstReviewed', nextStage: 'second' })

    const second = await gql(
      reviewers.section,
      `mutation { signOffStory(collection: articles, id: "${story.id}", stage: "second", note: "可") { workflow nextStage } }`,
    )
    expect(second.errors).toBeUndefined()
    expect(second.data?.signOffStory).toEqual({ workflow: 'secondReviewed', nextStage: 'final' })

    const chief = await session(reviewers.chief)
    const final = await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'final' })
    expect(final.status).toBe(200)
    expect(final.json).toMatchObject({
      workflow: 'approved',
      nextStage: null,
      readyToPublish: true,
    })
    expect(final.json.signOffs?.map((s) => [s.label, s.signer, s.note])).toEqual([
      ['初审', 'desk', '事实已核'],
      ['复审', 'section', '可'],
      ['终审', 'chief', null],
    ])
    const kept = await latest(story.id)
    expect(kept.signOffs?.every((s) => s.version && s.signedAt && !s.supersededAt)).toBe(true)

    const published = await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })

  it('refuses the wrong role with 403, and a stage out of turn with 409', async () => {
    const story = await submitted('错角色')
    const section = await session(reviewers.section)
    const wrongRole = await section('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    expect(wrongRole).toMatchObject({ status: 403, json: { error: expect.stringMatching(/初审/) } })
    const early = await section('POST', `/articles/${story.id}/sign-off`, { stage: 'second' })
    expect(early).toMatchObject({ status: 409, json: { error: expect.stringMatching(/待初审/) } })
    const anonymous = await session(null)
    expect(
      (await anonymous('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })).status,
    ).toBe(401)
    expect((await latest(story.id)).signOffs).toEqual([])
  })

  it('refuses one person a second stage of the same story, over REST and GraphQL', async () => {
    // A paper where the chief may also sign 复审 — but not both on one story.
    await setRules({ secondRoles: ['section', 'chief'] })
    const story = await submitted('一人两审')
    const desk = await session(reviewers.desk)
    await desk('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    const chief = await session(reviewers.chief)
    expect(
      (await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'second' })).status,
    ).toBe(200)
    const rest = await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'final' })
    expect(rest).toMatchObject({
      status: 403,
      json: { error: expect.stringMatching(/同一人不能签同一稿件的两个审次/) },
    })
    const viaGraphQL = await gql(
      reviewers.chief,
      `mutation { signOffStory(collection: articles, id: "${story.id}", stage: "final") { workflow } }`,
    )
    expect(viaGraphQL.errors?.[0].message).toMatch(/同一人不能签同一稿件的两个审次/)
    expect(viaGraphQL.errors?.[0].originalError).toMatchObject({ status: 403 })
    expect((await latest(story.id)).workflow).toBe('secondReviewed')

    // Only an explicit setting lets it through, and the sign-off says so.
    await setRules({ secondRoles: ['section', 'chief'], sameSignerSecondAndFinal: true })
    const allowed = await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'final' })
    expect(allowed.status).toBe(200)
    expect(allowed.json.signOffs?.at(-1)).toMatchObject({ label: '终审', sameSignerAllowed: true })
  })

  it('sends a story edited after 终审 back to 复审, with the reason, keeping every sign-off', async () => {
    const story = await submitted('终审后改动')
    await signOffAll(payload, reviewers, 'articles', story.id)
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { title: '终审后改动（改标题）' },
      draft: true,
      ...as(editor),
    })
    const after = await latest(story.id)
    expect(after.workflow).toBe('firstReviewed')
    expect(after.returnedReason).toMatch(/签发后文字有改动，退回复审（editor/)
    expect(after.signOffs?.map((s) => [s.stage, Boolean(s.supersededAt)])).toEqual([
      ['first', false],
      ['second', true],
      ['final', true],
    ])
    await expect(
      payload.update({
        collection: 'articles',
        id: story.id,
        data: { _status: 'published' },
        ...as(editor),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/未经终审签发/) })

    // A change that is not text (the region, the column) keeps the sign-offs in force.
    const section = await session(reviewers.section)
    const chief = await session(reviewers.chief)
    await section('POST', `/articles/${story.id}/sign-off`, { stage: 'second' })
    await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'final' })
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { deskNotes: '只改备注' },
      draft: true,
      ...as(editor),
    })
    const ready = await latest(story.id)
    expect(ready.workflow).toBe('approved')
    expect(ready.returnedReason).toBeNull()
    expect(ready.signOffs).toHaveLength(5)
  })

  it('refuses publishing without 终审 to everyone, admins and system code included', async () => {
    const story = await submitted('未终审')
    const desk = await session(reviewers.desk)
    await desk('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    const before = await latest(story.id)
    for (const attempt of [
      () =>
        payload.update({
          collection: 'articles',
          id: story.id,
          data: { _status: 'published' },
          ...as(admin),
        }),
      () =>
        payload.update({
          collection: 'articles',
          id: story.id,
          data: { _status: 'published' },
          overrideAccess: true,
        }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/未经终审签发/),
      })
    }
    // REST, as the admin.
    const adminRest = await session(admin)
    const rest = await adminRest('PATCH', `/articles/${story.id}`, { _status: 'published' })
    expect(rest.status).toBe(403)
    expect(JSON.stringify(rest.json)).toMatch(/未经终审签发/)
    // The admin's schedule drawer.
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)
    expect(
      await schedulePublishIfPermitted({
        type: 'publish',
        date: new Date(Date.now() + 60_000),
        doc: { relationTo: 'articles', value: String(story.id) },
        req,
      }),
    ).toEqual({ error: expect.stringMatching(/未经终审签发/) })
    // A scheduled job queued around the drawer fails when it runs.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
    })
    await payload.jobs.run({ overrideAccess: true })
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(jobs[0].hasError).toBe(true)
    expect(JSON.stringify(jobs[0].error)).toMatch(/未经终审签发/)
    // An edition cannot publish it either.
    await expect(
      payload.create({
        collection: 'editions',
        data: {
          date: '2026-01-05T00:00:00.000Z',
          number: 5,
          pages: [{ number: 1, stories: [{ relationTo: 'articles', value: story.id }] }],
          _status: 'published',
        },
        ...as(admin),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/第1版《未终审》/) })
    expect(await payload.count({ collection: 'editions' })).toMatchObject({ totalDocs: 0 })
    const after = await latest(story.id)
    expect(after).toEqual(before)
    expect(
      (await payload.findByID({ collection: 'articles', id: story.id, depth: 0 }))._status,
    ).toBe('draft')
  })

  it('publishes an edition whose stories are all signed off', async () => {
    const story = await submitted('版面稿件')
    await signOffAll(payload, reviewers, 'articles', story.id)
    const edition = await payload.create({
      collection: 'editions',
      data: {
        date: '2026-01-06T00:00:00.000Z',
        number: 6,
        pages: [{ number: 1, stories: [{ relationTo: 'articles', value: story.id }] }],
        _status: 'published',
      },
      ...as(editor),
    })
    expect(edition._status).toBe('published')
    expect(
      (await payload.findByID({ collection: 'articles', id: story.id, depth: 0 }))._status,
    ).toBe('published')
  })

  it('runs two stages when the settings say so: 初审 and 终审 publish', async () => {
    await setRules({ stageCount: 'two' })
    const story = await submitted('两审稿件')
    const desk = await session(reviewers.desk)
    const chief = await session(reviewers.chief)
    const section = await session(reviewers.section)
    await desk('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    expect(
      (await section('POST', `/articles/${story.id}/sign-off`, { stage: 'second' })).status,
    ).toBe(409)
    const final = await chief('POST', `/articles/${story.id}/sign-off`, { stage: 'final' })
    expect(final.json).toMatchObject({ workflow: 'approved', readyToPublish: true })
    const published = await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })
})

describe("the desk's dashboard", () => {
  it("shows each stage's queue, split into waiting for me and for others, oldest first", async () => {
    await submitted('队列-先交')
    await submitted('队列-后交')
    const signed = await submitted('队列-已初审')
    const desk = await session(reviewers.desk)
    await desk('POST', `/articles/${signed.id}/sign-off`, { stage: 'first' })
    const queuesOf = async (user: User) =>
      (await reviewQueues(payload, { ...user, collection: 'users' }))!
    const titles = (items: { title: string }[]) => items.map((s) => s.title)
    const forDesk = await queuesOf(reviewers.desk)
    expect(forDesk.stages.map((s) => s.label)).toEqual(['初审', '复审', '终审'])
    const [first, second] = forDesk.stages
    expect(titles(first.mine).slice(-2)).toEqual(['队列-先交', '队列-后交'])
    expect(first.mine[0].since <= first.mine[1].since).toBe(true)
    expect(titles(second.others)).toContain('队列-已初审')
    expect(titles(second.mine)).not.toContain('队列-已初审')

    const forSection = await queuesOf(reviewers.section)
    expect(titles(forSection.stages[1].mine)).toContain('队列-已初审')
    expect(titles(forSection.stages[0].others)).toContain('队列-先交')
    expect(titles(forSection.stages[0].mine)).toEqual([])
    expect(await reviewQueues(payload, { ...reporter, collection: 'users' })).toBeNull()
  })
})

describe('the check (校对)', () => {
  const TEXT = '截止12月1日，全县布署冬季供暖，打造最佳服务。'

  it('finds each kind of hit with its place and suggestion, and a banned term blocks the sign-off', async () => {
    const story = await submitted('台湾总统一词的报道', {
      body: paragraphsToLexical(['第一段。', TEXT, '帮助残废人就业。']),
    })
    const desk = await session(reviewers.desk)
    const review = await desk('GET', `/articles/${story.id}/review`)
    expect(review.status).toBe(200)
    const hits = review.json.hits?.map((h) => [h.label, h.match, h.start, h.suggestion, h.level])
    expect(hits).toEqual([
      ['主题', '台湾总统', 0, '台湾地区领导人', 'banned'],
      ['正文第2段', '截止', 0, '截至', 'caution'],
      ['正文第2段', '布署', TEXT.indexOf('布署'), '部署', 'caution'],
      ['正文第2段', '最佳', TEXT.indexOf('最佳'), '删去或改为具体事实', 'banned'],
      ['正文第3段', '残废人', 2, '残疾人', 'banned'],
    ])
    expect(review.json.unresolved).toBe(3)

    const blocked = await desk('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    expect(blocked.status).toBe(409)
    expect(blocked.json.error).toMatch(/台湾总统、最佳、残废人/)
    expect(blocked.json.hits).toHaveLength(3)
    expect((await latest(story.id)).signOffs).toEqual([])
  })

  it('lets only the final reviewer keep a banned term, with a reason that is recorded', async () => {
    const story = await submitted('评比结果', {
      body: paragraphsToLexical(['本县获评全省最佳营商环境县。']),
    })
    const desk = await session(reviewers.desk)
    const chief = await session(reviewers.chief)
    const byDesk = await desk('POST', `/articles/${story.id}/keep-term`, {
      term: '最佳',
      reason: '评比名称',
    })
    expect(byDesk.status).toBe(403)
    const noReason = await chief('POST', `/articles/${story.id}/keep-term`, { term: '最佳' })
    expect(noReason.status).toBe(400)
    const kept = await chief('POST', `/articles/${story.id}/keep-term`, {
      term: '最佳',
      reason: '引述省里评比的正式名称',
    })
    expect(kept.status).toBe(200)
    expect(kept.json).toMatchObject({
      unresolved: 0,
      overrides: [{ term: '最佳', reason: '引述省里评比的正式名称', by: 'chief' }],
    })
    expect((await latest(story.id)).checkOverrides).toMatchObject([
      { term: '最佳', reason: '引述省里评比的正式名称', by: reviewers.chief.id },
    ])
    const first = await desk('POST', `/articles/${story.id}/sign-off`, { stage: 'first' })
    expect(first.status).toBe(200)
  })

  it('keeps sign-offs and overrides when a save tries to drop or forge them', async () => {
    const story = await submitted('伪造签发')
    await signOffAll(payload, reviewers, 'articles', story.id)
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: {
        signOffs: [],
        checkOverrides: [{ term: 'x', reason: 'y', by: admin.id, at: new Date().toISOString() }],
      },
      draft: true,
      overrideAccess: true,
    })
    const after = await latest(story.id)
    expect(after.signOffs).toHaveLength(3)
    expect(after.checkOverrides).toEqual([])
    // Setting the workflow by hand does not sign anything.
    const other = await submitted('手动审定')
    await payload.update({
      collection: 'articles',
      id: other.id,
      data: { workflow: 'approved' },
      draft: true,
      ...as(admin),
    })
    expect((await latest(other.id)).workflow).toBe('submitted')
  })
})

describe('sign-off records', () => {
  it('never reach anonymous readers, over the Local API, REST or GraphQL', async () => {
    const story = await submitted('公开稿件')
    await signOffAll(payload, reviewers, 'articles', story.id)
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    const local = await payload.findByID({
      collection: 'articles',
      id: story.id,
      overrideAccess: false,
    })
    expect(local.title).toBe('公开稿件')
    // The live document holds the three sign-offs; an anonymous read gets none of them.
    const stored = await payload.findByID({ collection: 'articles', id: story.id, depth: 0 })
    expect(stored.signOffs).toHaveLength(3)
    expect(local.signOffs ?? []).toEqual([])
    expect(local).not.toHaveProperty('returnedReason')
    expect(local).not.toHaveProperty('stageEnteredAt')
    const anonymous = await session(null)
    const rest = await anonymous('GET', `/articles/${story.id}`)
    expect(rest.status).toBe(200)
    expect(rest.json.signOffs ?? []).toEqual([])
    expect(JSON.stringify(rest.json)).not.toMatch(/textHash|signer|returnedReason|stageEnteredAt/)
    const viaGraphQL = await gql(
      null,
      `{ Article(id: ${story.id}) { title signOffs { stage } checkOverrides { term } returnedReason } }`,
    )
    expect(viaGraphQL.data?.Article).toMatchObject({
      title: '公开稿件',
      signOffs: [],
      checkOverrides: [],
      returnedReason: null,
    })
    expect((await anonymous('GET', `/articles/${story.id}/review`)).status).toBe(401)
    expect((await anonymous('GET', '/proofreading-terms')).status).toBe(403)
    expect((await anonymous('GET', '/globals/review-settings')).status).toBe(403)
  })
})
