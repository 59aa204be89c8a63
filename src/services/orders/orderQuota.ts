import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { assertWritable, limitMessage, limitReached, lockVendorLimit } from '../limits'
import { vendorPlan } from '../subscriptions/vendorPlan'
import { transactionDb } from '../transactions'

/**
 * Checks ordersPerMonth for one more order and counts it: `ordersThisPeriod` on the subscription is
 * incremented in the order's own transaction, after a per-vendor lock, so parallel orders cannot overshoot
 * and a failed order counts nothing.
 */
export async function consumeOrderQuota(req: PayloadRequest, vendorId: number, platformId: number): Promise<void> {
  const plan = await vendorPlan(req, vendorId, platformId)
  assertWritable(plan)
  if (!plan?.subscription) return
  const allowed = plan.limits.ordersPerMonth
  await lockVendorLimit(req, 'ordersPerMonth', vendorId)
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    UPDATE vendor_subscriptions SET orders_this_period = COALESCE(orders_this_period, 0) + 1, updated_at = now()
    WHERE id = ${plan.subscription.id} AND (${allowed}::numeric IS NULL OR COALESCE(orders_this_period, 0) < ${allowed}::numeric)
    RETURNING orders_this_period`)
  if (result.rows.length === 0) {
    throw limitReached(limitMessage('Order', plan, allowed!, 'ordersPerMonth', 'Upgrade, or wait for your next billing period.'))
  }
}
