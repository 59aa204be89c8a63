import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { cancelVendorBilling } from '../billing/cancelVendorBilling'
import * as tables from '../db/tables'
import { deleteExpiredOrderIdempotencyKeys } from '../orders/orderIdempotency'
import { runSql } from '../transactions'

import { type JobAttempts, type JobTimeouts, requeueStuckJobsSql } from './stuckJobs'

/** Processed Stripe events are kept this long (Stripe resends an event for at most 3 days). */
export const STRIPE_EVENT_RETENTION_DAYS = 90

export type CleanupResult = {
  /** Expired, never completed signup sessions deleted; of them, Letzshop shops released and Stripe customers removed. */
  signupSessionsDeleted: number
  letzshopReservationsReleased: number
  stripeCustomersDeleted: number
  stripeEventsDeleted: number
  jobsRequeued: number
  scheduleSlotsDeleted: number
  orderIdempotencyKeysDeleted: number
}

const sessions = tables.signupSessions
const events = tables.stripeEvents
const slots = tables.jobScheduleSlots
const latest = slots.as('latest')
const old = slots.as('old')

/**
 * What the app leaves behind, cleared; invoices and their numbers are never touched.
 * - Signup sessions that expired without completing: their Stripe customer is deleted first (Stripe cancels the
 *   customer's subscriptions with it; cancelVendorBilling: idempotent, keyed), outside any transaction; then the rows
 *   go, in one statement, which releases the Letzshop shop each one reserved. Stripe failing throws before any row
 *   is deleted: the job is retried and a customer already deleted counts as done.
 * - Processed stripe-events older than STRIPE_EVENT_RETENTION_DAYS (unprocessed ones stay, for an operator).
 * - Jobs stuck `processing` past their time-out, requeued (requeueStuckJobsSql, as each worker's claim does).
 * - Schedule slot rows older than 90 days, the latest of each task kept.
 * - Orders' idempotency keys older than ORDER_IDEMPOTENCY_RETENTION_HOURS (24 h).
 * Run twice, the second run finds nothing.
 */
export async function cleanupStale(
  req: PayloadRequest,
  now: Date,
  jobLimits: { timeouts: JobTimeouts; attempts: JobAttempts },
): Promise<CleanupResult> {
  const at = sql`${now.toISOString()}::timestamptz`
  const expired = await runSql(
    req,
    sql`SELECT ${sessions.id} AS id, ${sessions.stripe_customer_id} AS customer FROM ${sessions}
        WHERE ${sessions.expires_at} < ${at} AND ${sessions.completed_vendor_id} IS NULL`,
  )
  const rows = expired.rows as { id: number; customer: string | null }[]
  let stripeCustomersDeleted = 0
  for (const row of rows) {
    if (!row.customer) continue
    const stopped = await cancelVendorBilling(req, { stripeCustomerId: row.customer, deleteCustomer: true })
    if (stopped.customer === 'deleted') stripeCustomersDeleted += 1
  }
  const ids = `{${rows.map((row) => row.id).join(',')}}`
  const deleted = await runSql(
    req,
    sql`WITH gone AS (
          DELETE FROM ${sessions} WHERE ${sessions.id} = ANY(${ids}::integer[])
            AND ${sessions.expires_at} < ${at} AND ${sessions.completed_vendor_id} IS NULL
          RETURNING ${sessions.letzshop_vendor_id} AS shop)
        SELECT count(*)::integer AS sessions, count(shop)::integer AS shops FROM gone`,
  )
  const gone = deleted.rows[0] as { sessions: number; shops: number }
  const oldEvents = await runSql(
    req,
    sql`DELETE FROM ${events} WHERE ${events.processed_at} IS NOT NULL
        AND ${events.processed_at} < ${at} - make_interval(days => ${STRIPE_EVENT_RETENTION_DAYS})`,
  )
  const requeued = await runSql(req, requeueStuckJobsSql(now, jobLimits.timeouts, jobLimits.attempts))
  for (const job of requeued.rows)
    req.payload.logger.warn({ msg: `cleanupStale requeued stuck job ${job.id} (${job.taskSlug})`, ...job })
  const oldSlots = await runSql(
    req,
    sql`DELETE FROM ${old} WHERE ${old.slot} < ${at} - make_interval(days => 90)
        AND ${old.slot} < (SELECT max(${latest.slot}) FROM ${latest} WHERE ${latest.task_slug} = ${old.task_slug})`,
  )
  const orderIdempotencyKeysDeleted = await deleteExpiredOrderIdempotencyKeys(req, now)
  return {
    signupSessionsDeleted: gone.sessions,
    letzshopReservationsReleased: gone.shops,
    stripeCustomersDeleted,
    stripeEventsDeleted: oldEvents.rowCount ?? 0,
    jobsRequeued: requeued.rows.length,
    scheduleSlotsDeleted: oldSlots.rowCount ?? 0,
    orderIdempotencyKeysDeleted,
  }
}
