import type { Endpoint } from 'payload'

import { dunningState } from '@/services/dunning/dunningState'
import { subscriptionAddOns } from '@/services/subscriptions/vendorPlan'

import { billingContext } from './billingContext'

/** GET /api/billing/subscription[?vendor=SLUG][&platform=CODE] (vendor owner) */
export const subscriptionEndpoint: Endpoint = {
  path: '/billing/subscription',
  method: 'get',
  handler: async (req) => {
    const { vendor, platform, plan } = await billingContext(req)
    const { subscription, tier } = plan
    const addOns = subscription ? subscriptionAddOns(subscription) : []
    return Response.json({
      vendor: { id: vendor.id, slug: vendor.slug, name: vendor.name },
      platform: { code: platform.code, name: platform.name },
      tier: { code: tier.code, name: tier.name, priceMonthly: tier.priceMonthly, priceAnnual: tier.priceAnnual, features: tier.features },
      status: subscription?.status ?? null,
      billingPeriod: subscription?.billingPeriod ?? null,
      trialEndsAt: subscription?.trialEndsAt ?? null,
      currentPeriodStart: subscription?.currentPeriodStart ?? null,
      currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
      addOns: addOns.map((addOn) => ({ code: addOn.code, name: addOn.name, price: addOn.price, interval: addOn.interval, raises: addOn.raises })),
      limits: plan.limits,
      readOnly: plan.readOnly,
      // A failing payment: null, or { since, graceEndsAt, daysLeft, readOnly, remindersSent } for the admin's banner.
      dunning: dunningState(subscription, new Date()),
    })
  },
}
