/**
 * The CMS's in-process cache of anonymous API answers. Any change to what readers can see clears
 * it at once (hooks/clearResponseCache.ts); entries also expire after `MAX_AGE_MS`, which bounds
 * what a write from another process (a separate job runner, a seed) can leave behind.
 */
export type CachedResponse = {
  status: number
  body: Uint8Array<ArrayBuffer>
  /** Payload's own headers (content type, CORS), as it answered. */
  headers: [string, string][]
  etag: string
  storedAt: number
}

/** Most answers kept: a few thousand list pages and stories, some tens of MiB at most. */
export const MAX_ENTRIES = 2000
/** Largest answer kept: a page of 100 stories with bodies asked for, not an export. */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_AGE_MS = 30_000

type Store = { entries: Map<string, CachedResponse>; generation: number }

// Next.js may load this module more than once in one server (route handlers, server functions);
// the cache and its invalidation must be the same for all of them.
const KEY = Symbol.for('county-news.responseCache')
const globals = globalThis as typeof globalThis & { [KEY]?: Store }
const store = (globals[KEY] ??= { entries: new Map<string, CachedResponse>(), generation: 0 })

export function cachedResponse(key: string, now = Date.now()): CachedResponse | undefined {
  const entry = store.entries.get(key)
  if (!entry) return undefined
  if (now - entry.storedAt > MAX_AGE_MS) {
    store.entries.delete(key)
    return undefined
  }
  // Map order is insertion order: re-inserting keeps recently used answers from eviction.
  store.entries.delete(key)
  store.entries.set(key, entry)
  return entry
}

/** The generation to pass to `storeResponse`, read before the answer is computed. */
export const cacheGeneration = (): number => store.generation

/**
 * Keeps an answer unless the cache was cleared while it was being computed: it may then hold what
 * readers could see before the change.
 */
export function storeResponse(key: string, entry: CachedResponse, generation: number): void {
  if (generation !== store.generation || entry.body.byteLength > MAX_BODY_BYTES) return
  store.entries.delete(key)
  store.entries.set(key, entry)
  while (store.entries.size > MAX_ENTRIES) {
    store.entries.delete(store.entries.keys().next().value as string)
  }
}

export function clearResponseCache(): void {
  store.generation += 1
  store.entries.clear()
}
