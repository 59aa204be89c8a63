import type { PayloadRequest } from 'payload'

import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

import { countVendorPages, countVendorRows } from './usageCounts'
import type { VendorPlan } from './vendorPlan'

export type LimitUsage = { used: number; limit: number | null; percent: number | null }
export type UsageSummary = Record<LimitKey, LimitUsage>

/** Whether one more row fits under the limit. */
export const hasRoom = ({ used, limit }: LimitUsage): boolean => limit === null || used < limit

/** What a vendor uses of each limit on a platform, counted as the limits are enforced. percent is null when unlimited. */
export async function usageSummary(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  plan: VendorPlan,
): Promise<UsageSummary> {
  const counts = await countVendorRows(req, vendorId, platformId)
  const pages = await countVendorPages(req, { platformId, vendorId })
  const used: Record<LimitKey, number> = {
    // The subscription's period counter is what the limit is enforced on; without one, the calendar month.
    ordersPerMonth: plan.subscription?.ordersThisPeriod ?? counts.ordersThisMonth,
    products: counts.products,
    teamMembers: counts.teamMembers,
    cmsPages: pages.pages,
    cmsCustomPages: pages.customPages,
  }
  return Object.fromEntries(
    LIMIT_KEYS.map((key) => {
      const limit = plan.limits[key]
      const percent =
        limit === null ? null : limit === 0 ? (used[key] > 0 ? 100 : 0) : Math.round((used[key] / limit) * 1000) / 10
      return [key, { used: used[key], limit, percent }]
    }),
  ) as UsageSummary
}
