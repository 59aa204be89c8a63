import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { queueJobSql } from '../db/queueJobSql'
import * as tables from '../db/tables'
import { vendorOwnerContactsSql } from '../mail/ownerContactsSql'
import { billingPageUrl } from '../mail/vendorOwnerContact'
import { inTransaction, runSql } from '../transactions'

/** How long before its end a trial's owner is reminded (Stripe's trial_will_end comes as early). */
export const TRIAL_REMINDER_DAYS = 3

export type TrialCheckResult = {
  /** Reminder mails queued (sendEmail jobs), one per trial. */
  remindersQueued: number
  /** Ended trials not on Stripe with a card on file, now active. */
  activated: number
  /** Ended trials not on Stripe without a card, now expired (read-only). */
  expired: number
}

const s = tables.vendorSubscriptions
const v = tables.vendors.as('v')

/**
 * The trials' calendar, set-based, in one transaction:
 * 1. every trial ending within TRIAL_REMINDER_DAYS whose owner has not been reminded of THIS end gets the
 *    `trialWillEnd` mail in the owner's language (vendorOwnerContactsSql), queued as sendEmail jobs in the same
 *    statement that marks the row (`trialReminderSentFor` = the trial end: once per trial; a moved end, once more).
 *    The mailId is the one the Stripe webhook uses for trial_will_end, so a trial Stripe also announces gets one mail.
 * 2. every trial that has ended and is NOT held by Stripe becomes `active` when a card is on file (a Stripe
 *    customer: the first period starts at the trial's end, orders counted from 0) or `expired` without one
 *    (read-only; the billing page tells the owner how to come back). A trial Stripe holds is left to Stripe: its
 *    webhook and syncStripeStatus bring the status Stripe decides.
 * Run twice, the second run queues and changes nothing.
 */
export async function checkTrialExpirations(req: PayloadRequest, now: Date): Promise<TrialCheckResult> {
  const platforms = await req.payload.find({
    collection: 'platforms',
    depth: 0,
    pagination: false,
    select: { code: true, domains: true },
    overrideAccess: true,
    req,
  })
  const platformRows = JSON.stringify(
    platforms.docs.map((platform) => ({ id: platform.id, code: platform.code, billing_url: billingPageUrl(platform) })),
  )
  const at = sql`${now.toISOString()}::timestamptz`
  return inTransaction(req, async () => {
    const reminders = await runSql(
      req,
      sql`
      WITH due AS (
        UPDATE ${s} SET ${s.trial_reminder_sent_for} = ${s.trial_ends_at}
        WHERE ${s.status} = 'trialing' AND ${s.trial_ends_at} > ${at}
          AND ${s.trial_ends_at} <= ${at} + make_interval(days => ${TRIAL_REMINDER_DAYS})
          AND ${s.trial_reminder_sent_for} IS DISTINCT FROM ${s.trial_ends_at}
        RETURNING ${s.id} AS id, ${s.vendor_id} AS vendor_id, ${s.platform_id} AS platform_id,
          ${s.trial_ends_at} AS trial_ends_at, ${s.stripe_customer_id} IS NOT NULL AS has_card
      ), owners AS (${vendorOwnerContactsSql(sql`(SELECT array_agg(vendor_id) FROM due)`)}),
      mails AS (
        SELECT due.*, owners.email, owners.locale, p.code, p.billing_url, ${v.name} AS vendor_name,
          to_char(due.trial_ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ends_iso
        FROM due
        JOIN owners ON owners.vendor_id = due.vendor_id
        JOIN ${v} ON ${v.id} = due.vendor_id
        JOIN jsonb_to_recordset(${platformRows}::jsonb) AS p(id integer, code text, billing_url text) ON p.id = due.platform_id
      )
      ${queueJobSql(
        {
          task: 'sendEmail',
          input: sql`jsonb_build_object(
            'mailId', 'trial-will-end:' || mails.id || ':' || mails.ends_iso,
            'to', mails.email, 'template', 'trialWillEnd', 'locale', mails.locale, 'platform', mails.code,
            'vars', jsonb_build_object('vendorName', mails.vendor_name, 'trialEndsAt', mails.ends_iso,
              'billingUrl', mails.billing_url, 'hasCard', mails.has_card),
            'attachments', NULL)`,
        },
        sql`mails`,
      )}`,
    )
    const ended = await runSql(
      req,
      sql`
      WITH ended AS (
        UPDATE ${s} SET
          ${s.status} = (CASE WHEN ${s.stripe_customer_id} IS NOT NULL THEN 'active' ELSE 'expired' END)::${tables.subscriptionStatusEnum},
          ${s.current_period_start} = CASE WHEN ${s.stripe_customer_id} IS NOT NULL THEN ${s.trial_ends_at} ELSE ${s.current_period_start} END,
          ${s.current_period_end} = CASE WHEN ${s.stripe_customer_id} IS NOT NULL
            THEN ${s.trial_ends_at} + make_interval(months => CASE WHEN ${s.billing_period} = 'annual' THEN 12 ELSE 1 END)
            ELSE ${s.current_period_end} END,
          ${s.orders_this_period} = CASE WHEN ${s.stripe_customer_id} IS NOT NULL THEN 0 ELSE ${s.orders_this_period} END,
          ${s.updated_at} = ${at}
        WHERE ${s.status} = 'trialing' AND ${s.trial_ends_at} <= ${at} AND ${s.stripe_subscription_id} IS NULL
        RETURNING ${s.status} AS status
      )
      SELECT count(*) FILTER (WHERE status = 'active')::integer AS activated,
        count(*) FILTER (WHERE status = 'expired')::integer AS expired
      FROM ended`,
    )
    const counts = ended.rows[0] as { activated: number; expired: number }
    return { remindersQueued: reminders.rows.length, activated: counts.activated, expired: counts.expired }
  })
}
