import config from '@payload-config'
import { getPayload } from 'payload'

import type { Platform } from '@/payload-types'
import { contentNavigation, type Navigation } from '@/services/content/contentNavigation'
import type { ContentScope } from '@/services/content/contentScope'
import { resolveContentPage, type ResolvedPage } from '@/services/content/resolveContentPage'
import type { Locale } from '@/services/locales'
import { platformPricing, type PlatformPricing } from '@/services/pricing/platformPricing'
import { findSitePlatform } from '@/services/site/sitePlatform'

export type SitePage = {
  page: ResolvedPage
  source: string
  navigation: Navigation
  platform: Platform
  pricing: PlatformPricing | null
}

/** What a page of a site needs: the resolved page, the menus, the platform's branding and, if asked, its pricing. */
export async function loadSitePage(
  scope: ContentScope,
  slug: string,
  locale: Locale,
  withPricing: boolean,
): Promise<SitePage | null> {
  const payload = await getPayload({ config })
  const [result, navigation, pricing] = await Promise.all([
    resolveContentPage(payload, { ...scope, slug, locale }),
    contentNavigation(payload, { ...scope, locale }),
    withPricing ? platformPricing(payload, scope) : null,
  ])
  if (result.status !== 'found' || navigation.status !== 'found') return null
  const platform = await findSitePlatform(payload, { platformCode: result.page.platform.code }, locale)
  if (!platform) return null
  return {
    page: result.page,
    source: result.source,
    navigation,
    platform,
    pricing: pricing && !('status' in pricing) ? pricing : null,
  }
}
