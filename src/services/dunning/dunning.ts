import type { PayloadRequest } from 'payload'

import type { Platform, VendorSubscription } from '@/payload-types'
import { queueEmail } from '@/services/mail/queueEmail'
import { billingPageUrl, vendorOwnerContact } from '@/services/mail/vendorOwnerContact'
import { lockSubscriptionRow } from '@/services/subscriptions/subscriptionRows'
import { relationId } from '@/utilities/relationId'

import { DUNNING_RUN_INTERVAL_MS, ensureDunningRun } from './nextRun'
import { DEFAULT_GRACE_DAYS, graceEnd, reminderMailId, remindersDue } from './timeline'

/**
 * Dunning: a subscription whose payment failed (Stripe says past_due) is in a dunning episode until a subscription invoice is
 * paid or it leaves past_due. While it lasts the owner gets a mail at 0, 3 and 7 days (REMINDER_DAYS), each once per
 * episode, and after the platform's grace period (platforms.billing.graceDays) the vendor's data is read-only
 * (`dunningReadOnly`, see isReadOnlySubscription). Stripe's own retries run the charges; nothing here charges.
 * Every function runs in the caller's transaction with the subscription row locked (FOR UPDATE), so the webhook
 * processing and the scheduled dunningReminders job never act on one subscription at once.
 */

export type DunningChange = 'started' | 'ended' | 'unchanged'

async function lockedRow(req: PayloadRequest, id: number): Promise<VendorSubscription | null> {
  if (!(await lockSubscriptionRow(req, id))) return null
  return req.payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0, overrideAccess: true, req })
}

const write = (req: PayloadRequest, id: number, data: Partial<VendorSubscription>) =>
  // The app's own bookkeeping, below the collection's hooks (they judge writes by the signed-in user).
  req.payload.db.updateOne({ collection: 'vendor-subscriptions', id, data, req, returning: false })

const CLEARED: Partial<VendorSubscription> = {
  dunningSince: null,
  dunningGraceEndsAt: null,
  dunningRemindersSent: 0,
  dunningReadOnly: false,
}

/**
 * Starts or ends the episode so that it matches the row's status (as the Stripe sync just wrote it): past_due and
 * not in dunning starts one (and sends its first mail); any other status ends it at once, read-only lifted.
 */
export async function reconcileDunning(req: PayloadRequest, subscriptionId: number, now: Date): Promise<DunningChange> {
  const row = await lockedRow(req, subscriptionId)
  if (!row) return 'unchanged'
  if (row.status === 'past_due' && !row.dunningSince) {
    const platform = await req.payload.findByID({
      collection: 'platforms',
      id: relationId(row.platform)!,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const graceDays = platform.billing?.graceDays ?? DEFAULT_GRACE_DAYS
    const started = {
      dunningSince: now.toISOString(),
      dunningGraceEndsAt: graceEnd(now, graceDays).toISOString(),
      dunningRemindersSent: 0,
      dunningReadOnly: false,
    }
    await write(req, row.id, started)
    await advanceDunning(req, { ...row, ...started }, now, platform)
    await ensureDunningRun(req, new Date(Date.now() + DUNNING_RUN_INTERVAL_MS))
    return 'started'
  }
  if (row.status !== 'past_due' && (row.dunningSince || row.dunningReadOnly)) {
    await write(req, row.id, CLEARED)
    return 'ended'
  }
  return 'unchanged'
}

export type DunningStep = { reminderSent: number | null; readOnlyNow: boolean }

/**
 * Sends the reminder that is due and has not gone out (only the latest: reminders missed while the workers were down
 * collapse into one mail), and makes the data read-only once the grace period has ended. Idempotent: the count of
 * reminders is stored with the row, and each mail carries a mailId per episode and reminder number.
 */
export async function advanceDunning(
  req: PayloadRequest,
  row: VendorSubscription,
  now: Date,
  platform?: Platform,
): Promise<DunningStep> {
  const step: DunningStep = { reminderSent: null, readOnlyNow: false }
  if (row.status !== 'past_due' || !row.dunningSince || !row.dunningGraceEndsAt) return step
  const since = new Date(row.dunningSince)
  const graceEndsAt = new Date(row.dunningGraceEndsAt)
  const due = remindersDue(since, now)
  const sent = row.dunningRemindersSent ?? 0
  const update: Partial<VendorSubscription> = {}
  if (due > sent) {
    const reminder = due - 1
    const owner = await vendorOwnerContact(req, relationId(row.vendor)!)
    if (owner) {
      const vendor = await req.payload.findByID({
        collection: 'vendors',
        id: relationId(row.vendor)!,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const home =
        platform ??
        (await req.payload.findByID({
          collection: 'platforms',
          id: relationId(row.platform)!,
          depth: 0,
          overrideAccess: true,
          req,
        }))
      await queueEmail(req, {
        to: owner.email,
        template: 'paymentFailed',
        locale: owner.locale,
        platform: home.code,
        vars: {
          vendorName: vendor.name,
          reminder,
          graceEndsAt: graceEndsAt.toISOString(),
          billingUrl: billingPageUrl(home),
        },
        mailId: reminderMailId(row.id, since, reminder),
      })
      step.reminderSent = reminder
    }
    update.dunningRemindersSent = due
  }
  if (!row.dunningReadOnly && now.getTime() >= graceEndsAt.getTime()) {
    update.dunningReadOnly = true
    step.readOnlyNow = true
  }
  if (Object.keys(update).length > 0) await write(req, row.id, update)
  return step
}

/** Runs advanceDunning for one subscription with its row locked (the scheduled job, one transaction per row). */
export async function advanceDunningOf(req: PayloadRequest, subscriptionId: number, now: Date): Promise<DunningStep> {
  const row = await lockedRow(req, subscriptionId)
  return row ? advanceDunning(req, row, now) : { reminderSent: null, readOnlyNow: false }
}
