import type { CacheOutcome } from '@/services/content/cache/cachedContent'
import { etagOf, ifNoneMatchHits } from '@/services/content/cache/etag'
import type { CachedAnswer } from '@/services/content/cache/readCache'
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
  etag = etagOf(body),
): Response {
  const cacheHeaders = { 'Cache-Control': 'public, no-cache', ETag: etag, ...headers }
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: cacheHeaders })
  }
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: { ...cacheHeaders, 'Content-Type': contentType },
  })
}

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * A public JSON read, cached as cachedAnswer says. `Vary` names the request headers the platform can come from (the
 * path-prefix header is internal: the proxy sets it from the URL, which caches key on).
 */
export function cachedJson(request: Request, body: unknown): Response {
  return cachedAnswer(request, JSON.stringify(body), JSON_TYPE, { Vary: hostVary() })
}

/** An answer of the content read cache, its bytes and ETag as stored; `X-Content-Cache` says where it came from. */
export function cachedContentJson(request: Request, answer: CachedAnswer, outcome: CacheOutcome): Response {
  return cachedAnswer(request, answer.body, JSON_TYPE, { Vary: hostVary(), 'X-Content-Cache': outcome }, answer.etag)
}
