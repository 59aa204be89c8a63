import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '../transactions'

/**
 * Starts a new billing period on a vendor-subscriptions row: ordersThisPeriod back to 0 and currentPeriodStart moved
 * to `periodStart`, only when the row is still in an earlier period. One conditional UPDATE, so whichever sees the new
 * period first (the Stripe sync or the period-reset job) resets it, exactly once, and a late or repeated call finds
 * the period already started and changes nothing. Runs in `req`'s transaction when it has one. True when it reset.
 */
export async function resetPeriodIfNew(req: PayloadRequest, vendorSubscriptionId: number, periodStart: Date | string): Promise<boolean> {
  const start = new Date(periodStart).toISOString()
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    UPDATE vendor_subscriptions SET orders_this_period = 0, current_period_start = ${start}::timestamptz, updated_at = now()
    WHERE id = ${vendorSubscriptionId} AND (current_period_start IS NULL OR current_period_start < ${start}::timestamptz)
    RETURNING id`)
  return result.rows.length > 0
}
