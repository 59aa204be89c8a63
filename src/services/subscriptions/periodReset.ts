import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import * as tables from '../db/tables'
import { runSql } from '../transactions'

import { READ_ONLY_STATUSES_SQL } from './status'
import { periodIsNewSql } from './subscriptionRows'

export type PeriodResetResult = {
  /** Subscriptions not billed on Stripe rolled to the period containing `now`. */
  rolled: number
  /** Stripe-billed subscriptions whose period ended: the new period started at the old end, as Stripe starts it. */
  fromStripe: number
}

const s = tables.vendorSubscriptions

/**
 * Starts the next billing period of every live subscription (not canceled or expired) whose current period has
 * ended by `now`, `ordersThisPeriod` back to 0, in ONE statement:
 * - not billed on Stripe: the period rolls forward by whole months (monthly) or years (annual) from its old end until
 *   it contains `now` (a worker down for three months rolls three months at once, reset once);
 * - billed on Stripe: Stripe starts the next period exactly at the old end; the row takes that start now and keeps its
 *   end until Stripe's state arrives (syncSubscriptionFromStripe writes it).
 * Both under periodIsNewSql, the rule resetPeriodIfNew applies for the webhook: whichever of the job and Stripe's
 * sync sees the new period first resets it, once. Run twice, the second run changes nothing.
 */
export async function resetEndedPeriods(req: PayloadRequest, now: Date): Promise<PeriodResetResult> {
  const at = sql`${now.toISOString()}::timestamptz`
  // One pass over the table (no self-join): the next period is computed from the row's own old values, which SET and
  // WHERE both read. Not billed on Stripe: whole months (or years) from the old end, as many as have elapsed.
  const months = sql`(CASE WHEN ${s.billing_period} = 'annual' THEN 12 ELSE 1 END)`
  const elapsed = sql`age(${at}, ${s.current_period_end})`
  const periods = sql`floor((extract(year FROM ${elapsed}) * 12 + extract(month FROM ${elapsed})) / ${months})::integer`
  const onStripe = sql`${s.stripe_subscription_id} IS NOT NULL`
  const after = (count: SQL) =>
    sql`(CASE WHEN ${onStripe} THEN ${s.current_period_end} ELSE ${s.current_period_end} + make_interval(months => ${months} * ${count}) END)`
  const starts = after(periods)
  const result = await runSql(
    req,
    sql`
    WITH updated AS (
      UPDATE ${s} SET
        ${s.orders_this_period} = 0,
        ${s.current_period_start} = ${starts},
        ${s.current_period_end} = ${after(sql`(${periods} + 1)`)},
        ${s.updated_at} = ${at}
      WHERE ${s.current_period_end} <= ${at} AND ${s.status} NOT IN ${sql.raw(READ_ONLY_STATUSES_SQL)}
        AND ${periodIsNewSql(starts)}
      RETURNING ${onStripe} AS on_stripe
    )
    SELECT count(*) FILTER (WHERE NOT on_stripe)::integer AS rolled, count(*) FILTER (WHERE on_stripe)::integer AS "fromStripe"
    FROM updated`,
  )
  const row = result.rows[0] as PeriodResetResult
  return { rolled: row.rolled, fromStripe: row.fromStripe }
}
