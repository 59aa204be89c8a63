import type { Payload } from 'payload'

import type { Platform } from '@/payload-types'

import {
  type ContentRead,
  type NavigationAnswer,
  readNavigation,
  readResolvedPage,
  readSitePlatformAnswer,
  type ResolvedAnswer,
} from '../content/cache/cachedContent'
import type { ContentScope } from '../content/contentScope'
import type { Locale } from '../locales'
import { platformPricing, type PlatformPricing } from '../pricing/platformPricing'

import { pageShowsPricing } from './sitePageRoute'

export type SitePageReads = {
  page: ContentRead<ResolvedAnswer>
  navigation: ContentRead<NavigationAnswer>
  platform: ContentRead<Platform>
  /** On the pages that show the plans (pageShowsPricing), else null; null too when they cannot be read. */
  pricing: PlatformPricing | null
}

/**
 * What a page of a site renders from, as the page reads it (src/app/(frontend)/components/siteContext.ts) and as its
 * version is computed (sitePageVersion.ts): the resolved page, the menus and the platform's branding from the content
 * read cache, and the plans (one query) where the page shows them. Null when the page does not resolve (a 404).
 */
export async function readSitePage(
  payload: Payload,
  scope: ContentScope,
  slug: string,
  locale: Locale,
): Promise<SitePageReads | null> {
  const [page, navigation, pricing] = await Promise.all([
    readResolvedPage(payload, { ...scope, slug, locale }),
    readNavigation(payload, { ...scope, locale }),
    pageShowsPricing(scope, slug) ? platformPricing(payload, scope, locale) : null,
  ])
  if (page.status !== 'found' || navigation.status !== 'found') return null
  const platform = await readSitePlatformAnswer(payload, page.answer.value.page.platform.code, locale)
  if (!platform) return null
  return { page, navigation, platform, pricing: pricing && !('status' in pricing) ? pricing : null }
}
