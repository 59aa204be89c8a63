import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { LimitRule } from '@/services/limitRules'

import { assertWritable, limitReached } from '../limits'
import { effectiveLimitSql } from '../subscriptions/effectiveLimitSql'
import { readOnlySubscriptionSql } from '../subscriptions/status'
import { vendorPlan } from '../subscriptions/vendorPlan'
import { transactionDb } from '../transactions'

/**
 * Counts one more order against ordersPerMonth in a single conditional UPDATE of the subscription row:
 * it only succeeds while the subscription is writable and under its effective limit. The row lock it takes
 * serialises concurrent orders of one vendor until the order's transaction ends, and a rolled-back order counts
 * nothing. Run it as late as possible in the transaction (afterChange) so that the lock is held briefly.
 */
const CONSUME_SQL = (vendorId: number, platformId: number) => sql`
  WITH plan AS (
    SELECT s.id, s.status, s.dunning_read_only, ${effectiveLimitSql('ordersPerMonth')} AS allowed
    FROM vendor_subscriptions s JOIN subscription_tiers t ON t.id = s.tier_id
    WHERE s.vendor_id = ${vendorId} AND s.platform_id = ${platformId}
  )
  UPDATE vendor_subscriptions s
  SET orders_this_period = COALESCE(s.orders_this_period, 0) + 1
  FROM plan
  WHERE s.id = plan.id AND NOT ${sql.raw(readOnlySubscriptionSql('plan'))}
    AND (plan.allowed IS NULL OR COALESCE(s.orders_this_period, 0) < plan.allowed)
  RETURNING s.id`

export async function consumeOrderQuota(req: PayloadRequest, vendorId: number, platformId: number, rule: LimitRule): Promise<void> {
  const db = await transactionDb(req)
  const consumed = await db.execute(CONSUME_SQL(vendorId, platformId))
  if (consumed.rows.length > 0) return

  // Refused, or no subscription at all (vendors that joined before subscriptions): find out which.
  const plan = await vendorPlan(req, vendorId, platformId)
  if (!plan?.subscription) return
  assertWritable(plan)
  throw limitReached(rule, plan, plan.limits[rule.limit]!)
}
