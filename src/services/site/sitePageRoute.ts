import { SLUG_PATTERN } from '@/fields/slugField'

import type { ContentScope } from '../content/contentScope'
import { PLATFORM_PREFIX } from '../platformContext'

/**
 * A content page of a site, as the pages of src/app/(frontend)/ read it: the same scope object (the read cache keys
 * on it) and slug. `host: true` means the scope is the request's Host (a platform's own domain).
 */
export type SitePageRoute = { scope: Omit<ContentScope, 'host'>; byHost: boolean; slug: string }

/** Single-segment paths that are routes of their own, not `[slug]` pages (or a redirect: `home`). */
const NOT_A_PAGE = new Set(['home', 'signup', 'platforms', 'admin', 'api'])

const pageSlug = (segment: string | undefined): string | null =>
  segment && SLUG_PATTERN.test(segment) && !NOT_A_PAGE.has(segment) ? segment : null

/**
 * Which content page a path renders, or null for anything else (the signup wizard, the admin, the API, files,
 * the `/home` redirect, the platform list): only these pages have a content version to validate against.
 */
export function sitePageRoute(pathname: string): SitePageRoute | null {
  const prefixed = PLATFORM_PREFIX.exec(pathname)
  if (!prefixed) {
    if (pathname === '/') return { scope: {}, byHost: true, slug: 'home' }
    const [, slug, ...rest] = pathname.split('/')
    const page = rest.length === 0 ? pageSlug(slug) : null
    return page ? { scope: {}, byHost: true, slug: page } : null
  }
  const [, platformCode, tail = '/'] = prefixed
  if (tail === '/') return { scope: { platformCode }, byHost: false, slug: 'home' }
  const segments = tail.split('/').slice(1)
  if (segments.length === 1) {
    const slug = pageSlug(segments[0])
    return slug ? { scope: { platformCode }, byHost: false, slug } : null
  }
  const [vendors, vendorSlug, slug, ...rest] = segments
  if (vendors !== 'vendors' || rest.length > 0 || !vendorSlug || !SLUG_PATTERN.test(vendorSlug)) return null
  return slug && SLUG_PATTERN.test(slug) ? { scope: { platformCode, vendorSlug }, byHost: false, slug } : null
}

/** The platform's home and pricing pages show its plans; a storefront never does. */
export const pageShowsPricing = (scope: ContentScope, slug: string): boolean =>
  !scope.vendorSlug && (slug === 'home' || slug === 'pricing')
