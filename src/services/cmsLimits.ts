import type { PayloadRequest } from 'payload'

import { LimitReached } from './errors'
import type { LimitRule } from './limitRules'
import { limitReached, lockVendorLimit } from './limits'
import { countVendorPages } from './subscriptions/usageCounts'
import { readVendorPlan } from './subscriptions/vendorPlan'

type PageWrite = {
  platformId: number
  vendorId: number
  slug: string
  /** The page being updated, left out of the counts. */
  pageId?: number
  /** Creating a page counts against cmsPages; renaming one only against the custom-page rules. */
  isNew: boolean
}

/**
 * CMS limits of the vendor's tier for a page write: `cmsPages` caps the vendor's pages on the platform
 * (lifted by `cms_unlimited_pages`); a slug that is not one of the platform's default pages is a custom
 * page and needs `cms_custom_pages`, within `cmsCustomPages`. Must run inside the write's transaction.
 */
export async function enforceCmsPageLimits(req: PayloadRequest, write: PageWrite, rules: LimitRule[]): Promise<void> {
  // The lock first, then the plan: a plan change lowers the limits under the same lock (changeTier).
  await lockVendorLimit(req, 'cmsPages', write.vendorId)
  const plan = await readVendorPlan(req, write.vendorId, write.platformId)
  if (!plan) return
  const rule = (limit: LimitRule['limit']) => rules.find((candidate) => candidate.limit === limit)!
  const { tier, limits } = plan
  const usage = await countVendorPages(req, {
    platformId: write.platformId,
    vendorId: write.vendorId,
    exceptPageId: write.pageId,
  })

  if (!usage.defaultSlugs.includes(write.slug)) {
    if (!tier.features.includes('cms_custom_pages')) {
      const allowed =
        usage.defaultSlugs.length > 0
          ? { message: 'useOneOf' as const, vars: { slugs: usage.defaultSlugs.join(', ') } }
          : ''
      throw new LimitReached('customPagesNotIncluded', { plan: tier.name, slug: write.slug, allowed })
    }
    const customLimit = limits.cmsCustomPages
    if (customLimit !== null && usage.customPages >= customLimit) {
      throw limitReached(rule('cmsCustomPages'), plan, customLimit)
    }
  }

  const pageLimit = limits.cmsPages
  if (write.isNew && pageLimit !== null && !tier.features.includes('cms_unlimited_pages') && usage.pages >= pageLimit) {
    throw limitReached(rule('cmsPages'), plan, pageLimit)
  }
}
