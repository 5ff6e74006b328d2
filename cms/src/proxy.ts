import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The newsroom's admin speaks Chinese unless someone chose otherwise: Payload would follow the
 * browser's Accept-Language, and a newsroom PC with an English Windows would get English labels.
 * A language picked in the account settings sets this cookie and wins.
 */
export function proxy(request: NextRequest) {
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

export const config = { matcher: ['/admin/:path*'] }
