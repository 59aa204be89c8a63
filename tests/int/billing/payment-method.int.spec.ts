import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { login, rest, type RestResponse, testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let platform: Platform
let tier: SubscriptionTier

const PASSWORD = 'card-on-file-2026'
const message = (response: RestResponse) => response.body?.errors?.[0]?.message as string
const card = (token: string | undefined, query = '', headers: Record<string, string> = {}) =>
  rest('GET', `/api/billing/payment-method${query}`, { token, headers })

/** Stripe's own view of a payment method, as the endpoint should show it. */
async function expected(paymentMethodId: string) {
  const method = await stripe.paymentMethods.retrieve(paymentMethodId)
  return {
    brand: method.card!.brand,
    last4: method.card!.last4,
    expMonth: method.card!.exp_month,
    expYear: method.card!.exp_year,
  }
}

/** The signup API as the wizard calls it, the card confirmed as Stripe.js does; answers the signed-in owner. */
async function signUp(paymentMethod: string) {
  const post = (step: string, body: unknown) => rest('POST', `/api/platform/signup/${step}`, { body })
  const { sessionId } = (await post('start', { platform: platform.code, tier: tier.code, billingPeriod: 'monthly' }))
    .body
  const email = `card-${uid()}@shop.test`
  expect(
    (await post('account', { sessionId, email, password: PASSWORD, companyName: `Card ${uid()}`, country: 'LU' }))
      .status,
  ).toBe(200)
  const setupIntentId = ((await post('setup-intent', { sessionId })).body.clientSecret as string).split('_secret_')[0]
  const confirmed = await stripe.setupIntents.confirm(setupIntentId, { payment_method: paymentMethod })
  const done = await post('complete', { sessionId, setupIntentId })
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return {
    token: await login(email, PASSWORD),
    vendor: done.body.vendor as { id: number; slug: string },
    paymentMethod: confirmed.payment_method as string,
  }
}

beforeAll(async () => {
  ;({ standIn, stripe } = await stripeStandIn('card'))
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload, []))
  tier = await pricedTier(payload, stripe, platform)
})

afterAll(async () => {
  await standIn?.close()
})

describe('GET /api/billing/payment-method', () => {
  it('shows the card saved at signup, then the new one once it is replaced; members read it, others do not', async () => {
    const shop = await signUp('pm_card_visa')
    const first = await card(shop.token)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toEqual({ card: await expected(shop.paymentMethod) })
    expect(first.body.card).toMatchObject({ brand: 'visa', last4: '4242' })

    // The billing page's replacement: a SetupIntent, confirmed by Stripe.js, handed back.
    const intent = await rest('POST', '/api/billing/payment-method', { token: shop.token })
    const confirmed = await stripe.setupIntents.confirm(intent.body.setupIntentId, {
      payment_method: 'pm_card_mastercard',
    })
    expect(
      (
        await rest('POST', '/api/billing/payment-method', {
          token: shop.token,
          body: { setupIntentId: intent.body.setupIntentId },
        })
      ).status,
    ).toBe(200)
    const replaced = await card(shop.token)
    expect(replaced.body).toEqual({ card: await expected(confirmed.payment_method as string) })
    expect(replaced.body.card).toMatchObject({ brand: 'mastercard', last4: '4444' })

    const { token: member } = await createUser(payload, ['vendor-member'], { vendors: [shop.vendor.id] })
    expect((await card(member)).body).toEqual(replaced.body)

    const other = await billedVendor(payload, stripe, platform, tier)
    const foreign = await card(other.token, `?vendor=${shop.vendor.slug}`)
    expect(foreign.status).toBe(403)
    expect(message(foreign)).toBe(`You do not belong to the vendor "${shop.vendor.slug}".`)
    expect(message(await card(other.token, `?vendor=${shop.vendor.slug}`, { 'Accept-Language': 'de' }))).toBe(
      `Sie gehören nicht zum Shop „${shop.vendor.slug}“.`,
    )

    const signedOut = await card(undefined)
    expect(signedOut.status).toBe(401)
    expect(message(signedOut)).toBe('Sign in to see your billing.')

    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    const { platform: elsewhere } = await createPlatform(payload, [])
    const { token: otherAdmin } = await createUser(payload, ['platform-admin'], { platforms: [elsewhere.id] })
    const { token: superAdmin } = await createUser(payload, ['super-admin'])
    expect((await card(admin, `?vendor=${shop.vendor.slug}`)).body).toEqual(replaced.body)
    expect((await card(otherAdmin, `?vendor=${shop.vendor.slug}`)).status).toBe(403)
    expect((await card(superAdmin, `?vendor=${shop.vendor.slug}`)).body).toEqual(replaced.body)
    expect((await card(superAdmin)).status).toBe(400)
  })

  it("is null without a card, the customer's default when the subscription has none, and null for a shop not billed on Stripe", async () => {
    const customer = await stripe.customers.create({ email: `nocard-${uid()}@shop.test` })
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: tier.stripePriceMonthly! }],
      trial_period_days: 30,
    })
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const row = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } }, limit: 1 })
    ).docs[0]
    await payload.update({
      collection: 'vendor-subscriptions',
      id: row.id,
      data: { stripeCustomerId: customer.id, stripeSubscriptionId: subscription.id },
    })
    const none = await card(token)
    expect(none.status, JSON.stringify(none.body)).toBe(200)
    expect(none.body).toEqual({ card: null })

    // Stripe charges the customer's default when the subscription names none.
    const attached = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id })
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: attached.id } })
    expect(standIn.state.subscriptions.get(subscription.id)!.default_payment_method).toBeNull()
    expect((await card(token)).body).toEqual({ card: await expected(attached.id) })

    const offline = await createVendor(payload, [{ platform, tier }])
    const { token: offlineOwner } = await createUser(payload, ['vendor-owner'], { vendors: [offline.id] })
    expect((await card(offlineOwner)).body).toEqual({ card: null })
  })

  it('the subscription says whether it is billed on Stripe, which the billing page needs to offer "Replace card"', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    expect((await rest('GET', '/api/billing/subscription', { token: billed.token })).body).toMatchObject({
      billedOnStripe: true,
    })
    expect((await rest('POST', '/api/billing/payment-method', { token: billed.token })).status).toBe(200)

    // A shop added by an admin, on the platform's trial without Stripe: no card to replace, and the endpoint says so.
    const offline = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [offline.id] })
    expect((await rest('GET', '/api/billing/subscription', { token })).body).toMatchObject({
      status: 'trialing',
      billedOnStripe: false,
    })
    const refused = await rest('POST', '/api/billing/payment-method', { token })
    expect(refused.status).toBe(409)
    expect(message(refused)).toBe('This subscription is not billed online: contact us to change it.')
  })

  it('answers 502 when Stripe fails and 503 naming the variable when Stripe is not configured, in the reader’s language', async () => {
    const shop = await billedVendor(payload, stripe, platform, tier)
    standIn.failNext(`GET /v1/subscriptions/${shop.subscriptionId}`, 500)
    const failed = await card(shop.token, '', { 'Accept-Language': 'fr' })
    expect(failed.status).toBe(502)
    expect(message(failed)).toBe(
      'Notre prestataire de paiement n’a pas répondu correctement : votre carte ne peut pas être affichée. Réessayez dans un instant.',
    )

    const key = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      const unconfigured = await card(shop.token)
      expect(unconfigured.status).toBe(503)
      expect(message(unconfigured)).toContain('STRIPE_SECRET_KEY')
    } finally {
      process.env.STRIPE_SECRET_KEY = key
    }
  })
})
