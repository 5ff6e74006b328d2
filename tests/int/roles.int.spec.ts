import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { graphql, restCall, tokenFor } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { createPublished, type Reviewers } from '../helpers/review'
import {
  CHANNELS,
  GLOBAL_OPERATIONS,
  NOTHING,
  OPERATIONS,
  reaches,
  settle,
  type Actor,
  type Channel,
  type Result,
} from './roles/channels'
import { subjects, type Subject, type World } from './roles/subjects'
import {
  COLLECTIONS,
  GLOBALS,
  INTERNAL_COLLECTIONS,
  JOBS,
  ROLES,
  type Operation,
  type Outcome,
  type RoleName,
} from './roles/table'

/**
 * Every role × every collection and global × every operation × REST, GraphQL and the Local API,
 * against the hand-written table in roles/table.ts. A refusal must be one of Payload's own (in the
 * newsroom's Chinese) and leave every stored document and version as it was.
 */

let cms: TestCMS
let payload: Payload
let actors: Record<RoleName, Actor>
let users: Record<'reporter' | 'otherReporter' | 'editor' | 'admin', User>
let reviewers: Reviewers
let subjectsBySlug: Record<string, Subject>

/** Payload's refusals as the newsroom reads them (the admin's language is Chinese). */
const REFUSALS: Record<number, string[]> = {
  401: ['未经授权，您必须登录才能发起这个请求。'],
  403: ['您无权执行此操作。'],
  // Over REST, and as the Local API's NotFound says it.
  404: ['没有找到请求的资源。', '未找到'],
}

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  const newsroom = await createNewsroom(payload)
  reviewers = newsroom.reviewers
  users = {
    reporter: newsroom.reporter,
    otherReporter: newsroom.otherReporter,
    editor: newsroom.editor,
    admin: newsroom.admin,
  }
  actors = { anonymous: {} } as Record<RoleName, Actor>
  for (const role of ['reporter', 'editor', 'admin'] as const) {
    actors[role] = { user: users[role], token: await tokenFor(payload, users[role].email) }
  }
  const live = await createPublished(payload, reviewers, storyData('矩阵已发布稿件'))
  const world: World = {
    payload,
    reviewers,
    contributorId: newsroom.contributor.id,
    liveArticleId: live.id,
  }
  subjectsBySlug = subjects(world)
})

afterAll(async () => {
  await cms?.cleanup()
})

const config = (slug: string) => payload.collections[slug as CollectionSlug].config
const hasDrafts = (slug: string) => Boolean(config(slug).versions?.drafts)

/**
 * What a refused call must leave as it was, read from the database below Payload's hooks: the
 * document it aimed at (row and hidden fields, trashed or not), how many documents the collection
 * holds and how many versions.
 */
async function stored(slug: string, id?: number | string) {
  const collection = slug as CollectionSlug
  const doc =
    id === undefined
      ? null
      : await payload.db.findOne({ collection, where: { id: { equals: id } } })
  const { totalDocs } = await payload.db.count({ collection, where: {} })
  const versions = config(slug).versions
    ? (await payload.db.countVersions({ collection, where: {} })).totalDocs
    : 0
  return { doc, totalDocs, versions }
}

const storedDoc = (slug: string, id: number | string) =>
  payload
    .find({
      collection: slug as CollectionSlug,
      where: { id: { equals: id } },
      draft: hasDrafts(slug),
      trash: Boolean(config(slug).trash),
      depth: 0,
      showHiddenFields: true,
    })
    .then(({ docs }) => docs[0] as unknown as Record<string, unknown> | undefined)

/** Why a refusal is not a proper one, or null when it is. */
function improperRefusal(result: Result): string | null {
  if (result.ok) return 'allowed'
  if (result.message === NOTHING) return null
  if (result.status && REFUSALS[result.status]?.includes(result.message)) return null
  return `refused with ${result.status} ${result.message}`
}

const idOf = (value: unknown) => String((value as { id?: unknown } | null)?.id)

/**
 * REST routes a collection answers by its own endpoints instead of Payload's: admin preferences are
 * read and deleted by key, always the caller's own (tested on their own below).
 */
const BY_KEY: Record<string, Operation[]> = { 'payload-preferences': ['read', 'delete'] }

/** Whose document a cell acts on. */
type Target = 'new' | 'own' | 'other' | 'any' | 'published'

function targetsFor(slug: string, op: Operation, role: RoleName, outcome: Outcome): Target[] {
  if (op === 'create') return ['new']
  if (op === 'unlock') return ['other']
  const owned: Target[] = subjectsBySlug[slug].owned
    ? actors[role].user
      ? ['own', 'other']
      : ['other']
    : ['any']
  // An admin deleting their own account is not what the row is about (and ends the matrix).
  const kinds =
    slug === 'users' && op === 'delete' && outcome === 'yes' ? ['other' as const] : owned
  return op === 'read' && hasDrafts(slug) ? [...kinds, 'published'] : kinds
}

const expectedAllowed = (outcome: Outcome, target: Target) =>
  outcome === 'yes' ||
  (outcome === 'own' && target === 'own') ||
  (outcome === 'published' && target === 'published')

const otherOf = (role: RoleName) => (role === 'reporter' ? users.otherReporter : users.reporter)

const cached = new Map<string, { id: number | string }>()
let serial = 0

/** The document a cell acts on: fresh when the cell may change or remove it, else shared. */
async function targetDoc(slug: string, target: Target, role: RoleName, fresh: boolean) {
  const subject = subjectsBySlug[slug]
  const owner =
    target === 'own' ? (actors[role].user as User) : target === 'any' ? users.editor : otherOf(role)
  const published = target === 'published'
  const key = `${slug}:${target}:${owner.id}`
  if (!fresh && cached.has(key)) return cached.get(key)!
  const doc = await subject.make(owner, { published, fresh, own: target === 'own' })
  if (!fresh) cached.set(key, doc)
  return doc
}

let lockable: { id: number | string } | undefined

/** One account of its own for the unlock cells, which lock it again before each try. */
const lockableAccount = async () =>
  (lockable ??= await subjectsBySlug.users.make(users.editor, { fresh: true }))

/** The oldest version of a document, after giving it a newer one to restore over. */
async function olderVersion(slug: string, id: number | string) {
  const subject = subjectsBySlug[slug]
  await payload.update({
    collection: slug as CollectionSlug,
    id,
    data: subject.edit(++serial),
    ...(hasDrafts(slug) ? { draft: true } : {}),
  })
  const { docs } = await payload.findVersions({
    collection: slug as CollectionSlug,
    where: { parent: { equals: id } },
    sort: 'createdAt',
    limit: 1,
  })
  return docs[0].id
}

const LOCKED_UNTIL = () => new Date(Date.now() + 3_600_000).toISOString()

/** Runs one cell; returns what is wrong with it, or null. */
async function runCell(
  slug: string,
  op: Operation,
  role: RoleName,
  channel: Channel,
  target: Target,
  allowed: boolean,
): Promise<string | null> {
  const subject = subjectsBySlug[slug]
  const mutates = ['update', 'delete', 'trash', 'restoreVersion', 'unlock'].includes(op)
  const doc =
    target === 'new'
      ? undefined
      : op === 'unlock'
        ? await lockableAccount()
        : await targetDoc(slug, target, role, allowed && mutates)
  const n = ++serial
  const call = {
    payload,
    slug,
    actor: actors[role],
    id: doc?.id,
    drafts: hasDrafts(slug),
    graphqlUpdate: subject.graphqlUpdate,
    data:
      op === 'create'
        ? subject.createData(n, actors[role].user)
        : subject.edit(n, actors[role].user),
    file: op === 'create' && subject.file ? await subject.file() : undefined,
    versionId: op === 'restoreVersion' && doc ? await olderVersion(slug, doc.id) : undefined,
    email: undefined as string | undefined,
  }
  if (op === 'unlock' && doc) {
    await payload.db.updateOne({
      collection: 'users',
      id: doc.id,
      data: { loginAttempts: 5, lockUntil: LOCKED_UNTIL() },
    })
    call.email = (doc as User).email
  }
  const before = allowed ? undefined : await stored(slug, doc?.id)
  // A refusal of something already gone proves nothing.
  if (doc && !allowed && !before?.doc) return 'its document is missing'
  const versionsBefore =
    op === 'restoreVersion' && doc
      ? (
          await payload.countVersions({
            collection: slug as CollectionSlug,
            where: { parent: { equals: doc.id } },
          })
        ).totalDocs
      : 0
  const result = await OPERATIONS[op][channel](call)

  if (!allowed) {
    const improper = improperRefusal(result)
    if (improper) return improper
    const after = await stored(slug, doc?.id)
    if (JSON.stringify(after) !== JSON.stringify(before)) return 'refused, but stored state changed'
    return null
  }
  if (!result.ok) return `refused with ${result.status} ${result.message}`
  switch (op) {
    case 'create': {
      const created = await storedDoc(slug, idOf(result.value))
      return created ? null : 'created nothing'
    }
    case 'read':
      return idOf(result.value) === String(doc!.id) ? null : `read ${idOf(result.value)}`
    case 'update': {
      const after = await storedDoc(slug, doc!.id)
      const edit = call.data
      for (const [key, value] of Object.entries(edit)) {
        if (JSON.stringify(after?.[key]) !== JSON.stringify(value)) return `${key} not updated`
      }
      return null
    }
    case 'delete':
      return (await storedDoc(slug, doc!.id)) ? 'still stored' : null
    case 'trash':
      return (await storedDoc(slug, doc!.id))?.deletedAt ? null : 'not in the trash'
    case 'readVersions': {
      const docs = (result.value as { docs: { parent: unknown }[] }).docs
      const parents = docs.map((v) => String((v.parent as { id?: unknown })?.id ?? v.parent))
      return docs.length > 0 && parents.every((p) => p === String(doc!.id))
        ? null
        : `versions ${parents.join(',')}`
    }
    case 'restoreVersion': {
      const { totalDocs } = await payload.countVersions({
        collection: slug as CollectionSlug,
        where: { parent: { equals: doc!.id } },
      })
      return totalDocs > versionsBefore ? null : 'no version restored'
    }
    case 'unlock': {
      const lockUntil = (await storedDoc(slug, doc!.id))?.lockUntil
      // A date string from SQLite, a Date from MongoDB.
      return (typeof lockUntil === 'string' || lockUntil instanceof Date) &&
        new Date(lockUntil).getTime() > Date.now()
        ? 'still locked'
        : null
    }
  }
}

/** The operations a collection has, from its config: what the table's row must list. */
function operationsOf(slug: string): Operation[] {
  const { versions, trash, auth } = config(slug)
  return [
    'create',
    'read',
    'update',
    'delete',
    ...(versions ? (['readVersions', 'restoreVersion'] as const) : []),
    ...(trash ? (['trash'] as const) : []),
    ...(auth ? (['unlock'] as const) : []),
  ]
}

describe('the role matrix', () => {
  it('has a row for every collection and global, listing exactly the operations each has', () => {
    const slugs = payload.config.collections.map((c) => c.slug)
    expect([...Object.keys(COLLECTIONS), ...INTERNAL_COLLECTIONS].toSorted()).toEqual(
      slugs.toSorted(),
    )
    for (const slug of Object.keys(COLLECTIONS)) {
      expect(Object.keys(COLLECTIONS[slug]).toSorted(), slug).toEqual(operationsOf(slug).toSorted())
    }
    for (const slug of INTERNAL_COLLECTIONS) {
      expect([reaches(payload, slug, 'rest'), reaches(payload, slug, 'graphql')], slug).toEqual([
        false,
        false,
      ])
    }
    expect(Object.keys(GLOBALS).toSorted()).toEqual(
      payload.config.globals.map((g) => g.slug).toSorted(),
    )
    for (const global of payload.config.globals) {
      expect(global.versions, `${global.slug} has versions: add them to the table`).toBeFalsy()
    }
  })

  it('holds in every cell for collections, through REST, GraphQL and the Local API', async () => {
    const wrong: string[] = []
    let cells = 0
    for (const [slug, row] of Object.entries(COLLECTIONS)) {
      for (const [op, outcomes] of Object.entries(row) as [
        Operation,
        Record<RoleName, Outcome>,
      ][]) {
        for (const role of ROLES) {
          for (const channel of CHANNELS) {
            if (!reaches(payload, slug, channel)) continue
            if (channel === 'rest' && BY_KEY[slug]?.includes(op)) continue
            // GraphQL carries no files: uploads are created over REST or the Local API.
            if (channel === 'graphql' && op === 'create' && subjectsBySlug[slug].file) continue
            for (const target of targetsFor(slug, op, role, outcomes[role])) {
              const allowed = expectedAllowed(outcomes[role], target)
              const problem = await runCell(slug, op, role, channel, target, allowed).catch(
                (error: Error) => `threw ${error.message}`,
              )
              cells++
              if (problem) {
                wrong.push(
                  `${slug} ${op} ${role} ${channel} ${target} (expected ${allowed ? 'allowed' : 'refused'}): ${problem}`,
                )
              }
            }
          }
        }
      }
    }
    expect(wrong).toEqual([])
    expect(cells).toBeGreaterThan(900)
  })

  it('holds for every global', async () => {
    const wrong: string[] = []
    for (const [slug, row] of Object.entries(GLOBALS)) {
      for (const [op, outcomes] of Object.entries(row) as [
        'read' | 'update',
        Record<RoleName, Outcome>,
      ][]) {
        for (const role of ROLES) {
          for (const channel of CHANNELS) {
            const allowed = outcomes[role] === 'yes'
            const before = await payload.findGlobal({ slug: slug as never, depth: 0 })
            // Saving what is stored changes nothing but the time of the save.
            const {
              id: _id,
              createdAt: _c,
              updatedAt: _u,
              globalType: _g,
              ...data
            } = before as Record<string, unknown>
            const result = await GLOBAL_OPERATIONS[op][channel](
              payload,
              slug,
              actors[role],
              op === 'update' ? data : undefined,
            )
            const after = await payload.findGlobal({ slug: slug as never, depth: 0 })
            const cell = `${slug} ${op} ${role} ${channel}`
            if (allowed && !result.ok)
              wrong.push(`${cell}: refused with ${result.status} ${result.message}`)
            if (!allowed) {
              const improper = improperRefusal(result)
              if (improper) wrong.push(`${cell}: ${improper}`)
              else if (JSON.stringify(after) !== JSON.stringify(before))
                wrong.push(`${cell}: changed`)
            }
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('holds for queueing, running and cancelling jobs', async () => {
    const wrong: string[] = []
    const queued = () =>
      payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'matrix' } } })
    for (const role of ROLES) {
      const req = await createLocalReq({ user: actors[role].user }, payload)
      const attempts: Record<keyof typeof JOBS, () => Promise<Result>> = {
        queue: () =>
          settle(
            payload.jobs.queue({
              task: 'buildSite',
              input: { reason: 'matrix' },
              queue: 'matrix',
              overrideAccess: false,
              req,
            }),
          ),
        // An empty queue: the access check is what is tried, not a site build.
        run: () => settle(payload.jobs.run({ queue: 'matrix-empty', overrideAccess: false, req })),
        cancel: async () => {
          const job = await payload.jobs.queue({
            task: 'buildSite',
            input: {},
            queue: 'matrix-cancel',
          })
          const result = await settle(
            payload.jobs.cancel({ where: { id: { equals: job.id } }, overrideAccess: false, req }),
          )
          const after = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
          if (result.ok && !after.hasError)
            return { ok: false, status: 200, message: 'not cancelled' }
          if (!result.ok && after.hasError) return { ok: true, value: 'cancelled though refused' }
          return result
        },
      }
      for (const [action, outcomes] of Object.entries(JOBS) as [
        keyof typeof JOBS,
        Record<RoleName, Outcome>,
      ][]) {
        const allowed = outcomes[role] === 'yes'
        const before = await queued()
        const result = await attempts[action]()
        const after = await queued()
        const cell = `jobs ${action} ${role} local`
        if (allowed && !result.ok)
          wrong.push(`${cell}: refused with ${result.status} ${result.message}`)
        if (!allowed) {
          const improper = improperRefusal(result)
          if (improper) wrong.push(`${cell}: ${improper}`)
          else if (after.totalDocs !== before.totalDocs) {
            wrong.push(`${cell}: a job was queued (${before.totalDocs} → ${after.totalDocs})`)
          }
        }
      }
      // Over HTTP, as an outside runner calls them.
      for (const endpoint of ['run?queue=matrix-empty']) {
        const { status, json } = await restCall(payload, 'GET', `/api/payload-jobs/${endpoint}`, {
          token: actors[role].token,
        })
        const allowed = JOBS.run[role] === 'yes'
        const cell = `jobs ${endpoint} ${role} rest`
        if (allowed && status !== 200) wrong.push(`${cell}: ${status} ${JSON.stringify(json)}`)
        if (!allowed && !(status === 401 && REFUSALS[401].includes(String(json.message)))) {
          wrong.push(`${cell}: ${status} ${JSON.stringify(json)}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('a reporter publishing by a side door', () => {
  const asReporter = (id?: number | string) => ({
    payload,
    slug: 'articles',
    actor: actors.reporter,
    id,
    drafts: false,
  })

  it('is refused creating or saving a story as published, on every channel', async () => {
    const draft = await subjectsBySlug.articles.make(users.reporter)
    for (const channel of CHANNELS) {
      const before = await stored('articles', draft.id)
      const published = { ...storyData('记者直接发布'), _status: 'published' }
      const created = await OPERATIONS.create[channel]({ ...asReporter(), data: published })
      const updated = await OPERATIONS.update[channel]({
        ...asReporter(draft.id),
        data: { _status: 'published' },
      })
      expect([created, updated].map(improperRefusal), channel).toEqual([null, null])
      expect([created, updated].map((r) => !r.ok && r.status)).toEqual([403, 403])
      expect(await stored('articles', draft.id)).toEqual(before)
    }
  })

  it('is refused restoring a published version, on every channel', async () => {
    const live = await subjectsBySlug.articles.make(users.editor, { published: true })
    const {
      docs: [version],
    } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: live.id } }, { 'version._status': { equals: 'published' } }],
      },
      limit: 1,
    })
    for (const channel of CHANNELS) {
      const before = await stored('articles', live.id)
      const result = await OPERATIONS.restoreVersion[channel]({
        ...asReporter(live.id),
        versionId: version.id,
      })
      expect(result, channel).toEqual({ ok: false, status: 403, message: REFUSALS[403][0] })
      expect(await stored('articles', live.id)).toEqual(before)
    }
  })

  it('is refused duplicating a published story, on every channel', async () => {
    const live = await subjectsBySlug.articles.make(users.editor, { published: true })
    const before = await stored('articles', live.id)
    const attempts = [
      await restCall(payload, 'POST', `/api/articles/${live.id}/duplicate`, {
        body: {},
        token: actors.reporter.token,
      }).then(({ status, json }) => ({
        status,
        message: (json.errors as { message: string }[])?.[0]?.message,
      })),
      await graphql(
        payload,
        `mutation ($data: mutationArticleInput!) {
          duplicateArticle(id: ${JSON.stringify(live.id)}, data: $data) { id _status }
        }`,
        actors.reporter.token,
        { data: { title: '复制的稿件', workflow: 'drafting' } },
      ).then(({ errors }) => ({
        status: errors?.[0]?.originalError?.status,
        message: errors?.[0]?.message,
      })),
      await settle(
        payload.duplicate({
          collection: 'articles',
          id: live.id,
          user: users.reporter,
          overrideAccess: false,
        }),
      ).then((r) =>
        r.ok ? { status: 200, message: 'duplicated' } : { status: r.status, message: r.message },
      ),
    ]
    expect(attempts).toEqual(Array(3).fill({ status: 403, message: REFUSALS[403][0] }))
    expect(await stored('articles', live.id)).toEqual(before)
  })

  it('publishes nothing through a bulk update, over REST or the Local API', async () => {
    const own = await subjectsBySlug.articles.make(users.reporter)
    const others = await subjectsBySlug.articles.make(users.otherReporter)
    const snapshot = () => Promise.all([stored('articles', own.id), stored('articles', others.id)])
    const before = await snapshot()
    const ids = [own.id, others.id]
    const rest = await restCall(
      payload,
      'PATCH',
      `/api/articles?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`,
      { body: { _status: 'published' }, token: actors.reporter.token },
    )
    expect(rest).toEqual({ status: 403, json: { errors: [{ message: REFUSALS[403][0] }] } })
    const local = await settle(
      payload.update({
        collection: 'articles',
        where: { id: { in: ids } },
        data: { _status: 'published' },
        user: users.reporter,
        overrideAccess: false,
      }),
    )
    expect(local).toEqual({ ok: false, status: 403, message: REFUSALS[403][0] })
    expect(await snapshot()).toEqual(before)
  })
})

describe('an anonymous query asking for drafts', () => {
  it('gets no draft, no newer draft of a live story, and no versions (GraphQL, REST lists)', async () => {
    const draft = await subjectsBySlug.articles.make(users.reporter)
    const live = await subjectsBySlug.articles.make(users.editor, { published: true })
    const { title: liveTitle } = await payload.findByID({ collection: 'articles', id: live.id })
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { title: '尚未发布的新标题' },
      draft: true,
    })
    const one = (id: number | string) =>
      graphql(payload, `{ Article(id: ${JSON.stringify(id)}, draft: true) { id title _status } }`)
    const hidden = await one(draft.id)
    expect(hidden.data?.Article ?? null).toBeNull()
    expect(REFUSALS[404]).toContain(hidden.errors?.[0]?.message)
    expect((await one(live.id)).data?.Article).toMatchObject({
      title: liveTitle,
      _status: 'published',
    })
    const list = await graphql(
      payload,
      '{ Articles(draft: true, limit: 100) { docs { id title _status } } }',
    )
    const docs = (list.data?.Articles as { docs: { id: number; title: string; _status: string }[] })
      .docs
    expect(docs.map((d) => d._status).every((s) => s === 'published')).toBe(true)
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
    expect(docs.map((d) => d.title)).not.toContain('尚未发布的新标题')
    const rest = await restCall(payload, 'GET', '/api/articles?draft=true&limit=100&depth=0')
    const restDocs = rest.json.docs as { id: number; title: string; _status: string }[]
    expect(restDocs.every((d) => d._status === 'published')).toBe(true)
    expect(restDocs.map((d) => d.id)).not.toContain(draft.id)
    expect(restDocs.map((d) => d.title)).not.toContain('尚未发布的新标题')
    const versions = await graphql(payload, '{ versionsArticles { docs { id } } }')
    expect(versions.data?.versionsArticles ?? null).toBeNull()
    expect(versions.errors?.map((e) => e.message)).toEqual([REFUSALS[403][0]])
  })
})

describe('admin preferences over REST, which addresses them by key', () => {
  it("give another person's preference to nobody, and let nobody delete it", async () => {
    const theirs = await subjectsBySlug['payload-preferences'].make(users.editor)
    const { key, value } = await payload.findByID({
      collection: 'payload-preferences',
      id: theirs.id,
    })
    for (const role of ['anonymous', 'reporter', 'admin'] as const) {
      const read = await restCall(payload, 'GET', `/api/payload-preferences/${key}`, {
        token: actors[role].token,
      })
      expect(read.json.value ?? null, role).toBeNull()
      await restCall(payload, 'DELETE', `/api/payload-preferences/${key}`, {
        token: actors[role].token,
      })
      const after = await payload.findByID({ collection: 'payload-preferences', id: theirs.id })
      expect(after.value, role).toEqual(value)
    }
  })
})
