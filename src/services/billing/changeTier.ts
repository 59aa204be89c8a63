import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { AddOn, SubscriptionTier, VendorSubscription } from '@/payload-types'
import { Conflict, InvalidInput, OutsideServiceUnconfirmed } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'
import { effectiveLimits, subscriptionAddOns } from '@/services/subscriptions/vendorPlan'
import { tierInfo } from '@/services/tiers/getTierInfo'

import { changeableSubscription } from './billingActions'
import { tierPriceId } from './prices'
import { BILLING_STRIPE } from './stripeMessages'
import {
  applyStripeState,
  freshSubscription,
  isTierPrice,
  rebaseSchedule,
  scheduleNextPhase,
  tierItem,
} from './stripeSubscription'
import { platformCatalog, type SyncResult } from './syncFromStripe'
import type { BillingPeriod, BillingTarget } from './types'
import { assertUsageFits } from './usageFit'
import { underVendorLimitLocks, writeSubscriptionNow } from './writeLock'

export type PlanChangeInput = { tier: string; billingPeriod?: BillingPeriod }

export type PlanChange = {
  tier: SubscriptionTier
  billingPeriod: BillingPeriod
  direction: 'upgrade' | 'downgrade'
  /** Upgrades, and every change during a trial, apply now; downgrades (annual → monthly included) at the period end. */
  effective: 'now' | 'period_end'
}

type Plan = { tier: Pick<SubscriptionTier, 'id' | 'sortOrder'>; billingPeriod: BillingPeriod }

/**
 * Which way a change goes, by the tiers' order on their platform (`sortOrder`, then id), never by price: a price per
 * day would call annual → monthly an upgrade. On one tier, monthly → annual is an upgrade (paid at once) and annual →
 * monthly a downgrade (from the end of the paid year).
 */
export function changeDirection(from: Plan, to: Plan): 'upgrade' | 'downgrade' | 'same' {
  const rank = (plan: Plan) => [plan.tier.sortOrder ?? 0, plan.tier.id]
  const [fromOrder, fromId] = rank(from)
  const [toOrder, toId] = rank(to)
  if (fromId !== toId) return toOrder > fromOrder || (toOrder === fromOrder && toId > fromId) ? 'upgrade' : 'downgrade'
  if (from.billingPeriod === to.billingPeriod) return 'same'
  return to.billingPeriod === 'annual' ? 'upgrade' : 'downgrade'
}

const addOnFits = (addOn: AddOn, period: BillingPeriod) =>
  period === 'annual' ? addOn.interval === 'year' : addOn.interval === 'month'

/** 409 when an add-on's billing interval does not match the subscription's billing period. */
export function assertAddOnFitsPeriod(req: PayloadRequest, addOn: AddOn, period: BillingPeriod): void {
  if (!addOnFits(addOn, period)) {
    throw new Conflict('billingAddOnPeriodMismatch', { addOn: addOn.name, interval: addOn.interval, period })
  }
}

/** The requested change checked against the vendor's subscription: 400 for an unknown or the same plan. */
export async function planChange(
  req: PayloadRequest,
  target: BillingTarget,
  input: PlanChangeInput,
): Promise<{ subscription: VendorSubscription & { stripeSubscriptionId: string }; change: PlanChange }> {
  const subscription = changeableSubscription(req, target, 'changePlan')
  const current = subscription.tier as SubscriptionTier
  const found = await req.payload.find({
    collection: 'subscription-tiers',
    where: { and: [{ platform: { equals: target.platform.id } }, { code: { equals: input.tier } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const tier = found.docs[0]
  // A tier kept off the pricing page can only be the one the vendor is already on.
  if (!tier || (tier.isPublic === false && tier.id !== current.id))
    throw new InvalidInput('billingTierNotFound', { tier: input.tier })
  const billingPeriod = input.billingPeriod ?? subscription.billingPeriod
  const direction = changeDirection(
    { tier: current, billingPeriod: subscription.billingPeriod },
    { tier, billingPeriod },
  )
  if (direction === 'same') throw new InvalidInput('billingSamePlan', { plan: tier.name, period: billingPeriod })
  for (const addOn of subscriptionAddOns(subscription)) assertAddOnFitsPeriod(req, addOn, billingPeriod)
  const effective = direction === 'upgrade' || subscription.status === 'trialing' ? 'now' : 'period_end'
  // A change at the period end goes into a schedule, and a schedule owns the cancellation at Stripe: one or the other.
  if (effective === 'period_end' && subscription.cancelAtPeriodEnd)
    throw new Conflict('billingChangeWhileCanceling', { date: (subscription.currentPeriodEnd ?? '').slice(0, 10) })
  return { subscription, change: { tier, billingPeriod, direction, effective } }
}

/** The subscription items and preview parameters of a change, from Stripe's current subscription. */
async function changeOnStripe(
  req: PayloadRequest,
  stripe: Stripe,
  target: BillingTarget,
  subscriptionId: string,
  change: PlanChange,
) {
  const price = await tierPriceId(req, stripe, target.platform, change.tier, change.billingPeriod)
  const catalog = await platformCatalog(req, target.platform.id)
  const fresh = await freshSubscription(req, stripe, subscriptionId)
  const item = tierItem(fresh, catalog)
  const swapTier = (items: { price: string; quantity: number }[]) =>
    items.map((each) => (isTierPrice(catalog, each.price) ? { ...each, price } : each))
  return { price, fresh, item, swapTier }
}

/**
 * Checks a change and, for a downgrade that applies at once, lowers our row to the new tier, in one short transaction
 * under the vendor's billing lock and every limit lock (the locks limited inserts take before they read the plan): an
 * insert racing with the change is counted by the usage check or refused by the new limits, never both missed.
 */
async function checkPlanChange(req: PayloadRequest, target: BillingTarget, input: PlanChangeInput) {
  return underVendorLimitLocks(req, target, async () => {
    const planned = await planChange(req, target, input)
    const { subscription, change } = planned
    const limits = effectiveLimits(tierInfo(change.tier), subscriptionAddOns(subscription))
    await assertUsageFits(req, target, change.tier.name, limits, { atPeriodEnd: change.effective === 'period_end' })
    if (change.direction === 'downgrade' && change.effective === 'now')
      await writeSubscriptionNow(req, subscription.stripeSubscriptionId, {
        tier: change.tier.id,
        billingPeriod: change.billingPeriod,
      })
    return planned
  })
}

/**
 * POST /api/billing/change-tier: an upgrade (and any change during a trial) takes effect at once — prorated and
 * charged now (`always_invoice`, refused with 402 and nothing changed when the card declines), or, during a trial,
 * uncharged and part of the trial; a downgrade (annual → monthly included) waits for the end of the period in a
 * subscription schedule. Usage is checked against the target's limits first (409 listing each limit exceeded), in
 * checkPlanChange. Stripe is called with no database transaction open, then our row is set from Stripe's fresh state
 * (in a transaction of its own), so the new limits hold as soon as this returns. When Stripe refuses, our row is set
 * from Stripe again (undoing an early downgrade); when Stripe's answer does not come (OutsideServiceUnconfirmed, 504),
 * the row is left to the webhook of the change, which Stripe sends whichever way it went.
 */
export async function changeTier(
  req: PayloadRequest,
  target: BillingTarget,
  input: PlanChangeInput,
): Promise<{ result: SyncResult | null; change: PlanChange }> {
  const { subscription, change } = await checkPlanChange(req, target, input)
  const stripe = stripeClient()
  try {
    const { price, fresh, item, swapTier } = await changeOnStripe(
      req,
      stripe,
      target,
      subscription.stripeSubscriptionId,
      change,
    )
    if (change.effective === 'now') {
      const trialing = fresh.status === 'trialing'
      await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
        stripe.subscriptions.update(
          fresh.id,
          {
            items: [{ id: item.id, price }],
            proration_behavior: trialing ? 'none' : 'always_invoice',
            payment_behavior: 'error_if_incomplete',
          },
          { idempotencyKey: `billing-${fresh.id}-tier-${item.id}-${price}-${subscription.updatedAt}` },
        ),
      )
      await rebaseSchedule(req, stripe, fresh, swapTier, change.billingPeriod)
    } else {
      await scheduleNextPhase(req, stripe, fresh, swapTier, change.billingPeriod)
    }
  } catch (error) {
    if (!(error instanceof OutsideServiceUnconfirmed))
      await applyStripeState(req, stripe, subscription.stripeSubscriptionId).catch(() => null)
    throw error
  }
  return { result: await applyStripeState(req, stripe, subscription.stripeSubscriptionId), change }
}

/**
 * Stripe's preview of what a change invoices: at once, its proration lines (a trial: lines at 0 until the trial
 * ends); at the period end, the first subscription invoice on the new plan (the next invoice with the new items and
 * no proration).
 */
export async function previewTierChange(
  req: PayloadRequest,
  target: BillingTarget,
  input: PlanChangeInput,
): Promise<{ invoice: Stripe.Invoice; change: PlanChange }> {
  const { subscription, change } = await planChange(req, target, input)
  const stripe = stripeClient()
  const { price, fresh, item } = await changeOnStripe(req, stripe, target, subscription.stripeSubscriptionId, change)
  const invoice = await callStripe(req, 'invoice preview', BILLING_STRIPE, () =>
    stripe.invoices.createPreview({
      customer: typeof fresh.customer === 'string' ? fresh.customer : fresh.customer.id,
      subscription: fresh.id,
      subscription_details:
        change.effective === 'now'
          ? { items: [{ id: item.id, price }], proration_behavior: 'always_invoice' }
          : // the next invoice on the new items; Stripe takes no proration_date with `none` (nor one past the period)
            { items: [{ id: item.id, price }], proration_behavior: 'none' },
    }),
  )
  return { invoice, change }
}
