import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'
import { InvalidInput } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { syncAddOnPrice, syncTierPrices } from '@/services/stripe/syncPrices'

import { BILLING_STRIPE } from './stripeMessages'
import type { BillingPeriod } from './types'

/**
 * The Stripe price of a tier for a billing period, created and stored on the tier when the price sync job has not
 * done it yet (as signup does). The ids are written without the request's user: the price cache is the platform's,
 * not the vendor's, and the tier's hooks would refuse a vendor user's write.
 */
export async function tierPriceId(
  req: PayloadRequest,
  stripe: Stripe,
  platform: Platform,
  tier: SubscriptionTier,
  period: BillingPeriod,
): Promise<string> {
  let price = period === 'annual' ? tier.stripePriceAnnual : tier.stripePriceMonthly
  if (!price) {
    const prices = await callStripe(req, 'price sync', BILLING_STRIPE, () =>
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
    })
    price = period === 'annual' ? prices.stripePriceAnnual : prices.stripePriceMonthly
  }
  if (!price) throw new InvalidInput('billingPlanNotOnline', { plan: tier.name, period })
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
