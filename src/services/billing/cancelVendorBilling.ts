import type { PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { stripeClient } from '@/services/stripe/client'

export type CancelVendorBillingInput = {
  stripeSubscriptionId?: string | null
  stripeCustomerId?: string | null
  /** The vendor is gone: delete its Stripe customer too (cards included). */
  deleteCustomer?: boolean | null
}

export type CancelVendorBillingResult = {
  subscription: 'canceled' | 'already-canceled' | 'none'
  customer: 'deleted' | 'already-deleted' | 'kept' | 'none'
}

const missing = (error: unknown) => error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404

/**
 * Stops billing a vendor that was deleted or deactivated: cancels its Stripe subscription at once (no proration, no
 * final subscription invoice) and, for a deleted vendor, deletes the Stripe customer. Safe to run twice or in two workers at once:
 * what is already canceled or deleted is left alone, and each call carries an idempotency key made of the ids.
 * Stripe failing or not configured throws, so the job is retried.
 */
export async function cancelVendorBilling(
  req: PayloadRequest,
  input: CancelVendorBillingInput,
): Promise<CancelVendorBillingResult> {
  const stripe = stripeClient()
  let subscription: CancelVendorBillingResult['subscription'] = 'none'
  if (input.stripeSubscriptionId) {
    const current = await stripe.subscriptions.retrieve(input.stripeSubscriptionId).catch((error: unknown) => {
      if (missing(error)) return null
      throw error
    })
    if (!current || current.status === 'canceled' || current.status === 'incomplete_expired')
      subscription = 'already-canceled'
    else {
      await stripe.subscriptions.cancel(current.id, {}, { idempotencyKey: `vendor-billing-cancel-${current.id}` })
      subscription = 'canceled'
    }
  }
  let customer: CancelVendorBillingResult['customer'] = input.stripeCustomerId ? 'kept' : 'none'
  if (input.stripeCustomerId && input.deleteCustomer) {
    const current = await stripe.customers.retrieve(input.stripeCustomerId).catch((error: unknown) => {
      if (missing(error)) return null
      throw error
    })
    if (!current || current.deleted) customer = 'already-deleted'
    else {
      await stripe.customers.del(current.id, {}, { idempotencyKey: `vendor-billing-delete-${current.id}` })
      customer = 'deleted'
    }
  }
  req.payload.logger.info({ msg: 'Vendor billing stopped', ...input, subscription, customer })
  return { subscription, customer }
}

/**
 * Queues cancelVendorBilling for a subscription row that carries Stripe ids, in `req`'s transaction: the job runs only
 * if the delete or deactivation commits. Rows never billed through Stripe queue nothing.
 */
export async function queueVendorBillingStop(
  req: PayloadRequest,
  row: { stripeSubscriptionId?: string | null; stripeCustomerId?: string | null },
  deleteCustomer: boolean,
): Promise<void> {
  if (!row.stripeSubscriptionId && !(deleteCustomer && row.stripeCustomerId)) return
  await req.payload.jobs.queue({
    task: 'cancelVendorBilling',
    input: {
      stripeSubscriptionId: row.stripeSubscriptionId ?? null,
      stripeCustomerId: row.stripeCustomerId ?? null,
      deleteCustomer,
    },
    req,
  })
}
