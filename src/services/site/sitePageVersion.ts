import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { ContentScope } from '../content/contentScope'
import type { Locale } from '../locales'

import { readSitePage } from './readSitePage'
import { pageShowsPricing } from './sitePageRoute'

export type SitePageInput = {
  scope: ContentScope
  slug: string
  locale: Locale
  billing: 'monthly' | 'annual'
  /** The origin the visitor used: the canonical and hreflang links are absolute. */
  origin: string
  /** The app's build: the same content renders to other markup (and asset names) after a deploy. */
  build: string
}

/**
 * The version of a site page's HTML: everything the page and its metadata render from (the resolved page, the menus,
 * the platform's branding and config, the plans where the page shows them), the language, the monthly/annual switch,
 * the origin and the build. Weak (`W/`): equal versions give equivalent pages, not necessarily the same bytes.
 * Null when the page does not resolve: a 404 has no version and is never cached as a page.
 *
 * Page, menus and platform come from the content read cache (their ETags, no database round trip on a hit); the
 * plans are one query (platformPricing), on the home and pricing pages only; a page that shows plans it cannot read
 * has no version.
 */
export async function sitePageVersion(payload: Payload, input: SitePageInput): Promise<string | null> {
  const { scope, slug, locale } = input
  const reads = await readSitePage(payload, scope, slug, locale)
  if (!reads || (pageShowsPricing(scope, slug) && !reads.pricing)) return null
  const hash = createHash('sha1')
  for (const part of [
    reads.page.answer.etag,
    reads.navigation.answer.etag,
    reads.platform.answer.etag,
    reads.pricing ? JSON.stringify(reads.pricing) : '',
    locale,
    input.billing,
    input.origin,
    input.build,
  ])
    hash.update(part).update('\0')
  return `W/"${hash.digest('base64url')}"`
}
