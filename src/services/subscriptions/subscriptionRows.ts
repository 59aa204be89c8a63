import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { requestLanguage } from '@/i18n/t'

import { lockRows } from '../db/locks'
import * as tables from '../db/tables'
import { localeLiteral, localizedNameSql } from '../tiers/localizedNameSql'
import { runSql } from '../transactions'

import { effectiveLimitSql, SUBSCRIPTION as s, TIER as t } from './effectiveLimitSql'
import { readOnlySubscriptionSql } from './status'

/*
 * The SQL on vendor-subscriptions rows: row locks that serialise the writers of one subscription, and the
 * conditional updates that must check and write in one statement. Each runs in `req`'s transaction when it has one.
 */

const subscriptions = tables.vendorSubscriptions

/** Locks the subscription row until the transaction ends; false when there is none. */
export const lockSubscriptionRow = async (req: PayloadRequest, id: number): Promise<boolean> =>
  (await lockRows(req, subscriptions, subscriptions.id, id)).length > 0

/** Locks the row holding this Stripe subscription until the transaction ends: its id, undefined when none does. */
export const lockSubscriptionByStripeId = async (
  req: PayloadRequest,
  stripeSubscriptionId: string,
): Promise<number | undefined> =>
  (await lockRows(req, subscriptions, subscriptions.stripe_subscription_id, stripeSubscriptionId))[0]

/**
 * The "whichever comes first, once" rule of a new billing period, as a condition on a vendor_subscriptions row: the
 * row is still in a period that started before `periodStart`. Shared by resetPeriodIfNew (one row, the Stripe sync)
 * and resetEndedPeriods (every row, the resetPeriodCounters job), so the two never reset one period twice.
 */
export const periodIsNewSql = (periodStart: SQL): SQL =>
  sql`(${subscriptions.current_period_start} IS NULL OR ${subscriptions.current_period_start} < ${periodStart})`

/**
 * Starts a new billing period on a vendor-subscriptions row: ordersThisPeriod back to 0 and currentPeriodStart moved
 * to `periodStart`, only when the row is still in an earlier period. One conditional UPDATE, so whichever sees the new
 * period first (the Stripe sync or the period-reset job) resets it, exactly once, and a late or repeated call finds
 * the period already started and changes nothing. True when it reset.
 */
export async function resetPeriodIfNew(
  req: PayloadRequest,
  vendorSubscriptionId: number,
  periodStart: Date | string,
): Promise<boolean> {
  const start = sql`${new Date(periodStart).toISOString()}::timestamptz`
  const result = await runSql(
    req,
    sql`
    UPDATE ${subscriptions} SET ${subscriptions.orders_this_period} = 0, ${subscriptions.current_period_start} = ${start}, ${subscriptions.updated_at} = now()
    WHERE ${subscriptions.id} = ${vendorSubscriptionId} AND ${periodIsNewSql(start)}
    RETURNING ${subscriptions.id}`,
  )
  return result.rows.length > 0
}

/**
 * Counts one more order against ordersPerMonth in a single conditional UPDATE of the subscription row: it only
 * succeeds while the subscription is writable and under its effective limit. The row lock it takes serialises
 * concurrent orders of one vendor until the transaction ends, and a rollback counts nothing. False when refused, or
 * when the vendor has no subscription on the platform.
 */
export async function countOrderInPeriod(req: PayloadRequest, vendorId: number, platformId: number): Promise<boolean> {
  const counted = await runSql(
    req,
    sql`
  WITH plan AS (
    SELECT ${s.id}, ${s.status}, ${s.dunning_read_only}, ${effectiveLimitSql('ordersPerMonth')} AS allowed
    FROM ${s} JOIN ${t} ON ${t.id} = ${s.tier_id}
    WHERE ${s.vendor_id} = ${vendorId} AND ${s.platform_id} = ${platformId}
  )
  UPDATE ${s}
  SET ${subscriptions.orders_this_period} = COALESCE(${s.orders_this_period}, 0) + 1
  FROM plan
  WHERE ${s.id} = plan.id AND NOT ${sql.raw(readOnlySubscriptionSql('plan'))}
    AND (plan.allowed IS NULL OR COALESCE(${s.orders_this_period}, 0) < plan.allowed)
  RETURNING ${s.id}`,
  )
  return counted.rows.length > 0
}

/** The vendor's subscription on the platform when it is read-only (status, tier name in the request's language), else null. One indexed read. */
export async function readOnlySubscriptionOf(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
): Promise<{ status: string; tierName: string } | null> {
  const result = await runSql(
    req,
    sql`
    SELECT ${s.status}, ${sql.raw(localizedNameSql('tier', t.id, localeLiteral(requestLanguage(req))))} AS name
    FROM ${s} JOIN ${t} ON ${t.id} = ${s.tier_id}
    WHERE ${s.vendor_id} = ${vendorId} AND ${s.platform_id} = ${platformId} AND ${sql.raw(readOnlySubscriptionSql('s'))}
    LIMIT 1`,
  )
  const row = result.rows[0] as { status: string; name: string } | undefined
  return row ? { status: row.status, tierName: row.name } : null
}
