import { type NextRequest, NextResponse } from 'next/server'

import { PLATFORM_HEADER, PLATFORM_PREFIX } from '@/services/platformContext'

/**
 * Platform context detection (Next 16's name for middleware). `/platforms/<code>/api/...` is served by the
 * API with the platform taken from the prefix, and every `/platforms/<code>/...` request carries the code
 * in a header. On a platform's own domain the Host header says which platform it is.
 */
export function proxy(request: NextRequest) {
  const match = PLATFORM_PREFIX.exec(request.nextUrl.pathname)
  if (!match) return NextResponse.next()
  const [, code, rest = '/'] = match
  const headers = new Headers(request.headers)
  headers.set(PLATFORM_HEADER, code)
  if (rest.startsWith('/api/')) {
    const url = request.nextUrl.clone()
    url.pathname = rest
    return NextResponse.rewrite(url, { request: { headers } })
  }
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: '/platforms/:path*' }
