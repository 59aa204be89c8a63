import type { PayloadRequest } from 'payload'

import type { SubscriptionTier } from '@/payload-types'
import { allowedBillingActions } from '@/services/billing/billingActions'
import { dunningState } from '@/services/dunning/dunningState'
import { subscriptionAddOns } from '@/services/subscriptions/vendorPlan'

import type { BillingContext } from './billingContext'

/** The answer of GET /api/billing/subscription, and of every billing change (the state after it). */
export async function subscriptionView(req: PayloadRequest, context: BillingContext) {
  const { vendor, platform, plan } = context
  const { subscription, tier } = plan
  const { actions, changesRefused } = allowedBillingActions(context)
  const addOns = subscription ? subscriptionAddOns(subscription) : []
  const pendingTier = subscription?.pendingTier
    ? typeof subscription.pendingTier === 'object'
      ? subscription.pendingTier
      : await req.payload.findByID({
          collection: 'subscription-tiers',
          id: subscription.pendingTier,
          depth: 0,
          overrideAccess: true,
          req,
        })
    : null
  return {
    vendor: { id: vendor.id, slug: vendor.slug, name: vendor.name },
    platform: { code: platform.code, name: platform.name },
    tier: {
      code: tier.code,
      name: tier.name,
      priceMonthly: tier.priceMonthly,
      priceAnnual: tier.priceAnnual,
      features: tier.features,
    },
    status: subscription?.status ?? null,
    billingPeriod: subscription?.billingPeriod ?? null,
    trialEndsAt: subscription?.trialEndsAt ?? null,
    currentPeriodStart: subscription?.currentPeriodStart ?? null,
    currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    pendingChange: subscription?.pendingChangeAt
      ? {
          tier: pendingTier
            ? { code: (pendingTier as SubscriptionTier).code, name: (pendingTier as SubscriptionTier).name }
            : null,
          billingPeriod: subscription.pendingBillingPeriod ?? null,
          at: subscription.pendingChangeAt,
        }
      : null,
    addOns: addOns.map((addOn) => ({
      code: addOn.code,
      name: addOn.name,
      price: addOn.price,
      interval: addOn.interval,
      raises: addOn.raises,
    })),
    limits: plan.limits,
    readOnly: plan.readOnly,
    // Whether Stripe bills it: the card, plan and add-on changes go through Stripe (409 otherwise).
    billedOnStripe: Boolean(subscription?.stripeSubscriptionId && subscription?.stripeCustomerId),
    // What the change endpoints accept now, by their own rules, and why nothing when nothing is (the page offers only these).
    actions,
    changesRefused,
    // A failing payment: null, or { since, graceEndsAt, daysLeft, readOnly, remindersSent } for the admin's banner.
    dunning: dunningState(subscription, new Date()),
  }
}
