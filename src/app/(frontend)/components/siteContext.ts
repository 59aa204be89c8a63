import config from '@payload-config'
import { getPayload } from 'payload'

import type { Platform } from '@/payload-types'
import {
  type NavigationAnswer,
  readNavigation,
  readResolvedPage,
  readSitePlatform,
} from '@/services/content/cache/cachedContent'
import type { ContentScope } from '@/services/content/contentScope'
import type { ResolvedPage } from '@/services/content/resolveContentPage'
import type { Locale } from '@/services/locales'
import { platformPricing, type PlatformPricing } from '@/services/pricing/platformPricing'
import { pageShowsPricing } from '@/services/site/sitePageRoute'

export type SitePage = {
  page: ResolvedPage
  source: string
  navigation: NavigationAnswer
  platform: Platform
  pricing: PlatformPricing | null
}

/**
 * What a page of a site needs: the resolved page, the menus, the platform's branding (all three from the content
 * read cache) and, on the pages that show it, its pricing.
 */
export async function loadSitePage(
  scope: ContentScope,
  slug: string,
  locale: Locale,
): Promise<SitePage | null> {
  const payload = await getPayload({ config })
  const [result, navigation, pricing] = await Promise.all([
    readResolvedPage(payload, { ...scope, slug, locale }),
    readNavigation(payload, { ...scope, locale }),
    pageShowsPricing(scope, slug) ? platformPricing(payload, scope, locale) : null,
  ])
  if (result.status !== 'found' || navigation.status !== 'found') return null
  const { page, source } = result.answer.value
  const platform = await readSitePlatform(payload, page.platform.code, locale)
  if (!platform) return null
  return {
    page,
    source,
    navigation: navigation.answer.value,
    platform,
    pricing: pricing && !('status' in pricing) ? pricing : null,
  }
}
