import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'
import { syncSubscriptionFromStripe } from '@/services/billing/syncFromStripe'
import { resetPeriodIfNew } from '@/services/subscriptions/subscriptionRows'

import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createVendor } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let platform: Platform
let essential: SubscriptionTier
let pro: SubscriptionTier
let addOn: AddOn
let req: PayloadRequest

const price = async (amount: number, interval: 'month' | 'year', metadata: Record<string, string> = {}) =>
  (
    await stripe.prices.create({
      currency: 'eur',
      unit_amount: amount,
      recurring: { interval },
      product_data: { name: `p${amount}` },
      metadata,
    })
  ).id

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 })
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_x',
    STRIPE_API_URL: standIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
  })
  const url = new URL(standIn.url)
  stripe = new Stripe('sk_test_x', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  })
  payload = await testPayload()
  ;({
    platform,
    tiers: [essential, pro],
  } = await createPlatform(payload, [{ code: 'essential' }, { code: 'pro' }]))
  essential = await payload.update({
    collection: 'subscription-tiers',
    id: essential.id,
    data: { stripePriceMonthly: await price(1000, 'month'), stripePriceAnnual: await price(10000, 'year') },
  })
  pro = await payload.update({
    collection: 'subscription-tiers',
    id: pro.id,
    data: { stripePriceMonthly: await price(2000, 'month'), stripePriceAnnual: await price(20000, 'year') },
  })
  addOn = await payload.create({
    collection: 'add-ons',
    data: {
      platform: platform.id,
      code: 'seats',
      name: 'Seats',
      price: 500,
      interval: 'month',
      stripePrice: await price(500, 'month'),
      raises: { limit: 'teamMembers', amount: 3 },
    },
  })
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await standIn?.close()
})

async function subscribedVendor(items: string[], trial = false) {
  const vendor = await createVendor(payload, [{ platform, tier: essential }])
  const customer = await stripe.customers.create({ email: `${vendor.slug}@example.test` })
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: items.map((item) => ({ price: item })),
    ...(trial ? { trial_period_days: 30 } : { payment_behavior: 'default_incomplete' }),
  })
  const row = (
    await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } }, limit: 1 })
  ).docs[0]
  await payload.update({
    collection: 'vendor-subscriptions',
    id: row.id,
    data: { stripeCustomerId: customer.id, stripeSubscriptionId: subscription.id, ordersThisPeriod: 7 },
  })
  return { row, subscription }
}

describe('syncSubscriptionFromStripe', () => {
  it('applies tier, period, add-ons, period dates and status; a second run changes nothing', async () => {
    const { row, subscription } = await subscribedVendor([pro.stripePriceAnnual!, addOn.stripePrice!], true)
    const first = await syncSubscriptionFromStripe(req, subscription.id)
    expect(first!.changed).toEqual(expect.arrayContaining(['addOns', 'billingPeriod', 'tier']))
    const synced = first!.subscription
    expect(synced).toMatchObject({
      id: row.id,
      tier: pro.id,
      billingPeriod: 'annual',
      status: 'trialing',
      addOns: [addOn.id],
      cancelAtPeriodEnd: false,
      pendingTier: null,
    })
    const item = subscription.items.data[0]
    expect(synced.currentPeriodStart).toBe(new Date(item.current_period_start * 1000).toISOString())
    expect(synced.currentPeriodEnd).toBe(new Date(subscription.trial_end! * 1000).toISOString())

    const second = await syncSubscriptionFromStripe(req, subscription.id)
    expect(second!.changed).toEqual([])
    expect(second!.periodReset).toBe(false)
    expect(second!.subscription.updatedAt).toBe(synced.updatedAt)
  })

  it('follows cancel_at_period_end and a price replaced on the tier (found by its metadata)', async () => {
    const old = await price(900, 'month', { tier: essential.code })
    const { subscription } = await subscribedVendor([old])
    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })
    const result = await syncSubscriptionFromStripe(req, subscription.id)
    expect(result!.subscription).toMatchObject({
      tier: essential.id,
      billingPeriod: 'monthly',
      status: 'past_due',
      cancelAtPeriodEnd: true,
    })
  })

  it('resets ordersThisPeriod once per new period, whether the sync or the period job sees it first', async () => {
    const { row, subscription } = await subscribedVendor([essential.stripePriceMonthly!])
    await payload.update({ collection: 'vendor-subscriptions', id: row.id, data: { currentPeriodStart: null } })
    const first = await syncSubscriptionFromStripe(req, subscription.id)
    expect(first!.periodReset).toBe(true) // the row had no period yet
    expect(first!.subscription.ordersThisPeriod).toBe(0)
    await payload.update({ collection: 'vendor-subscriptions', id: row.id, data: { ordersThisPeriod: 5 } })
    expect((await syncSubscriptionFromStripe(req, subscription.id))!.subscription.ordersThisPeriod).toBe(5)

    // Stripe rolls the period: the job sees it first, the sync after it resets nothing more.
    const item = standIn.state.subscriptions.get(subscription.id)!.items.data[0]
    const next = item.current_period_end
    Object.assign(item, { current_period_start: next, current_period_end: next + 30 * 86_400 })
    const nextStart = new Date(next * 1000)
    expect(await resetPeriodIfNew(req, row.id, nextStart)).toBe(true)
    await payload.update({ collection: 'vendor-subscriptions', id: row.id, data: { ordersThisPeriod: 2 } })
    expect(await resetPeriodIfNew(req, row.id, nextStart)).toBe(false)
    const synced = await syncSubscriptionFromStripe(req, subscription.id)
    expect(synced!.periodReset).toBe(false)
    expect(synced!.subscription.ordersThisPeriod).toBe(2)
    expect(synced!.subscription.currentPeriodStart).toBe(nextStart.toISOString())
    // An older period never comes back.
    expect(await resetPeriodIfNew(req, row.id, new Date(item.current_period_start * 1000 - 86_400_000))).toBe(false)
  })

  it('answers null for a subscription no row holds', async () => {
    const customer = await stripe.customers.create({})
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: essential.stripePriceMonthly! }],
      trial_period_days: 3,
    })
    expect(await syncSubscriptionFromStripe(req, subscription.id)).toBeNull()
  })
})
