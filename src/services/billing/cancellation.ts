import type { PayloadRequest } from 'payload'

import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'

import { changeableSubscription } from './billingActions'
import { BILLING_STRIPE } from './stripeMessages'
import { applyStripeState, freshSubscription, releaseSchedule } from './stripeSubscription'
import type { SyncResult } from './syncFromStripe'
import type { BillingTarget } from './types'

/**
 * POST /api/billing/cancel: the subscription ends at the end of the period (or of the trial); nothing more is charged.
 * A change waiting in a schedule is dropped (Stripe refuses a cancellation on a scheduled subscription).
 */
export async function cancelAtPeriodEnd(req: PayloadRequest, target: BillingTarget): Promise<SyncResult | null> {
  const subscription = changeableSubscription(req, target, 'cancel')
  const stripe = stripeClient()
  const fresh = await freshSubscription(req, stripe, subscription.stripeSubscriptionId)
  await releaseSchedule(req, stripe, fresh)
  await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
    stripe.subscriptions.update(
      fresh.id,
      { cancel_at_period_end: true },
      { idempotencyKey: `billing-${fresh.id}-cancel-${subscription.updatedAt}` },
    ),
  )
  return applyStripeState(req, stripe, fresh.id)
}

/** POST /api/billing/resume: a subscription set to end at the period end carries on. */
export async function resumeSubscription(req: PayloadRequest, target: BillingTarget): Promise<SyncResult | null> {
  const subscription = changeableSubscription(req, target, 'resume')
  const stripe = stripeClient()
  await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
    stripe.subscriptions.update(
      subscription.stripeSubscriptionId,
      { cancel_at_period_end: false },
      { idempotencyKey: `billing-${subscription.stripeSubscriptionId}-resume-${subscription.updatedAt}` },
    ),
  )
  return applyStripeState(req, stripe, subscription.stripeSubscriptionId)
}
