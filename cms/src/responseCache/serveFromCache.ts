import type { IncomingMessage, ServerResponse } from 'node:http'

import { cachedResponse } from './store'
import { cacheKey, hasCredentials, replay, wantsFresh, type HeaderOf } from './withAnonymousCache'

/**
 * The server's front path: repeats an anonymous read the route handler has already answered and
 * stored, before Next.js and Payload are entered (they cost ~4 ms a request, which is what 50
 * readers on two cores queue behind). It only ever reads the cache: what is stored, and when it is
 * cleared, stays with `withAnonymousCache` and the hooks that clear it, in this same process —
 * `store.ts` keeps one cache per process whichever copy of the module asks. Anything it cannot
 * answer (staff, `no-cache`, not stored, not a public read) goes on to Next unchanged.
 *
 * Returns whether it answered.
 */
export function serveFromCache(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' || !request.url?.startsWith('/api/')) return false
  const header: HeaderOf = (name) => {
    const value = request.headers[name]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }
  if (hasCredentials(header) || wantsFresh(header)) return false
  // Only the path and query make the key; the host is never part of it.
  const key = cacheKey(new URL(request.url, 'http://cms.invalid'), header)
  const entry = key ? cachedResponse(key) : undefined
  if (!entry) return false
  const { status, headers, body } = replay(entry, header, 'HIT, front')
  response.writeHead(status, Object.fromEntries(headers))
  response.end(body)
  return true
}
