import type { Payload } from 'payload'

import { ifNoneMatchHits } from '@/services/content/cache/etag'
import { isLocale, type Locale } from '@/services/locales'
import { requestHost } from '@/services/platformContext'
import { sitePageRoute } from '@/services/site/sitePageRoute'
import { sitePageVersion } from '@/services/site/sitePageVersion'
import { billingOf, siteOrigin } from '@/services/site/siteUrls'

/**
 * How long a CDN (a shared cache) keeps a site page without asking: an editor's publish reaches every visitor behind
 * a CDN within this many seconds, plus SITE_PAGE_STALE_SECONDS at most.
 */
export const SITE_PAGE_SHARED_SECONDS = 30
/** After that, how long a cache may still serve the old page while it revalidates (a 304 when nothing changed). */
export const SITE_PAGE_STALE_SECONDS = 30

/**
 * A page whose URL names its language (`?locale=`): browsers (max-age=0) revalidate on every use; shared caches keep
 * it SITE_PAGE_SHARED_SECONDS and may serve it stale SITE_PAGE_STALE_SECONDS longer while they revalidate.
 */
export const SITE_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SITE_PAGE_SHARED_SECONDS}, stale-while-revalidate=${SITE_PAGE_STALE_SECONDS}`

/**
 * A page in the language of the browser's Accept-Language: only that browser may keep it, revalidating on every use.
 * A shared cache would need `Vary: Accept-Language`, and Next replaces the Vary of every page it renders with its own.
 */
export const SITE_PAGE_PRIVATE_CACHE_CONTROL = 'private, no-cache'

/** Next's header on its client router's requests for a page's RSC payload (an answer of another type). */
const RSC_HEADER = 'rsc'

export type SitePageCaching = {
  etag: string
  /** The request's If-None-Match names the page's current version: answer 304 without rendering. */
  notModified: boolean
  headers: Record<string, string>
}

/**
 * Whether a request for a site page may be answered from a cache, and how: the page's version (sitePageVersion) as
 * its ETag, with SITE_PAGE_CACHE_CONTROL when `?locale=` names the language, else SITE_PAGE_PRIVATE_CACHE_CONTROL.
 * No Vary: the host is part of every cache's key, and the language of a shared page is in its URL. Null for
 * everything else, which keeps Next's `private, no-cache, no-store`: not a content page (signup wizard, admin, API,
 * the platform list), not a plain GET/HEAD of the HTML (RSC payloads, server actions), or a page that does not
 * resolve (a 404). `locale` is the language the page renders in (the proxy's negotiation).
 */
export async function sitePageCaching(
  payload: Payload,
  request: Request,
  locale: Locale,
  build: string,
): Promise<SitePageCaching | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = new URL(request.url)
  if (request.headers.has(RSC_HEADER) || url.searchParams.has('_rsc')) return null
  const route = sitePageRoute(url.pathname)
  if (!route) return null
  const host = requestHost(request.headers)
  if (route.byHost && !host) return null
  const etag = await sitePageVersion(payload, {
    scope: route.byHost ? { host } : route.scope,
    slug: route.slug,
    locale,
    billing: billingOf(url.searchParams.get('billing')),
    origin: siteOrigin(request.headers),
    build,
  })
  if (!etag) return null
  return {
    etag,
    notModified: ifNoneMatchHits(request.headers.get('if-none-match'), etag),
    headers: {
      ETag: etag,
      'Cache-Control': isLocale(url.searchParams.get('locale'))
        ? SITE_PAGE_CACHE_CONTROL
        : SITE_PAGE_PRIVATE_CACHE_CONTROL,
    },
  }
}
