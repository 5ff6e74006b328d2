import { NextResponse, type NextRequest } from 'next/server'

import { env } from '../env'
import { clientAddress, SlidingWindowLimiter, type RateRule } from './rateLimit'

/** The GraphQL twins of the two REST endpoints, named by Payload after the `users` collection. */
const LOGIN_MUTATION = /\bloginUser\b/g
const FORGOT_PASSWORD_MUTATION = /\bforgotPasswordUser\b/g

/**
 * The overall limit is this many times one address's: it lets a whole newsroom in at the start
 * of a shift, yet bounds guessing spread over many (or forged) addresses.
 */
const OVERALL_FACTOR = 10

type Throttle = {
  perAddress: SlidingWindowLimiter
  overall: SlidingWindowLimiter
  message: (seconds: number) => string
}

function throttle(rule: RateRule, message: Throttle['message']): Throttle {
  return {
    perAddress: new SlidingWindowLimiter(rule),
    overall: new SlidingWindowLimiter({ ...rule, limit: rule.limit * OVERALL_FACTOR }),
    message,
  }
}

// Module state: one set of counters for the life of the CMS process.
const login = throttle(
  { limit: env.loginRateLimit, windowMs: 60_000 },
  (s) => `登录尝试过于频繁，请 ${s} 秒后再试 (too many login attempts, try again in ${s} s)`,
)
const forgotPassword = throttle(
  { limit: env.forgotPasswordRateLimit, windowMs: 10 * 60_000 },
  (s) =>
    `重设密码请求过于频繁，请 ${s} 秒后再试 (too many password-reset requests, try again in ${s} s)`,
)

/** Every `query` string in a GraphQL body: one operation, or a batch of them. */
function graphQLQueries(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap(graphQLQueries)
  if (body && typeof body === 'object' && 'query' in body && typeof body.query === 'string') {
    return [body.query]
  }
  return []
}

/**
 * How many logins and reset requests a GraphQL body asks for. Aliases let one request carry many
 * `loginUser` fields, so each occurrence counts. The body is parsed first because JSON escapes
 * (`\u006c`) would hide a name from a search of the raw text; a body that is not JSON is searched
 * as it is.
 */
async function graphQLAuthCalls(request: NextRequest) {
  const raw = await request.clone().text()
  let queries: string[]
  try {
    queries = graphQLQueries(JSON.parse(raw))
  } catch {
    queries = [raw]
  }
  const count = (pattern: RegExp) =>
    queries.reduce((sum, query) => sum + (query.match(pattern)?.length ?? 0), 0)
  return { login: count(LOGIN_MUTATION), forgotPassword: count(FORGOT_PASSWORD_MUTATION) }
}

function tooMany(retryAfterSeconds: number, message: string) {
  // Payload's own error shape, so the admin's login form shows the message.
  return NextResponse.json(
    { errors: [{ message }] },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  )
}

function take(t: Throttle, address: string, cost: number): NextResponse | null {
  if (cost === 0) return null
  for (const [limiter, key] of [
    [t.perAddress, address],
    [t.overall, '*'],
  ] as const) {
    const decision = limiter.take(key, cost)
    if (!decision.allowed) {
      return tooMany(decision.retryAfterSeconds, t.message(decision.retryAfterSeconds))
    }
  }
  return null
}

/** Payload answers `/api/users/%6Cogin` and `/api/users/LOGIN` as logins, so they count as one. */
function normalisedPath(pathname: string): string {
  let path = pathname
  try {
    path = decodeURIComponent(pathname)
  } catch {
    // A malformed escape cannot spell a throttled path; it is compared as sent.
  }
  return path.toLowerCase().replace(/\/+$/, '')
}

/**
 * Per-address throttling of password guessing and reset-mail flooding, in front of Payload. It
 * complements Payload's per-account lockout (5 wrong passwords lock an account), which cannot stop
 * one address trying one password on every account. Returns the 429 to send, or null to go on.
 */
export async function throttleAuthRequest(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST') return null
  const address = clientAddress(request.headers, env.trustProxy)
  const path = normalisedPath(request.nextUrl.pathname)
  if (path === '/api/users/login') return take(login, address, 1)
  if (path === '/api/users/forgot-password') return take(forgotPassword, address, 1)
  if (path === '/api/graphql') {
    const calls = await graphQLAuthCalls(request)
    return take(login, address, calls.login) ?? take(forgotPassword, address, calls.forgotPassword)
  }
  return null
}
