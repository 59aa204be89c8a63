import { type NextRequest, NextResponse } from 'next/server'

import { offeredSitePageCaching } from '@/endpoints/offeredSitePageCaching'
import { negotiateLocale, SITE_LOCALE_HEADER } from '@/i18n/site/negotiateLocale'
import { t } from '@/i18n/t'
import { declaredBodyOverCap } from '@/services/bodyLimits'
import { crossOriginWrite } from '@/services/crossOriginWrites'
import { FORWARDED_HEADERS, PLATFORM_HEADER, PLATFORM_PREFIX, trustsProxy } from '@/services/platformContext'
import { serverSecurityHeaders } from '@/services/securityHeaders'

/**
 * Runs before every request (Next 16's name for middleware):
 * - the platform context: `/platforms/<code>/api/...` is served by the API with the platform taken from the
 *   prefix, and every `/platforms/<code>/...` request carries the code in an internal header. A client cannot
 *   send that header itself: it is removed from every request, and only the prefix sets it;
 * - X-Forwarded-Host / X-Forwarded-Proto are removed unless TRUST_PROXY says a reverse proxy sets them;
 * - the site's language (`?locale=`, else Accept-Language) in an internal header, for the page's <html lang>;
 * - the security headers of src/services/securityHeaders.ts go on every answer;
 * - a write with the sign-in cookie from another origin is refused (src/services/crossOriginWrites.ts);
 * - a body declared larger than the server reads is refused at once with 413 (src/services/bodyLimits.ts), before
 *   anything waits for it;
 * - in production, a site's content page gets its version as ETag and a Cache-Control (src/endpoints/sitePageCaching.ts,
 *   offered by the server's Payload: src/endpoints/offeredSitePageCaching.ts), and a matching If-None-Match is
 *   answered 304 here, without rendering. Next keeps a Cache-Control set here on a dynamic page (it sets its own
 *   `private, no-cache, no-store` only when none is), but replaces a Vary.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const foreign = crossOriginWrite(request.method, request.headers, request.nextUrl)
  if (foreign) return refusal(request, 403, t(request, 'crossOriginWriteRefused', { origin: foreign }))
  const cap = declaredBodyOverCap(request.headers)
  if (cap) return refusal(request, 413, t(request, 'bodyTooLarge', { bytes: cap }))
  const headers = new Headers(request.headers)
  headers.delete(PLATFORM_HEADER)
  const locale = negotiateLocale(
    request.nextUrl.searchParams.get('locale') ?? undefined,
    request.headers.get('accept-language'),
  )
  headers.set(SITE_LOCALE_HEADER, locale)
  if (!trustsProxy()) for (const name of FORWARDED_HEADERS) headers.delete(name)
  // In production only (`next dev` stores nothing); until Payload has started, pages go out uncached.
  const decide = process.env.NODE_ENV === 'production' ? offeredSitePageCaching() : undefined
  const caching = decide ? await decide(request, locale) : null
  if (caching?.notModified)
    return withSecurityHeaders(new NextResponse(null, { status: 304, headers: caching.headers }))

  const match = PLATFORM_PREFIX.exec(request.nextUrl.pathname)
  let response: NextResponse
  if (match) {
    const [, code, rest = '/'] = match
    headers.set(PLATFORM_HEADER, code)
    if (rest.startsWith('/api/')) {
      const url = request.nextUrl.clone()
      url.pathname = rest
      response = NextResponse.rewrite(url, { request: { headers } })
    } else {
      response = NextResponse.next({ request: { headers } })
    }
  } else {
    response = NextResponse.next({ request: { headers } })
  }
  for (const [name, value] of Object.entries(caching?.headers ?? {})) response.headers.set(name, value)
  return withSecurityHeaders(response)
}

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(serverSecurityHeaders())) response.headers.set(name, value)
  return response
}

/** The proxy's own answer, in Payload's error shape, with the security headers. */
function refusal(request: NextRequest, status: number, message: string): NextResponse {
  return withSecurityHeaders(
    NextResponse.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } }),
  )
}
