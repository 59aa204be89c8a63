import config from '@payload-config'
import { getPayload } from 'payload'

import type { Platform } from '@/payload-types'
import type { NavigationAnswer } from '@/services/content/cache/cachedContent'
import type { ContentScope } from '@/services/content/contentScope'
import type { ResolvedPage } from '@/services/content/resolveContentPage'
import type { Locale } from '@/services/locales'
import type { PlatformPricing } from '@/services/pricing/platformPricing'
import { readSitePage } from '@/services/site/readSitePage'

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
export async function loadSitePage(scope: ContentScope, slug: string, locale: Locale): Promise<SitePage | null> {
  const reads = await readSitePage(await getPayload({ config }), scope, slug, locale)
  if (!reads) return null
  const { page, source } = reads.page.answer.value
  return {
    page,
    source,
    navigation: reads.navigation.answer.value,
    platform: reads.platform.answer.value,
    pricing: reads.pricing,
  }
}
