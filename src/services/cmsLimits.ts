import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { LimitReached } from './errors'
import type { LimitRule } from './limitRules'
import { limitReached, lockVendorLimit } from './limits'
import { vendorPlan } from './subscriptions/vendorPlan'
import { transactionDb } from './transactions'

type PageWrite = {
  platformId: number
  vendorId: number
  slug: string
  /** The page being updated, left out of the counts. */
  pageId?: number
  /** Creating a page counts against cmsPages; renaming one only against the custom-page rules. */
  isNew: boolean
}

type Usage = { overrides: number; customPages: number; isDefaultSlug: boolean; defaultSlugs: string[] }

async function pageUsage(req: PayloadRequest, { platformId, vendorId, slug, pageId }: PageWrite): Promise<Usage> {
  await lockVendorLimit(req, 'cmsPages', vendorId)
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    WITH defaults AS (
      SELECT DISTINCT slug FROM content_pages
      WHERE platform_id = ${platformId} AND vendor_id IS NULL AND is_platform_page = false AND slug IS NOT NULL
    ), own AS (
      SELECT slug FROM content_pages
      WHERE platform_id = ${platformId} AND vendor_id = ${vendorId} AND id <> ${pageId ?? -1}
    )
    SELECT
      (SELECT count(*) FROM own)::int AS overrides,
      (SELECT count(*) FROM own WHERE slug NOT IN (SELECT slug FROM defaults))::int AS custom_pages,
      EXISTS (SELECT 1 FROM defaults WHERE slug = ${slug}) AS is_default_slug,
      COALESCE((SELECT array_agg(slug ORDER BY slug) FROM defaults), '{}') AS default_slugs
  `)
  const row = result.rows[0] as { overrides: number; custom_pages: number; is_default_slug: boolean; default_slugs: string[] }
  return {
    overrides: row.overrides,
    customPages: row.custom_pages,
    isDefaultSlug: row.is_default_slug,
    defaultSlugs: row.default_slugs,
  }
}

/**
 * CMS limits of the vendor's tier for a page write: `cmsPages` caps the vendor's pages on the platform
 * (lifted by `cms_unlimited_pages`); a slug that is not one of the platform's default pages is a custom
 * page and needs `cms_custom_pages`, within `cmsCustomPages`. Must run inside the write's transaction.
 */
export async function enforceCmsPageLimits(req: PayloadRequest, write: PageWrite, rules: LimitRule[]): Promise<void> {
  const plan = await vendorPlan(req, write.vendorId, write.platformId)
  if (!plan) return
  const rule = (limit: LimitRule['limit']) => rules.find((candidate) => candidate.limit === limit)!
  const { tier, limits } = plan
  const usage = await pageUsage(req, write)

  if (!usage.isDefaultSlug) {
    if (!tier.features.includes('cms_custom_pages')) {
      const allowed = usage.defaultSlugs.length > 0 ? { message: 'useOneOf' as const, vars: { slugs: usage.defaultSlugs.join(', ') } } : ''
      throw new LimitReached('customPagesNotIncluded', { plan: tier.name, slug: write.slug, allowed })
    }
    const customLimit = limits.cmsCustomPages
    if (customLimit !== null && usage.customPages >= customLimit) {
      throw limitReached(rule('cmsCustomPages'), plan, customLimit)
    }
  }

  const pageLimit = limits.cmsPages
  if (write.isNew && pageLimit !== null && !tier.features.includes('cms_unlimited_pages') && usage.overrides >= pageLimit) {
    throw limitReached(rule('cmsPages'), plan, pageLimit)
  }
}
