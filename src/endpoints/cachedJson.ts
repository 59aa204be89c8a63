import { createHash } from 'node:crypto'

import { hostVary } from '@/services/platformContext'

/**
 * A public answer a CDN may store but must revalidate on every request (`no-cache`): with the ETag, revalidation is
 * a cheap 304 and a changed body is served on the next request.
 */
export function cachedAnswer(
  request: Request,
  body: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const cacheHeaders = { 'Cache-Control': 'public, no-cache', ETag: etag, ...headers }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers: cacheHeaders })
  }
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: { ...cacheHeaders, 'Content-Type': contentType },
  })
}

/**
 * A public JSON read, cached as cachedAnswer says. `Vary` names the request headers the platform can come from (the
 * path-prefix header is internal: the proxy sets it from the URL, which caches key on).
 */
export function cachedJson(request: Request, body: unknown): Response {
  return cachedAnswer(request, JSON.stringify(body), 'application/json; charset=utf-8', { Vary: hostVary() })
}
