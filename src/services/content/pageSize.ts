import type { PayloadRequest } from 'payload'

import { LimitReached } from '../errors'
import { vendorPlan } from '../subscriptions/vendorPlan'

const KB = 1024
const MB = 1024 * KB

/**
 * The largest page (title, rich text and SEO fields of one language, as stored JSON) by the code of the vendor's
 * tier. A tier code not listed gets the smallest; pages platform admins write (marketing pages and vendor defaults)
 * get PLATFORM_PAGE_BYTES. Every page is read whole on each view, so no single page may slow the others down.
 */
export const PAGE_BYTES_BY_TIER: Record<string, number> = {
  essential: 128 * KB,
  professional: 256 * KB,
  business: 512 * KB,
  enterprise: 768 * KB,
}
export const DEFAULT_PAGE_BYTES = 128 * KB
/** Below the 1 MiB request body limit, so the page and the rest of its write fit in one request. */
export const PLATFORM_PAGE_BYTES = 768 * KB

export const formatBytes = (bytes: number): string =>
  bytes >= MB ? `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / KB)} KB`

type PageContent = { title?: unknown; content?: unknown; meta?: unknown }

export const pageBytes = ({ title, content, meta }: PageContent): number =>
  Buffer.byteLength(JSON.stringify({ title, content, meta }))

/** Refuses a page write over its size limit; inside the write's transaction (it reads the vendor's plan there). */
export async function enforcePageSize(
  req: PayloadRequest,
  page: PageContent & { vendorId: number | null; platformId: number | null },
): Promise<void> {
  const bytes = pageBytes(page)
  if (bytes <= DEFAULT_PAGE_BYTES) return
  if (page.vendorId === null || page.platformId === null) {
    if (bytes > PLATFORM_PAGE_BYTES)
      throw new LimitReached('pageTooLarge', {
        plan: 'platform',
        size: formatBytes(bytes),
        limit: formatBytes(PLATFORM_PAGE_BYTES),
      })
    return
  }
  const plan = await vendorPlan(req, page.vendorId, page.platformId)
  const limit = (plan && PAGE_BYTES_BY_TIER[plan.tier.code]) || DEFAULT_PAGE_BYTES
  if (bytes > limit) {
    throw new LimitReached('pageTooLarge', {
      plan: plan?.tier.name ?? '',
      size: formatBytes(bytes),
      limit: formatBytes(limit),
    })
  }
}
