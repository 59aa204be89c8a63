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
 * Counts `wanted` more orders (default one) against ordersPerMonth in a single statement on the subscription row: it
 * locks the row, then counts as many as the effective limit still allows, only while the subscription is writable.
 * The row lock serialises concurrent orders of one vendor until the transaction ends, and a rollback counts nothing.
 * Answers how many were counted: 0 when refused, or when the vendor has no subscription on the platform.
 */
export async function countOrdersInPeriod(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  wanted = 1,
): Promise<number> {
  const counted = await runSql(
    req,
    sql`
  WITH plan AS (
    SELECT ${s.id}, COALESCE(${s.orders_this_period}, 0) AS used,
      LEAST(${wanted}::int, COALESCE(${effectiveLimitSql('ordersPerMonth')} - COALESCE(${s.orders_this_period}, 0), ${wanted}::int)) AS granted
    FROM ${s} JOIN ${t} ON ${t.id} = ${s.tier_id}
    WHERE ${s.vendor_id} = ${vendorId} AND ${s.platform_id} = ${platformId} AND NOT ${sql.raw(readOnlySubscriptionSql('s'))}
    FOR UPDATE OF s
  )
  UPDATE ${s}
  SET ${subscriptions.orders_this_period} = plan.used + plan.granted
  FROM plan
  WHERE ${s.id} = plan.id AND plan.granted > 0
  RETURNING plan.granted`,
  )
  return counted.rows.reduce((sum, row) => sum + Number((row as { granted: number }).granted), 0)
}

/** Takes back `count` orders counted by countOrdersInPeriod in the same transaction that did not become orders. */
export async function uncountOrdersInPeriod(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  count: number,
): Promise<void> {
  if (count <= 0) return
  await runSql(
    req,
    sql`UPDATE ${s} SET ${subscriptions.orders_this_period} = GREATEST(COALESCE(${s.orders_this_period}, 0) - ${count}::int, 0)
    WHERE ${s.vendor_id} = ${vendorId} AND ${s.platform_id} = ${platformId}`,
  )
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
