/** At most `limit` attempts in any `windowMs` (a sliding window, not a fixed clock minute). */
export type RateRule = { limit: number; windowMs: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Beyond this many tracked addresses, expired ones are swept; beyond twice it, the oldest go. */
const SWEEP_AT = 10_000

/**
 * An in-memory sliding-window counter per key. It lives in one CMS process, which is how the
 * newsroom runs (one `next start`); several processes would each allow the limit, which still
 * bounds guessing because Payload's per-account lockout sits behind it.
 */
export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(private readonly rule: RateRule) {}

  /** Records `cost` attempts for `key` unless that would exceed the rule; refused ones are not kept. */
  take(key: string, cost = 1, now = Date.now()): RateDecision {
    if (this.rule.limit <= 0) return { allowed: true }
    const since = now - this.rule.windowMs
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > since)
    if (recent.length + cost > this.rule.limit) {
      this.attempts.set(key, recent)
      // The attempt that frees room is the one `cost` places from the end of the window.
      const oldest = recent[Math.max(0, recent.length + cost - this.rule.limit - 1)] ?? now
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest - since) / 1000)) }
    }
    for (let i = 0; i < cost; i++) recent.push(now)
    // Re-inserting keeps the Map ordered by last use, so eviction below drops the stalest keys.
    this.attempts.delete(key)
    this.attempts.set(key, recent)
    if (this.attempts.size > SWEEP_AT) this.sweep(since)
    return { allowed: true }
  }

  private sweep(since: number) {
    for (const [key, times] of this.attempts) {
      if (!times.some((t) => t > since)) this.attempts.delete(key)
    }
    // Addresses sprayed faster than they expire: forget the stalest; the overall limit still holds.
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= SWEEP_AT * 2) break
      this.attempts.delete(key)
    }
  }
}

/**
 * The client's address as far as this process can know it. A Next.js proxy never sees the TCP
 * peer: Next copies it into X-Forwarded-For, but only when the request carries none.
 *
 * - `trustProxy` (TRUST_PROXY=1, behind a reverse proxy that sets the header): the last entry,
 *   which our proxy wrote; whatever a client put in front of it is ignored.
 * - otherwise the whole header is the key. Served directly, an honest client is keyed by its
 *   real address, while one that forges the header picks its own key — which is why every
 *   throttle also has an overall limit. Behind a proxy that is not trusted, every client shares
 *   the proxy's address: too strict, never too lax.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').trim()
  if (!forwarded) return 'unknown'
  if (!trustProxy) return forwarded
  const hops = forwarded
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops.at(-1) ?? 'unknown'
}
