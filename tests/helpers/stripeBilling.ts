import type { Payload } from 'payload'
import Stripe from 'stripe'

import type { Platform, SubscriptionTier, User, Vendor, VendorSubscription } from '@/payload-types'

import { startStripeStandIn, type StripeStandIn } from '../../scripts/stand-ins/stripe/server'

import { createUser, createVendor, uid } from './fixtures'

/**
 * The Stripe stand-in on a free port, the app pointed at it (keys `sk_test_<name>` / `pk_test_<name>`, no retries,
 * 2 s per call, so a failure shows at once), and an SDK client of the test's own on it.
 */
export async function stripeStandIn(name: string): Promise<{ standIn: StripeStandIn; stripe: Stripe }> {
  const standIn = await startStripeStandIn({ port: 0 })
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: `sk_test_${name}`,
    STRIPE_PUBLISHABLE_KEY: `pk_test_${name}`,
    STRIPE_API_URL: standIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
    STRIPE_TIMEOUT_MS: '2000',
  })
  const url = new URL(standIn.url)
  const stripe = new Stripe(`sk_test_${name}`, {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  })
  return { standIn, stripe }
}

/** A tier of `platform` with a monthly Stripe price made at the Stripe stand-in. */
export async function pricedTier(
  payload: Payload,
  stripe: Stripe,
  platform: Platform,
  limits: SubscriptionTier['limits'] = {},
): Promise<SubscriptionTier> {
  const code = `t${uid()}`
  const monthly = await stripe.prices.create({
    currency: 'eur',
    unit_amount: 4900,
    recurring: { interval: 'month' },
    product_data: { name: `Tier ${code}` },
  })
  const annual = await stripe.prices.create({
    currency: 'eur',
    unit_amount: 49000,
    recurring: { interval: 'year' },
    product_data: { name: `Tier ${code} annual` },
  })
  return payload.create({
    collection: 'subscription-tiers',
    data: {
      platform: platform.id,
      code,
      name: `Tier ${code}`,
      priceMonthly: 4900,
      priceAnnual: 49000,
      stripePriceMonthly: monthly.id,
      stripePriceAnnual: annual.id,
      limits,
      features: ['cms_basic'],
    },
  })
}

export type BilledVendor = {
  vendor: Vendor
  owner: User
  token: string
  row: VendorSubscription
  customerId: string
  subscriptionId: string
}

/**
 * A vendor on `platform` whose subscription row is linked to a Stripe customer (card pm_card_visa by default) and a
 * trialing Stripe subscription on `tier`'s monthly price, with its owner signed in.
 */
export async function billedVendor(
  payload: Payload,
  stripe: Stripe,
  platform: Platform,
  tier: SubscriptionTier,
  card = 'pm_card_visa',
): Promise<BilledVendor> {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { user: owner, token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  const customer = await stripe.customers.create({ email: owner.email, name: vendor.name })
  const paymentMethod = await stripe.paymentMethods.attach(card, { customer: customer.id })
  await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod.id } })
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: tier.stripePriceMonthly! }],
    trial_period_days: 30,
    default_payment_method: paymentMethod.id,
  })
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: { vendor: { equals: vendor.id } },
    limit: 1,
  })
  const row = await payload.update({
    collection: 'vendor-subscriptions',
    id: docs[0].id,
    data: { stripeCustomerId: customer.id, stripeSubscriptionId: subscription.id },
  })
  return { vendor, owner, token, row, customerId: customer.id, subscriptionId: subscription.id }
}
