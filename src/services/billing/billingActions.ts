import type { PayloadRequest } from 'payload'

import type { Message, MessageVars } from '@/i18n/t'
import type { VendorSubscription } from '@/payload-types'
import { Conflict } from '@/services/errors'
import { READ_ONLY_STATUSES } from '@/services/subscriptions/status'

import type { BillingTarget } from './types'

/** The changes a shop makes to its subscription (plan and its preview, add-ons, card, cancel, resume), each through Stripe. */
export const BILLING_ACTIONS = ['changePlan', 'addOns', 'replaceCard', 'cancel', 'resume'] as const
export type BillingAction = (typeof BILLING_ACTIONS)[number]

/** Why no change can be made at all: no subscription yet, ended (canceled or expired), or not billed on Stripe. */
export type ChangesRefused = 'no_subscription' | 'ended' | 'not_billed_online'

type Refusal = { message: Message; vars?: MessageVars }

function subscriptionRefusal(target: BillingTarget): (Refusal & { reason: ChangesRefused }) | null {
  const subscription = target.plan.subscription
  if (!subscription)
    return { reason: 'no_subscription', message: 'billingNoSubscription', vars: { vendor: target.vendor.name } }
  if (READ_ONLY_STATUSES.includes(subscription.status))
    return { reason: 'ended', message: 'billingSubscriptionEnded', vars: { status: subscription.status } }
  if (!subscription.stripeSubscriptionId) return { reason: 'not_billed_online', message: 'billingNotOnStripe' }
  return null
}

/** Why `action` is refused on the target's subscription (always a 409), or null when it may be done. */
function actionRefusal(target: BillingTarget, action: BillingAction): Refusal | null {
  const refused = subscriptionRefusal(target)
  if (refused) return refused
  const subscription = target.plan.subscription!
  // The new card is saved on the Stripe customer.
  if (action === 'replaceCard' && !subscription.stripeCustomerId) return { message: 'billingNotOnStripe' }
  if (action === 'cancel' && subscription.cancelAtPeriodEnd)
    return { message: 'billingAlreadyCanceling', vars: { date: (subscription.currentPeriodEnd ?? '').slice(0, 10) } }
  if (action === 'resume' && !subscription.cancelAtPeriodEnd) return { message: 'billingNotCanceling' }
  return null
}

/** The vendor's subscription, Stripe-billed and live, for `action`; a 409 naming why the action is refused otherwise. */
export function changeableSubscription(
  req: PayloadRequest,
  target: BillingTarget,
  action: BillingAction,
): VendorSubscription & { stripeSubscriptionId: string } {
  const refused = actionRefusal(target, action)
  if (refused) throw new Conflict(refused.message, refused.vars)
  return target.plan.subscription as VendorSubscription & { stripeSubscriptionId: string }
}

/**
 * What the subscription allows now, by the same rules the actions enforce (GET /api/billing/subscription, so the
 * billing page offers only what the server accepts): each action, and why none is possible (null when some are).
 */
export function allowedBillingActions(target: BillingTarget): {
  actions: Record<BillingAction, boolean>
  changesRefused: ChangesRefused | null
} {
  return {
    actions: Object.fromEntries(
      BILLING_ACTIONS.map((action) => [action, actionRefusal(target, action) === null]),
    ) as Record<BillingAction, boolean>,
    changesRefused: subscriptionRefusal(target)?.reason ?? null,
  }
}
