import { NextResponse, type NextRequest } from 'next/server'

import { throttleAuthRequest } from './security/authThrottle'
import { withoutUnsafeRedirect } from './security/safeRedirect'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The newsroom's admin speaks Chinese unless someone chose otherwise: Payload would follow the
 * browser's Accept-Language, and a newsroom PC with an English Windows would get English labels.
 * A language picked in the account settings sets this cookie and wins.
 */
function preferChinese(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', {
    path: '/',
    sameSite: 'lax',
    maxAge: 365 * 24 * 3600,
  })
  return response
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return (await throttleAuthRequest(request)) ?? NextResponse.next()
  }
  // A redirect to another site is dropped before the admin's login or logout view sees it.
  const clean = withoutUnsafeRedirect(request.nextUrl)
  if (clean) return NextResponse.redirect(new URL(clean, request.url), 307)
  return preferChinese(request)
}

export const config = {
  matcher: [
    '/admin/:path*',
    // Where logins and reset requests arrive (authThrottle picks them out): all of /api/users,
    // since Payload also answers /api/users/LOGIN, which an exact matcher would let through.
    // Never wider: Next buffers a matched request's body for the proxy and cuts it at 10 MB,
    // which would break photo uploads.
    '/api/users/:path*',
    '/api/graphql',
  ],
}
