import { createRequire } from 'node:module'

import { configToSchema } from '@payloadcms/graphql'
import { createPayloadRequest, handleEndpoints, type Payload } from 'payload'

import { PASSWORD } from './fixtures'
import { PAYLOAD_KEY } from './payload'

const BASE = 'http://127.0.0.1'

// The copy of graphql that Payload's schema was built with: Node loads it as CommonJS, while the
// test's bundler would pick the ES module build, and graphql refuses a schema from another copy.
const { graphql: executeGraphQL } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql')

/** A login token for an account made by `createNewsroom`, for the API's `Authorization` header. */
export async function tokenFor(payload: Payload, email: string): Promise<string> {
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

const headersFor = (token?: string, json = true) =>
  new Headers({
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })

/**
 * The REST API as a browser reaches it — Payload's own request handling, authentication, access
 * rules and hooks — without starting a server: `GET /api/...` with an optional login token.
 */
export async function restGet(
  payload: Payload,
  pathAndQuery: string,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return restCall(payload, 'GET', pathAndQuery, { token })
}

/**
 * Any REST call as a browser makes it, through Payload's own request handling (see `restGet`):
 * `method` on `/api/...` with a JSON body (or a multipart `form`, for uploads) and an optional
 * login token.
 */
export async function restCall(
  payload: Payload,
  method: string,
  pathAndQuery: string,
  { body, form, token }: { body?: unknown; form?: FormData; token?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const request = new Request(`${BASE}${pathAndQuery}`, {
    method,
    headers: headersFor(token, !form),
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const response = await handleEndpoints({
    config: payload.config,
    request,
    payloadInstanceCacheKey: PAYLOAD_KEY,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

let schema: ReturnType<typeof configToSchema>['schema'] | undefined

/** Payload's GraphQL schema for this config, built once per test file. */
export const graphqlSchema = (payload: Payload) =>
  (schema ??= configToSchema(payload.config).schema)

/** A GraphQL error as Payload raises it: the refusal's HTTP status rides on the original error. */
export type GraphQLFailure = { message: string; originalError?: Error & { status?: number } }

/**
 * A GraphQL query run on Payload's own schema with a request authenticated as the route handler
 * authenticates it (token or none), so field access and resolvers are Payload's.
 */
export async function graphql(
  payload: Payload,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFailure[] }> {
  const request = new Request(`${BASE}/api/graphql`, { method: 'POST', headers: headersFor(token) })
  const req = await createPayloadRequest({
    config: payload.config,
    request,
    payloadInstanceCacheKey: PAYLOAD_KEY,
  })
  const result = await executeGraphQL({
    schema: graphqlSchema(payload),
    source: query,
    variableValues: variables,
    contextValue: { req, headers: {} },
  })
  return { data: result.data as Record<string, unknown> | null, errors: result.errors }
}
