/**
 * The correspondent registry and fees (稿费): private details are for admins only, a fee for the
 * desk and the contributor it pays — on every path a reader or a reporter has: the Local API as
 * them, REST (with `select`, `where` and `sort`), GraphQL, version history and the public snapshot.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Contributor, User } from '@/payload-types'
import { loadPublicContent } from '@/publicContent/loadPublicContent'

import { graphql, restGet, tokenFor } from '../helpers/api'
import { createNewsroom, storyData } from '../helpers/fixtures'
import { startCMS, type TestCMS } from '../helpers/payload'
import { signOffAll, type Reviewers } from '../helpers/review'

const PHONE = '13899001234'
const ACCOUNT = '6222020200112233445'
const HOLDER = '王正佳本人'

let cms: TestCMS
let payload: Payload
let admin: User
let editor: User
let reporter: User
let reviewers: Reviewers
let own: Contributor
let other: Contributor
let story: Article
const tokens: Record<'admin' | 'editor' | 'reporter', string> = {
  admin: '',
  editor: '',
  reporter: '',
}

const as = (user: User) => ({ user, overrideAccess: false as const })

beforeAll(async () => {
  cms = await startCMS()
  payload = cms.payload
  ;({ admin, editor, reporter, reviewers } = await createNewsroom(payload))
  own = await payload.create({
    collection: 'contributors',
    data: {
      name: '王正佳',
      defaultRole: 'correspondent',
      affiliation: '奇台县融媒体中心',
      privateDetails: { phone: PHONE, bankAccountHolder: HOLDER, bankAccount: ACCOUNT },
    },
    ...as(admin),
  })
  other = await payload.create({
    collection: 'contributors',
    data: {
      name: '阿依曼',
      defaultRole: 'correspondent',
      affiliation: '昌吉市第一中学',
      privateDetails: { phone: '13900000002', bankAccount: '6222000000000000002' },
    },
    ...as(admin),
  })
  // The reporter's account is the correspondent 王正佳.
  reporter = await payload.update({
    collection: 'users',
    id: reporter.id,
    data: { contributor: own.id },
    ...as(admin),
  })
  await payload.updateGlobal({
    slug: 'fee-rates',
    data: { bands: [{ kind: 'article', amount: 80 }], perPhoto: 30 },
    ...as(admin),
  })
  story = await payload.create({
    collection: 'articles',
    data: storyData('通讯员稿费测试', {
      bylines: [
        { contributor: own.id, role: 'correspondent' },
        { contributor: other.id, role: 'correspondent' },
      ],
    }),
    draft: true,
    ...as(reporter),
  })
  await signOffAll(payload, reviewers, 'articles', story.id)
  story = await payload.update({
    collection: 'articles',
    id: story.id,
    data: { _status: 'published' },
    ...as(editor),
  })
  tokens.admin = await tokenFor(payload, admin.email)
  tokens.editor = await tokenFor(payload, editor.email)
  tokens.reporter = await tokenFor(payload, reporter.email)
})

afterAll(async () => {
  await cms?.cleanup()
})

describe('a contributor’s private details', () => {
  it('are read and written by an admin', async () => {
    const read = await payload.findByID({ collection: 'contributors', id: own.id, ...as(admin) })
    expect(read.privateDetails).toMatchObject({ phone: PHONE, bankAccount: ACCOUNT })
    const { json } = await restGet(payload, `/api/contributors/${own.id}`, tokens.admin)
    expect(json.privateDetails).toMatchObject({ phone: PHONE, bankAccountHolder: HOLDER })
  })

  it('are hidden from an editor, a reporter and an anonymous reader, through the Local API', async () => {
    for (const user of [editor, reporter, undefined]) {
      const read = await payload.findByID({
        collection: 'contributors',
        id: own.id,
        overrideAccess: false,
        user,
      })
      expect(read.name).toBe('王正佳')
      expect(read.privateDetails, user?.role ?? 'anonymous').toBeUndefined()
    }
  })

  it('cannot be changed by an editor', async () => {
    await payload.update({
      collection: 'contributors',
      id: own.id,
      data: { privateDetails: { phone: '10000000000' }, bio: '编辑改了简介' },
      ...as(editor),
    })
    const stored = await payload.findByID({ collection: 'contributors', id: own.id })
    expect(stored.bio).toBe('编辑改了简介')
    expect(stored.privateDetails?.phone).toBe(PHONE)
  })

  it('never leave through REST: plain reads, select, where and sort', async () => {
    for (const token of [tokens.editor, tokens.reporter, undefined]) {
      const plain = await restGet(payload, `/api/contributors/${own.id}`, token)
      expect(plain.status).toBe(200)
      expect(JSON.stringify(plain.json)).not.toContain(PHONE)
      const selected = await restGet(
        payload,
        `/api/contributors/${own.id}?select[privateDetails]=true&select[name]=true`,
        token,
      )
      expect(JSON.stringify(selected.json)).not.toContain(PHONE)
      expect(JSON.stringify(selected.json)).not.toContain(ACCOUNT)

      // A filter on a hidden field would tell, one guess at a time, what it holds.
      const filtered = await restGet(
        payload,
        `/api/contributors?where[privateDetails.phone][equals]=${PHONE}`,
        token,
      )
      expect(filtered.status).toBe(400)
      expect(JSON.stringify(filtered.json)).toContain('cannot be queried: privateDetails.phone')
      const prefix = await restGet(
        payload,
        `/api/contributors?where[privateDetails.bankAccount][like]=6222`,
        token,
      )
      expect(prefix.status).toBe(400)

      // So would the order of a list sorted by it.
      const sorted = await restGet(payload, `/api/contributors?sort=privateDetails.phone`, token)
      expect(sorted.status).toBe(400)
      expect(JSON.stringify(sorted.json)).toContain('cannot be queried: privateDetails.phone')
    }
  })

  it('never leave through GraphQL', async () => {
    for (const token of [tokens.editor, tokens.reporter, undefined]) {
      const read = await graphql(
        payload,
        `
          {
            Contributors {
              docs {
                name
                privateDetails {
                  phone
                  bankAccount
                  bankAccountHolder
                }
              }
            }
          }
        `,
        token,
      )
      const docs = (read.data?.Contributors as { docs: Contributor[] }).docs
      expect(docs.map((d) => d.name)).toContain('王正佳')
      expect(JSON.stringify(read)).not.toContain(PHONE)
      expect(docs.every((d) => d.privateDetails === null || d.privateDetails?.phone == null)).toBe(
        true,
      )
      const filtered = await graphql(
        payload,
        `{ Contributors(where: { privateDetails__phone: { equals: "${PHONE}" } }) { docs { name } } }`,
        token,
      )
      expect(filtered.errors?.[0]?.message).toMatch(/privateDetails\.phone/)
    }
  })
})

describe('a byline’s fee', () => {
  it('comes from a fee table that only the desk reads and only an admin sets', async () => {
    for (const token of [tokens.reporter, undefined]) {
      const read = await restGet(payload, '/api/globals/fee-rates', token)
      expect(read.status).toBe(403)
    }
    const desk = await restGet(payload, '/api/globals/fee-rates', tokens.editor)
    expect(desk.json.perPhoto).toBe(30)
    const error = await payload
      .updateGlobal({ slug: 'fee-rates', data: { perPhoto: 1000 }, ...as(editor) })
      .then(
        () => null,
        (e: { status?: number }) => e,
      )
    expect(error?.status).toBe(403)
  })

  it('is proposed from the fee table when the story is published, shared by its writers', async () => {
    const stored = await payload.findByID({ collection: 'articles', id: story.id, depth: 0 })
    expect(stored.bylines?.map((b) => b.fee)).toEqual([40, 40])
  })

  it('is shown to the desk, and to a reporter for their own byline only', async () => {
    const desk = await payload.findByID({ collection: 'articles', id: story.id, ...as(editor) })
    expect(desk.bylines?.map((b) => b.fee)).toEqual([40, 40])
    const mine = await payload.findByID({ collection: 'articles', id: story.id, ...as(reporter) })
    expect(mine.bylines?.map((b) => b.fee)).toEqual([40, undefined])
    const rest = await restGet(payload, `/api/articles/${story.id}?depth=0`, tokens.reporter)
    expect((rest.json.bylines as { fee?: number }[]).map((b) => b.fee)).toEqual([40, undefined])
  })

  it('is never shown to an anonymous reader: REST, select, GraphQL', async () => {
    const plain = await restGet(payload, `/api/articles/${story.id}?depth=0`)
    expect(plain.status).toBe(200)
    expect((plain.json.bylines as object[]).length).toBe(2)
    expect(JSON.stringify(plain.json)).not.toMatch(/"fee"/)
    const selected = await restGet(payload, `/api/articles/${story.id}?select[bylines][fee]=true`)
    expect(JSON.stringify(selected.json)).not.toMatch(/"fee"/)
    const read = await graphql(
      payload,
      `
        {
          Articles {
            docs {
              title
              bylines {
                fee
              }
            }
          }
        }
      `,
    )
    const docs = (read.data?.Articles as { docs: { bylines: { fee: number | null }[] }[] }).docs
    expect(docs.flatMap((d) => d.bylines.map((b) => b.fee))).toEqual([null, null])
  })

  it('cannot be filtered or sorted on by a reporter or a reader', async () => {
    for (const token of [tokens.reporter, undefined]) {
      const filtered = await restGet(
        payload,
        `/api/articles?where[bylines.fee][greater_than]=39`,
        token,
      )
      expect(filtered.status).toBe(400)
      expect(JSON.stringify(filtered.json)).toContain('bylines.fee')
      const sorted = await restGet(payload, `/api/articles?sort=-bylines.fee`, token)
      expect(sorted.status).toBe(400)
      expect(JSON.stringify(sorted.json)).toContain('cannot be queried: bylines.fee')
      const gql = await graphql(
        payload,
        `
          {
            Articles(where: { bylines__fee: { greater_than: 39 } }) {
              docs {
                title
              }
            }
          }
        `,
        token,
      )
      expect(gql.errors?.[0]?.message).toMatch(/bylines\.fee/)
    }
    const desk = await restGet(
      payload,
      `/api/articles?where[bylines.fee][greater_than]=39&depth=0`,
      tokens.editor,
    )
    expect((desk.json.docs as Article[]).map((d) => d.id)).toEqual([story.id])
  })

  it('cannot be set by a reporter, and a typed fee is not replaced by the table', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: storyData('记者自报稿费', {
        bylines: [{ contributor: own.id, role: 'correspondent', fee: 5000 }],
      }),
      draft: true,
      ...as(reporter),
    })
    const stored = await payload.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(stored.bylines?.[0].fee ?? null).toBeNull()
    await signOffAll(payload, reviewers, 'articles', draft.id)
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: {
        _status: 'published',
        bylines: [{ contributor: own.id, role: 'correspondent', fee: 120 }],
      },
      ...as(editor),
    })
    expect(published.bylines?.[0].fee).toBe(120)
  })

  it('stays hidden in version history from everyone but the desk and its contributor', async () => {
    const versions = await restGet(
      payload,
      `/api/articles/versions?where[parent][equals]=${story.id}&depth=0`,
      tokens.reporter,
    )
    expect(versions.status).toBe(200)
    const docs = versions.json.docs as { version: { bylines: { fee?: number }[] } }[]
    expect(docs.length).toBeGreaterThan(0)
    const published = docs.filter((d) => d.version.bylines.some((b) => b.fee !== undefined))
    expect(published.length).toBeGreaterThan(0)
    for (const d of docs) expect(d.version.bylines[1]?.fee).toBeUndefined()
    const filtered = await restGet(
      payload,
      `/api/articles/versions?where[version.bylines.fee][greater_than]=39`,
      tokens.reporter,
    )
    expect(filtered.status).toBe(400)
    const anonymous = await restGet(payload, `/api/articles/versions`)
    expect(anonymous.status).toBe(403)
    const gql = await graphql(
      payload,
      `
        {
          versionsArticles {
            docs {
              version {
                bylines {
                  fee
                }
              }
            }
          }
        }
      `,
      tokens.reporter,
    )
    const gqlDocs = (
      gql.data?.versionsArticles as { docs: { version: { bylines: { fee: number | null }[] } }[] }
    ).docs
    expect(gqlDocs.flatMap((d) => d.version.bylines.slice(1).map((b) => b.fee))).not.toContain(40)
  })
})

describe('the public snapshot', () => {
  it('carries kind and affiliation, and no private details or fees', async () => {
    const snapshot = await loadPublicContent(payload)
    const serialized = JSON.stringify(snapshot)
    for (const secret of [PHONE, ACCOUNT, HOLDER, '"fee"', 'privateDetails', 'compilerFee']) {
      expect(serialized).not.toContain(secret)
    }
    expect(snapshot.contributors.find((c) => c.name === '王正佳')).toMatchObject({
      defaultRole: 'correspondent',
      affiliation: '奇台县融媒体中心',
    })
  })
})
