import { createHash } from 'node:crypto'

/**
 * A JSON answer a CDN may store but must revalidate on every request (`no-cache`): with the ETag,
 * revalidation is a cheap 304 and a changed page is served on the next request.
 */
export function cachedJson(request: Request, body: unknown): Response {
  const json = JSON.stringify(body)
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`
  const headers = {
    'Cache-Control': 'public, no-cache',
    ETag: etag,
    Vary: 'Host, X-Platform-Code',
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(json, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
}
