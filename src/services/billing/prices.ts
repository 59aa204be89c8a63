import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'
import { InvalidInput } from '@/services/errors'
import { callStripe, type StripeMessages } from '@/services/stripe/callStripe'
import { syncAddOnPrice, syncTierPrices } from '@/services/stripe/syncPrices'

import { BILLING_STRIPE } from './stripeMessages'
import type { BillingPeriod } from './types'

/** How a caller of tierPriceId words its refusals, and whether the price ids join its transaction. */
export type TierPriceCaller = {
  stripe: StripeMessages
  notOnline: (tier: SubscriptionTier, period: BillingPeriod) => InvalidInput
  /** Signup writes inside its own transaction (a rollback forgets the ids; Stripe's prices are found again). */
  inTransaction: boolean
}

/** Billing's wording; the ids are written outside the request, whose vendor user the tier's hooks would refuse. */
export const BILLING_TIER_PRICE: TierPriceCaller = {
  stripe: BILLING_STRIPE,
  notOnline: (tier, period) => new InvalidInput('billingPlanNotOnline', { plan: tier.name, period }),
  inTransaction: false,
}

/**
 * The Stripe price of a tier for a billing period, created and stored on the tier when the price sync job has not
 * done it yet. The ids are written with overrideAccess: the price cache is the platform's, not the vendor's.
 */
export async function tierPriceId(
  req: PayloadRequest,
  stripe: Stripe,
  platform: Platform,
  tier: SubscriptionTier,
  period: BillingPeriod,
  caller: TierPriceCaller = BILLING_TIER_PRICE,
): Promise<string> {
  let price = period === 'annual' ? tier.stripePriceAnnual : tier.stripePriceMonthly
  if (!price) {
    const prices = await callStripe(req, 'price sync', caller.stripe, () =>
      syncTierPrices(stripe, {
        platformCode: platform.code,
        code: tier.code,
        name: tier.name,
        priceMonthly: tier.priceMonthly,
        priceAnnual: tier.priceAnnual,
        stripePriceMonthly: tier.stripePriceMonthly,
        stripePriceAnnual: tier.stripePriceAnnual,
      }),
    )
    await req.payload.update({
      collection: 'subscription-tiers',
      id: tier.id,
      data: prices,
      depth: 0,
      overrideAccess: true,
      ...(caller.inTransaction ? { req } : {}),
    })
    price = period === 'annual' ? prices.stripePriceAnnual : prices.stripePriceMonthly
  }
  if (!price) throw caller.notOnline(tier, period)
  return price
}

/** The Stripe price of an add-on, created and stored when missing. */
export async function addOnPriceId(
  req: PayloadRequest,
  stripe: Stripe,
  platform: Platform,
  addOn: AddOn,
  period: BillingPeriod,
): Promise<string> {
  let price = addOn.stripePrice
  if (!price) {
    const synced = await callStripe(req, 'price sync', BILLING_STRIPE, () =>
      syncAddOnPrice(stripe, {
        platformCode: platform.code,
        code: addOn.code,
        name: addOn.name,
        price: addOn.price,
        interval: addOn.interval,
        stripePrice: addOn.stripePrice,
      }),
    )
    await req.payload.update({ collection: 'add-ons', id: addOn.id, data: synced, depth: 0, overrideAccess: true })
    price = synced.stripePrice
  }
  if (!price) throw new InvalidInput('billingPlanNotOnline', { plan: addOn.name, period })
  return price
}
