import type { PayloadRequest } from 'payload'

import type { VendorSubscription } from '@/payload-types'

import { transactionLock, withSessionLock } from '../db/locks'
import { Conflict } from '../errors'
import { lockAllVendorLimits } from '../limits'
import { lockSubscriptionByStripeId } from '../subscriptions/subscriptionRows'
import { inTransaction } from '../transactions'

import type { BillingTarget } from './types'

/** Serialises billing changes of one vendor on one platform until `req`'s transaction ends (all instances: Postgres). */
export const lockVendorBilling = (req: PayloadRequest, vendorId: number, platformId: number): Promise<void> =>
  transactionLock(req, `billing:${platformId}`, vendorId)

/**
 * Runs `work` (a change's usage check, and the lowering of our row when the change applies at once) in one short
 * transaction under the vendor's billing lock and every limit lock, the locks limited inserts take before they read
 * the plan: an insert racing with a change that lowers a limit is counted by the check or refused by the new limits.
 */
export function underVendorLimitLocks<T>(
  req: PayloadRequest,
  target: BillingTarget,
  work: () => Promise<T>,
): Promise<T> {
  return inTransaction(req, async () => {
    await lockVendorBilling(req, target.vendor.id, target.platform.id)
    await lockAllVendorLimits(req, target.vendor.id)
    return work()
  })
}

/**
 * Writes a lowered plan onto our subscription row inside `underVendorLimitLocks`, before Stripe is asked; the sync
 * from Stripe afterwards (or after a refusal) sets the row from Stripe's state again. A system write, as
 * syncSubscriptionFromStripe makes (the collection's hooks judge by the signed-in user).
 */
export async function writeSubscriptionNow(
  req: PayloadRequest,
  stripeSubscriptionId: string,
  data: Partial<Pick<VendorSubscription, 'tier' | 'billingPeriod' | 'addOns'>>,
): Promise<void> {
  const id = await lockSubscriptionByStripeId(req, stripeSubscriptionId)
  const row = id && (await req.payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0, req }))
  if (row)
    await req.payload.db.updateOne({
      collection: 'vendor-subscriptions',
      id: row.id,
      data: { ...row, ...data, updatedAt: new Date().toISOString() },
      req,
      returning: false,
    })
}

/**
 * Runs one billing change of a vendor at a time on every instance, without a transaction (withSessionLock, tried):
 * nothing is held but an idle connection while Stripe works. A second change meanwhile (a double click, another tab)
 * is refused at once with 409.
 */
export function oneBillingChangeAtATime<T>(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  work: () => Promise<T>,
): Promise<T> {
  return withSessionLock(
    req.payload,
    { namespace: `billing-change:${platformId}`, key: vendorId, busy: () => new Conflict('billingChangeInProgress') },
    work,
  )
}
