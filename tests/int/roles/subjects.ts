import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '@/payload-types'

import { PASSWORD, storyData } from '../../helpers/fixtures'
import { signOffAll, type Reviewers } from '../../helpers/review'

type Doc = { id: number | string }

/** An upload as the API receives one: a small real image. */
export type UploadFile = { data: Buffer; name: string; mimetype: string; size: number }

/** What the matrix needs of a collection to exercise it. */
export interface Subject {
  /** Data a create sends (unique where the collection wants it); `actor` is who sends it. */
  createData: (n: number, actor?: User) => Record<string, unknown>
  /** The file an upload collection's create sends. */
  file?: () => Promise<UploadFile>
  /**
   * A document belonging to `owner`, made with access overridden; published when asked. `fresh`
   * asks for a new one where the subject would otherwise hand back an existing document (accounts).
   */
  make: (
    owner: User,
    options?: { published?: boolean; fresh?: boolean; own?: boolean },
  ) => Promise<Doc>
  /** A change an update sends; `actor` is who sends it. */
  edit: (n: number, actor?: User) => Record<string, unknown>
  /** Whether documents belong to someone (the table's `own`). */
  owned?: boolean
  /**
   * What GraphQL's update input insists on besides the change: Payload marks a group required when
   * a field inside it is, even in an update.
   */
  graphqlUpdate?: Record<string, unknown>
}

export interface World {
  payload: Payload
  reviewers: Reviewers
  contributorId: number
  /** A published article, for corrections and edit locks to point at. */
  liveArticleId: number
}

let counter = 0
const next = () => ++counter

const tinyImage = async (format: 'jpeg' | 'png'): Promise<UploadFile> => {
  const image = sharp({ create: { width: 48, height: 32, channels: 3, background: '#3a6' } })
  const data = await (format === 'png' ? image.png() : image.jpeg()).toBuffer()
  return {
    data,
    name: `photo-${next()}.${format === 'png' ? 'png' : 'jpg'}`,
    mimetype: `image/${format}`,
    size: data.length,
  }
}

async function publish(world: World, collection: 'articles' | 'profiles', id: number | string) {
  await signOffAll(world.payload, world.reviewers, collection, id)
  await world.payload.update({ collection, id, data: { _status: 'published' } })
}

function storySubject(world: World, collection: 'articles' | 'profiles'): Subject {
  const data = (title: string) =>
    collection === 'articles'
      ? storyData(title)
      : { title, workflow: 'drafting', narrator: { contributor: world.contributorId } }
  return {
    owned: true,
    createData: (n) => data(`矩阵新稿${n}`),
    graphqlUpdate:
      collection === 'profiles' ? { narrator: { contributor: world.contributorId } } : undefined,
    make: async (owner, { published } = {}) => {
      const doc = await world.payload.create({
        collection,
        data: data(`矩阵稿件${next()}`) as never,
        draft: true,
        user: owner,
      })
      if (published) await publish(world, collection, doc.id)
      return doc
    },
    edit: (n) => ({ title: `矩阵改稿${n}` }),
  }
}

/** One subject per collection the table has a row for. */
export function subjects(world: World): Record<string, Subject> {
  const { payload } = world
  const create = (collection: CollectionSlug, data: Record<string, unknown>, user?: User) =>
    payload.create({ collection, data: data as never, user })
  return {
    articles: storySubject(world, 'articles'),
    profiles: storySubject(world, 'profiles'),
    editions: {
      createData: (n) => ({ date: editionDate(n), number: n }),
      make: async (owner, { published } = {}) => {
        const n = next()
        const doc = await payload.create({
          collection: 'editions',
          data: { date: editionDate(1000 + n), number: n },
          draft: true,
          user: owner,
        })
        if (published) {
          await payload.update({
            collection: 'editions',
            id: doc.id,
            data: { _status: 'published' },
          })
        }
        return doc
      },
      edit: (n) => ({ number: 5000 + n }),
    },
    corrections: {
      // GraphQL wants the date the admin's default fills in.
      createData: (n) => ({ ...correction(world, n), date: new Date().toISOString() }),
      make: (owner) => create('corrections', correction(world, next()), owner),
      edit: (n) => ({ right: `更正为第${n}稿` }),
    },
    media: {
      owned: true,
      createData: (n) => ({ alt: `矩阵照片${n}` }),
      file: () => tinyImage('jpeg'),
      make: async (owner) =>
        payload.create({
          collection: 'media',
          data: { alt: `矩阵照片${next()}` },
          file: await tinyImage('jpeg'),
          user: owner,
        }),
      edit: (n) => ({ alt: `改过的说明${n}` }),
    },
    'page-prints': {
      createData: () => ({}),
      file: () => tinyImage('png'),
      make: async (owner) =>
        payload.create({
          collection: 'page-prints',
          data: {},
          file: await tinyImage('png'),
          user: owner,
        }),
      edit: (n) => ({ textLayer: { edited: n } }),
    },
    contributors: {
      createData: (n) => ({ name: `矩阵作者${n}`, defaultRole: 'correspondent' }),
      make: (owner) => create('contributors', { name: `矩阵作者甲${next()}` }, owner),
      edit: (n) => ({ bio: `简介${n}` }),
    },
    regions: {
      // Top-level places: any level below needs a parent.
      createData: (n) => ({ name: `矩阵州${n}`, level: 'prefecture' }),
      make: (owner) => create('regions', { name: `矩阵地区${next()}`, level: 'prefecture' }, owner),
      edit: (n) => ({ name: `改名地区${n}` }),
    },
    columns: {
      createData: (n) => ({ name: `矩阵栏目${n}` }),
      make: (owner) => create('columns', { name: `矩阵栏目甲${next()}` }, owner),
      edit: (n) => ({ description: `栏目简介${n}` }),
    },
    'proofreading-terms': {
      createData: (n) => ({
        term: `矩阵错词${n}`,
        suggestion: '正词',
        category: 'confusion',
        level: 'caution',
      }),
      make: (owner) =>
        create('proofreading-terms', { term: `矩阵词${next()}`, suggestion: '正词' }, owner),
      edit: (n) => ({ suggestion: `建议${n}` }),
    },
    users: {
      owned: true,
      createData: (n) => ({
        email: `matrix-new-${n}@county-news.test`,
        password: PASSWORD,
        name: `新账号${n}`,
        role: 'reporter',
      }),
      // An account belongs to itself; another's to delete or unlock is a new reporter's.
      make: async (owner, { fresh, own } = {}) =>
        fresh && !own
          ? create('users', {
              email: `matrix-account-${next()}@county-news.test`,
              password: PASSWORD,
              name: '别人',
              role: 'reporter',
            })
          : owner,
      edit: (n) => ({ name: `改名${n}` }),
    },
    'site-changes': {
      createData: () => ({ kind: 'columns', docId: '1' }),
      make: (owner) => create('site-changes', { kind: 'all' }, owner),
      edit: () => ({ kind: 'regions' }),
    },
    'payload-kv': {
      createData: (n) => ({ key: `matrix-${n}`, data: { n } }),
      make: () => create('payload-kv', { key: `matrix-kv-${next()}`, data: { n: 1 } }),
      edit: (n) => ({ data: { n } }),
    },
    'payload-jobs': {
      createData: () => ({ taskSlug: 'buildSite', input: {}, queue: 'matrix' }),
      make: async () =>
        payload.jobs.queue({ task: 'buildSite', input: { reason: 'matrix' }, queue: 'matrix' }),
      edit: () => ({ queue: 'elsewhere' }),
    },
    'payload-locked-documents': {
      createData: (_n, actor) => ({
        document: { relationTo: 'articles', value: world.liveArticleId },
        user: actor && { relationTo: 'users', value: actor.id },
      }),
      make: (owner) =>
        create(
          'payload-locked-documents',
          {
            document: { relationTo: 'articles', value: world.liveArticleId },
            user: { relationTo: 'users', value: owner.id },
          },
          owner,
        ),
      // Taking over the lock, as the admin's 接管 does.
      edit: (_n, actor) => ({ user: { relationTo: 'users', value: actor?.id } }),
    },
    'payload-preferences': {
      owned: true,
      createData: (n) => ({ key: `matrix-${n}`, value: { n } }),
      make: (owner) =>
        create(
          'payload-preferences',
          {
            key: `matrix-pref-${next()}`,
            value: { columns: ['title'] },
            user: { relationTo: 'users', value: owner.id },
          },
          owner,
        ),
      edit: (n) => ({ value: { columns: [`n${n}`] } }),
    },
  }
}

const editionDate = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString()

const correction = (world: World, n: number) => ({
  story: { relationTo: 'articles', value: world.liveArticleId },
  wrong: `第${n}段“共12户”`,
  right: '共21户',
})
