import { createHash } from 'node:crypto'

import { cacheGeneration, cachedResponse, storeResponse, type CachedResponse } from './store'

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Collections readers may read. Accounts, jobs, previews and site-build status never qualify. */
const PUBLIC_COLLECTIONS = new Set([
  'articles',
  'profiles',
  'editions',
  'media',
  'contributors',
  'regions',
  'columns',
])

/** Shared caches (a CDN, a reverse proxy) may reuse an answer for this long without asking. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=10'
/** What the newsroom reads is never kept by anyone. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Reads one request header, whichever server (Next's `Request`, Node's `http`) received it. */
export type HeaderOf = (name: string) => string | null

/** A request that carries a login (cookie or API key / JWT header): a staff request. */
export const hasCredentials = (header: HeaderOf) =>
  header('authorization') !== null || /(?:^|;\s*)payload-token=/.test(header('cookie') ?? '')

/** `Cache-Control: no-cache`: the client asks for an answer computed afresh. */
export const wantsFresh = (header: HeaderOf) => /no-cache/.test(header('cache-control') ?? '')

/**
 * Anonymous reads that may be cached: a public collection's list or one document, without
 * `draft` (a draft save changes what it would answer without clearing the cache).
 */
export function cacheKey(url: URL, header: HeaderOf): string | null {
  const [, api, collection, id, ...rest] = url.pathname.split('/')
  if (api !== 'api' || !PUBLIC_COLLECTIONS.has(collection) || rest.length > 0) return null
  if (id === 'versions' || url.searchParams.has('draft')) return null
  // CORS headers answer the request's Origin: one entry per origin.
  return `${header('origin') ?? ''} ${url.pathname}?${url.searchParams.toString()}`
}

const etagOf = (body: Uint8Array) =>
  `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`

/**
 * How a stored answer is sent: `MISS` when just computed, `HIT` when repeated by the route handler,
 * `HIT, front` when the server's front path (responseCache/serveFromCache.ts) repeated it before
 * Next.js was entered. A matching `If-None-Match` gets a 304 without the body.
 */
export function replay(
  entry: CachedResponse,
  header: HeaderOf,
  how: 'MISS' | 'HIT' | 'HIT, front',
): { status: number; headers: Headers; body: Uint8Array<ArrayBuffer> | null } {
  const headers = new Headers(entry.headers)
  headers.set('cache-control', PUBLIC_CACHE_CONTROL)
  headers.set('etag', entry.etag)
  headers.set('x-cache', how)
  const tags = header('if-none-match')
  if (tags && tags.split(',').some((t) => t.trim() === entry.etag || t.trim() === '*')) {
    headers.delete('content-type')
    return { status: 304, headers, body: null }
  }
  return { status: entry.status, headers, body: entry.body }
}

function answer(entry: CachedResponse, request: Request, hit: boolean): Response {
  const { status, headers, body } = replay(
    entry,
    (name) => request.headers.get(name),
    hit ? 'HIT' : 'MISS',
  )
  return new Response(body, { status, headers })
}

/**
 * Wraps Payload's REST GET handler. Anonymous reads of public content get `Cache-Control` and an
 * `ETag` (304 to a matching `If-None-Match`) and are answered from the in-process cache when
 * repeated; a request with `Cache-Control: no-cache` is answered afresh (and refreshes the cache).
 * Staff requests never touch the cache and are marked `private, no-store`.
 */
export function withAnonymousCache(handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const header: HeaderOf = (name) => request.headers.get(name)
    if (hasCredentials(header)) {
      const response = await handler(request, context)
      response.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
      return response
    }
    const key = cacheKey(new URL(request.url), header)
    if (!key) return handler(request, context)
    const hit = wantsFresh(header) ? undefined : cachedResponse(key)
    if (hit) return answer(hit, request, true)
    const generation = cacheGeneration()
    const response = await handler(request, context)
    if (response.status !== 200) return response
    const body = new Uint8Array(await response.arrayBuffer())
    const entry: CachedResponse = {
      status: 200,
      body,
      headers: [...response.headers].filter(([name]) => name !== 'content-length'),
      etag: etagOf(body),
      storedAt: Date.now(),
    }
    storeResponse(key, entry, generation)
    return answer(entry, request, false)
  }
}
