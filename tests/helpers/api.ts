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

const headersFor = (token?: string) =>
  new Headers({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })

async function send(
  payload: Payload,
  request: Request,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await handleEndpoints({
    config: payload.config,
    request,
    payloadInstanceCacheKey: PAYLOAD_KEY,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

/**
 * The REST API as a browser reaches it — Payload's own request handling, authentication, access
 * rules and hooks — without starting a server: `GET /api/...` with an optional login token.
 */
export async function restGet(
  payload: Payload,
  pathAndQuery: string,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return send(payload, new Request(`${BASE}${pathAndQuery}`, { headers: headersFor(token) }))
}

/** `POST /api/...` with a JSON body, as `restGet` does a GET. */
export async function restPost(
  payload: Payload,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return send(
    payload,
    new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: headersFor(token),
      body: JSON.stringify(body),
    }),
  )
}

let schema: ReturnType<typeof configToSchema>['schema'] | undefined

/**
 * A GraphQL query run on Payload's own schema with a request authenticated as the route handler
 * authenticates it (token or none), so field access and resolvers are Payload's.
 */
export async function graphql(
  payload: Payload,
  query: string,
  token?: string,
): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }> {
  const request = new Request(`${BASE}/api/graphql`, { method: 'POST', headers: headersFor(token) })
  const req = await createPayloadRequest({
    config: payload.config,
    request,
    payloadInstanceCacheKey: PAYLOAD_KEY,
  })
  schema ??= configToSchema(payload.config).schema
  const result = await executeGraphQL({
    schema,
    source: query,
    contextValue: { req, headers: {} },
  })
  return { data: result.data as Record<string, unknown> | null, errors: result.errors }
}
