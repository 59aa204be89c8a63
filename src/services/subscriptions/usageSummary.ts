import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

import { vendorPageUsage } from '../content/vendorPageUsage'
import { transactionDb } from '../transactions'

import type { VendorPlan } from './vendorPlan'

export type LimitUsage = { used: number; limit: number | null; percent: number | null }
export type UsageSummary = Record<LimitKey, LimitUsage>

/** What a vendor uses of each limit on a platform, counted as the limits are enforced. percent is null when unlimited. */
export async function usageSummary(req: PayloadRequest, vendorId: number, platformId: number, plan: VendorPlan): Promise<UsageSummary> {
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    SELECT
      (SELECT count(*) FROM products WHERE vendor_id = ${vendorId} AND platform_id = ${platformId})::int AS products,
      (SELECT count(*) FROM orders WHERE vendor_id = ${vendorId} AND platform_id = ${platformId}
         AND placed_at >= date_trunc('month', now()))::int AS orders_this_month,
      (SELECT count(DISTINCT parent_id) FROM users_rels WHERE path = 'vendors' AND vendors_id = ${vendorId})::int AS team_members`)
  const pages = await vendorPageUsage(req, vendorId, platformId)
  const row = result.rows[0] as Record<string, number>
  const used: Record<LimitKey, number> = {
    // The subscription's period counter is what the limit is enforced on; without one, the calendar month.
    ordersPerMonth: plan.subscription?.ordersThisPeriod ?? row.orders_this_month,
    products: row.products,
    teamMembers: row.team_members,
    cmsPages: pages.pages,
    cmsCustomPages: pages.customPages,
  }
  return Object.fromEntries(
    LIMIT_KEYS.map((key) => {
      const limit = plan.limits[key]
      const percent = limit === null ? null : limit === 0 ? (used[key] > 0 ? 100 : 0) : Math.round((used[key] / limit) * 1000) / 10
      return [key, { used: used[key], limit, percent }]
    }),
  ) as UsageSummary
}
