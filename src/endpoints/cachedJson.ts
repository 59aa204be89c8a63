import { createHash } from 'node:crypto'

import { hostVary } from '@/services/platformContext'

/**
 * A JSON answer a CDN may store but must revalidate on every request (`no-cache`): with the ETag,
 * revalidation is a cheap 304 and a changed page is served on the next request. `Vary` names the request headers
 * the platform can come from (the path-prefix header is internal: the proxy sets it from the URL, which caches key on).
 */
export function cachedJson(request: Request, body: unknown): Response {
  const json = JSON.stringify(body)
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`
  const headers = {
    'Cache-Control': 'public, no-cache',
    ETag: etag,
    Vary: hostVary(),
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(json, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
}
