const BASE = 'http://same-origin.invalid'

/** Percent-decodes until nothing changes, so `/%252F%252Fevil` is judged as `///evil`. */
function fullyDecoded(value: string): string {
  let current = value
  for (let i = 0; i < 5; i++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return current
    }
    if (next === current) return current
    current = next
  }
  return current
}

/**
 * True for a path on this site: one leading slash, then anything a browser cannot read as another
 * host. Browsers treat `\` as `/` and drop tabs and newlines, so `/\evil.example`, `/\t/evil` and
 * their percent-encoded forms all count as protocol-relative and are refused.
 */
export function isSameOriginPath(value: string): boolean {
  const decoded = fullyDecoded(value)
  for (const candidate of [value, decoded]) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return false
    if (!candidate.startsWith('/') || candidate.startsWith('//')) return false
    if (/^\/[a-z][a-z\d+.-]*:/i.test(candidate)) return false
    try {
      if (new URL(candidate, BASE).origin !== BASE) return false
    } catch {
      return false
    }
  }
  return true
}

/**
 * The admin's login and logout views send the browser to `?redirect=` afterwards. Payload checks it
 * with `getSafeRedirect`, which has needed fixes for `//host` and `/\host` before; this is a second,
 * independent check. Returns the same path and query without an unsafe `redirect`, or null when
 * there is nothing to drop.
 */
export function withoutUnsafeRedirect(url: URL): string | null {
  const values = url.searchParams.getAll('redirect')
  if (values.length === 0 || values.every(isSameOriginPath)) return null
  const clean = new URL(url)
  clean.searchParams.delete('redirect')
  return `${clean.pathname}${clean.search}`
}
