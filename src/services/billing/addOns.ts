import type { PayloadRequest } from 'payload'

import type { AddOn } from '@/payload-types'
import { Conflict, NotFound, OutsideServiceUnconfirmed } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'
import { effectiveLimits, subscriptionAddOns } from '@/services/subscriptions/vendorPlan'

import { changeableSubscription } from './billingActions'
import { assertAddOnFitsPeriod } from './changeTier'
import { addOnPriceId } from './prices'
import { BILLING_STRIPE } from './stripeMessages'
import { applyStripeState, freshSubscription, rebaseSchedule, scheduleNextPhase } from './stripeSubscription'
import type { SyncResult } from './syncFromStripe'
import type { BillingTarget } from './types'
import { assertUsageFits } from './usageFit'
import { underVendorLimitLocks, writeSubscriptionNow } from './writeLock'

async function platformAddOn(req: PayloadRequest, target: BillingTarget, code: string): Promise<AddOn> {
  const found = await req.payload.find({
    collection: 'add-ons',
    where: { and: [{ platform: { equals: target.platform.id } }, { code: { equals: code } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (!found.docs[0]) throw new NotFound('billingAddOnNotFound', { code })
  return found.docs[0]
}

/**
 * POST /api/billing/addons: the add-on becomes a subscription item at once and its raise applies as soon as this
 * returns; prorated and charged now, or, during a trial, part of the trial and billed from its end. A change waiting
 * for the period end keeps the add-on too.
 */
export async function addAddOn(req: PayloadRequest, target: BillingTarget, code: string): Promise<SyncResult | null> {
  const subscription = changeableSubscription(req, target, 'addOns')
  const addOn = await platformAddOn(req, target, code)
  if (subscriptionAddOns(subscription).some((held) => held.id === addOn.id)) {
    throw new Conflict('billingAddOnAlreadyActive', { addOn: addOn.name })
  }
  assertAddOnFitsPeriod(req, addOn, subscription.billingPeriod)
  const stripe = stripeClient()
  const price = await addOnPriceId(req, stripe, target.platform, addOn, subscription.billingPeriod)
  const fresh = await freshSubscription(req, stripe, subscription.stripeSubscriptionId)
  const trialing = fresh.status === 'trialing'
  await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
    stripe.subscriptions.update(
      fresh.id,
      {
        items: [{ price }],
        proration_behavior: trialing ? 'none' : 'always_invoice',
        payment_behavior: 'error_if_incomplete',
      },
      { idempotencyKey: `billing-${fresh.id}-addon-${price}-${subscription.updatedAt}` },
    ),
  )
  await rebaseSchedule(
    req,
    stripe,
    fresh,
    (items) => (items.some((item) => item.price === price) ? items : [...items, { price, quantity: 1 }]),
    subscription.billingPeriod,
  )
  return applyStripeState(req, stripe, fresh.id)
}

/**
 * DELETE /api/billing/addons/:code: refused (409, listing the limits) while the usage needs the add-on's raise;
 * otherwise removed at the end of the period (it is paid until then) through the subscription schedule, or at once
 * during a trial.
 */
export async function removeAddOn(
  req: PayloadRequest,
  target: BillingTarget,
  code: string,
): Promise<SyncResult | null> {
  const subscription = changeableSubscription(req, target, 'addOns')
  const addOn = await platformAddOn(req, target, code)
  const held = subscriptionAddOns(subscription)
  if (!held.some((each) => each.id === addOn.id)) throw new NotFound('billingAddOnNotActive', { addOn: addOn.name })
  const trialing = subscription.status === 'trialing'
  const kept = held.filter((each) => each.id !== addOn.id)
  await underVendorLimitLocks(req, target, async () => {
    await assertUsageFits(
      req,
      target,
      { message: 'billingWithoutAddOn', vars: { plan: target.plan.tier.name, addOn: addOn.name } },
      effectiveLimits(target.plan.tier, kept),
      { atPeriodEnd: !trialing },
    )
    // During a trial the removal applies at once: the lower limit holds from here, before Stripe is asked.
    if (trialing)
      await writeSubscriptionNow(req, subscription.stripeSubscriptionId, { addOns: kept.map((each) => each.id) })
  })

  const stripe = stripeClient()
  const fresh = await freshSubscription(req, stripe, subscription.stripeSubscriptionId)
  const items = fresh.items.data.filter(
    (item) => item.price.id === addOn.stripePrice || item.price.metadata?.addOn === addOn.code,
  )
  if (trialing) {
    if (items.length > 0) {
      await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
        stripe.subscriptions.update(
          fresh.id,
          { items: items.map((item) => ({ id: item.id, deleted: true })), proration_behavior: 'none' },
          { idempotencyKey: `billing-${fresh.id}-addon-removal-${addOn.id}-${subscription.updatedAt}` },
        ),
      ).catch(async (error) => {
        // Refused: our row goes back to Stripe's state (the add-on kept); unanswered: the webhook will tell.
        if (!(error instanceof OutsideServiceUnconfirmed))
          await applyStripeState(req, stripe, fresh.id).catch(() => null)
        throw error
      })
    }
  } else {
    const prices = new Set(items.map((item) => item.price.id))
    await scheduleNextPhase(
      req,
      stripe,
      fresh,
      (next) => next.filter((item) => !prices.has(item.price)),
      subscription.billingPeriod,
    )
  }
  return applyStripeState(req, stripe, fresh.id)
}
