import type { GraphQLField } from 'graphql'
import {
  createLocalReq,
  formatNames,
  type CollectionSlug,
  type GlobalSlug,
  type Payload,
} from 'payload'

import type { User } from '@/payload-types'

import { graphql, graphqlSchema, restCall } from '../../helpers/api'
import type { Operation } from './table'
import type { UploadFile } from './subjects'

export const CHANNELS = ['rest', 'graphql', 'local'] as const
export type Channel = (typeof CHANNELS)[number]

/** Who acts: no user for an anonymous reader. */
export interface Actor {
  user?: User
  token?: string
}

/** What a call came to: a document (or list) when allowed, a status and message when refused. */
export type Result =
  { ok: true; value: unknown } | { ok: false; status: number | undefined; message: string }

export interface Call {
  payload: Payload
  slug: string
  actor: Actor
  id?: number | string
  versionId?: number | string
  data?: Record<string, unknown>
  file?: UploadFile
  email?: string
  /** Versioned with drafts: reads and writes go to the latest draft, as the admin's do. */
  drafts: boolean
  /** Required by GraphQL's update input besides the change (see `Subject.graphqlUpdate`). */
  graphqlUpdate?: Record<string, unknown>
}

/** How a GraphQL read that answers null (where REST answers 404) is told apart from a refusal. */
export const NOTHING = '(nothing)'

/** A Local API call's outcome: its value, or the status and message it was refused with. */
export const settle = async (promise: Promise<unknown>): Promise<Result> => {
  try {
    return { ok: true, value: await promise }
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    return { ok: false, status, message }
  }
}

const rest = async (
  call: Call,
  method: string,
  path: string,
  {
    query = {},
    body,
    form,
  }: { query?: Record<string, unknown>; body?: unknown; form?: FormData } = {},
): Promise<Result> => {
  const search = `?${new URLSearchParams(Object.entries({ depth: 0, ...query }).map(([k, v]) => [k, String(v)]))}`
  const { status, json } = await restCall(call.payload, method, `/api${path}${search}`, {
    body,
    form,
    token: call.actor.token,
  })
  if (status < 400) return { ok: true, value: json.doc ?? json }
  const errors = json.errors as { message: string }[] | undefined
  return { ok: false, status, message: errors?.[0]?.message ?? String(json.message) }
}

/** A query or mutation on one root field, its arguments typed as Payload's schema declares them. */
async function gql(
  call: Call,
  kind: 'query' | 'mutation',
  field: string,
  args: Record<string, unknown>,
  selection = '{ id }',
): Promise<Result> {
  const schema = graphqlSchema(call.payload)
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType()
  const definition = root?.getFields()[field] as GraphQLField<unknown, unknown> | undefined
  if (!definition) throw new Error(`GraphQL has no ${kind} ${field}`)
  const names = Object.keys(args)
  const declared = names.map((name) => {
    const arg = definition.args.find((a) => a.name === name)
    if (!arg) throw new Error(`GraphQL ${field} takes no argument ${name}`)
    return `$${name}: ${arg.type.toString()}`
  })
  // Duck-typed: `instanceof` fails across the two copies of graphql (see helpers/api.ts).
  let named: unknown = definition.type
  while (named && typeof named === 'object' && 'ofType' in named) named = named.ofType
  const scalar = !(named && typeof named === 'object' && 'getFields' in named)
  const source = `${kind}${declared.length ? `(${declared.join(', ')})` : ''} { result: ${field}${
    names.length ? `(${names.map((n) => `${n}: $${n}`).join(', ')})` : ''
  } ${scalar ? '' : selection} }`
  const { data, errors } = await graphql(call.payload, source, call.actor.token, args)
  if (errors?.length) {
    const [first] = errors
    return { ok: false, status: first.originalError?.status, message: first.message }
  }
  const value = data?.result
  // A nullable single-document query answers null where REST answers 404.
  if (value === null && !definition.type.toString().endsWith('!')) {
    return { ok: false, status: 404, message: NOTHING }
  }
  return { ok: true, value }
}

/** The names Payload's GraphQL schema gives a collection (see @payloadcms/graphql initCollections). */
const names = (_payload: Payload, slug: string) => {
  const { singular, plural } = formatNames(slug)
  // Payload's rule for a slug whose plural is its singular ("media"): the list is "all…".
  return { one: singular, many: singular === plural ? `all${singular}` : plural }
}

const drafts = (call: Call) => (call.drafts ? { draft: true } : {})

/** Whether a channel reaches a collection at all. */
export function reaches(payload: Payload, slug: string, channel: Channel): boolean {
  const { config } = payload.collections[slug as CollectionSlug]
  if (channel === 'rest') return config.endpoints !== false
  if (channel === 'graphql') {
    const mutations = graphqlSchema(payload).getMutationType()?.getFields() ?? {}
    return config.graphQL !== false && `create${names(payload, slug).one}` in mutations
  }
  return true
}

type Runner = (call: Call) => Promise<Result>

/** Each operation on each channel, as a browser, a GraphQL client and server code make it. */
export const OPERATIONS: Record<Operation, Record<Channel, Runner>> = {
  create: {
    rest: (c) => {
      if (!c.file) return rest(c, 'POST', `/${c.slug}`, { body: c.data, query: drafts(c) })
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(c.file.data)], { type: c.file.mimetype }),
        c.file.name,
      )
      form.append('_payload', JSON.stringify(c.data))
      return rest(c, 'POST', `/${c.slug}`, { form })
    },
    graphql: (c) =>
      gql(c, 'mutation', `create${names(c.payload, c.slug).one}`, { data: c.data, ...drafts(c) }),
    local: (c) =>
      settle(
        c.payload.create({
          collection: c.slug as CollectionSlug,
          data: c.data as never,
          file: c.file,
          ...drafts(c),
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  read: {
    rest: (c) => rest(c, 'GET', `/${c.slug}/${c.id}`, { query: drafts(c) }),
    graphql: (c) => gql(c, 'query', names(c.payload, c.slug).one, { id: c.id, ...drafts(c) }),
    local: (c) =>
      settle(
        c.payload.findByID({
          collection: c.slug as CollectionSlug,
          id: c.id!,
          depth: 0,
          ...drafts(c),
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  update: {
    rest: (c) => rest(c, 'PATCH', `/${c.slug}/${c.id}`, { body: c.data, query: drafts(c) }),
    graphql: (c) =>
      gql(c, 'mutation', `update${names(c.payload, c.slug).one}`, {
        id: c.id,
        data: { ...c.graphqlUpdate, ...c.data },
        ...drafts(c),
      }),
    local: (c) =>
      settle(
        c.payload.update({
          collection: c.slug as CollectionSlug,
          id: c.id!,
          data: c.data as never,
          depth: 0,
          ...drafts(c),
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  delete: {
    rest: (c) => rest(c, 'DELETE', `/${c.slug}/${c.id}`, { query: { trash: true } }),
    graphql: (c) =>
      gql(c, 'mutation', `delete${names(c.payload, c.slug).one}`, { id: c.id, ...trashArg(c) }),
    local: (c) =>
      settle(
        c.payload.delete({
          collection: c.slug as CollectionSlug,
          id: c.id!,
          depth: 0,
          trash: true,
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  trash: {
    rest: (c) =>
      rest(c, 'PATCH', `/${c.slug}/${c.id}`, { body: { deletedAt: new Date().toISOString() } }),
    graphql: (c) =>
      gql(c, 'mutation', `update${names(c.payload, c.slug).one}`, {
        id: c.id,
        data: { ...c.graphqlUpdate, deletedAt: new Date().toISOString() },
      }),
    local: (c) =>
      settle(
        c.payload.update({
          collection: c.slug as CollectionSlug,
          id: c.id!,
          data: { deletedAt: new Date().toISOString() },
          depth: 0,
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  readVersions: {
    rest: (c) =>
      rest(c, 'GET', `/${c.slug}/versions`, { query: { 'where[parent][equals]': c.id } }),
    graphql: (c) =>
      gql(
        c,
        'query',
        `versions${names(c.payload, c.slug).many}`,
        { where: { parent: { equals: c.id } } },
        '{ docs { id parent { id } } }',
      ),
    local: (c) =>
      settle(
        c.payload.findVersions({
          collection: c.slug as CollectionSlug,
          where: { parent: { equals: c.id } },
          depth: 0,
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  restoreVersion: {
    rest: (c) => rest(c, 'POST', `/${c.slug}/versions/${c.versionId}`),
    graphql: (c) =>
      gql(c, 'mutation', `restoreVersion${names(c.payload, c.slug).one}`, { id: c.versionId }),
    local: (c) =>
      settle(
        c.payload.restoreVersion({
          collection: c.slug as CollectionSlug,
          id: String(c.versionId),
          depth: 0,
          user: c.actor.user,
          overrideAccess: false,
        }),
      ),
  },
  unlock: {
    rest: (c) => rest(c, 'POST', `/${c.slug}/unlock`, { body: { email: c.email } }),
    graphql: (c) => gql(c, 'mutation', `unlock${names(c.payload, c.slug).one}`, { email: c.email }),
    local: (c) =>
      settle(
        // Payload's unlock takes no `user`: the request carries it.
        createLocalReq({ user: c.actor.user }, c.payload).then((req) =>
          c.payload.unlock({
            collection: c.slug as CollectionSlug,
            data: { email: c.email! },
            req,
            overrideAccess: false,
          }),
        ),
      ),
  },
}

// Deleting for good reaches a trashed document too, as the admin's 永久删除 in the trash does.
const trashArg = (c: Call) =>
  c.payload.collections[c.slug as CollectionSlug].config.trash ? { trash: true } : {}

/** A global's read and update on each channel. */
export const GLOBAL_OPERATIONS: Record<
  'read' | 'update',
  Record<
    Channel,
    (
      payload: Payload,
      slug: string,
      actor: Actor,
      data?: Record<string, unknown>,
    ) => Promise<Result>
  >
> = {
  read: {
    rest: (payload, slug, actor) =>
      rest({ payload, slug, actor, drafts: false }, 'GET', `/globals/${slug}`),
    graphql: (payload, slug, actor) =>
      gql(
        { payload, slug, actor, drafts: false },
        'query',
        globalName(payload, slug),
        {},
        '{ updatedAt }',
      ),
    local: (payload, slug, actor) =>
      settle(
        payload.findGlobal({
          slug: slug as GlobalSlug,
          depth: 0,
          user: actor.user,
          overrideAccess: false,
        }),
      ),
  },
  update: {
    rest: (payload, slug, actor, data) =>
      rest({ payload, slug, actor, drafts: false }, 'POST', `/globals/${slug}`, { body: data }),
    graphql: (payload, slug, actor, data) =>
      gql(
        { payload, slug, actor, drafts: false },
        'mutation',
        `update${globalName(payload, slug)}`,
        { data },
        '{ updatedAt }',
      ),
    local: (payload, slug, actor, data) =>
      settle(
        payload.updateGlobal({
          slug: slug as GlobalSlug,
          data: data as never,
          depth: 0,
          user: actor.user,
          overrideAccess: false,
        }),
      ),
  },
}

// Payload names a global's query after its slug, singular (PaperSetting for paper-settings).
const globalName = (_payload: Payload, slug: string) => formatNames(slug).singular
