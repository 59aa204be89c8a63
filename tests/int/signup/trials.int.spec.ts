import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import { type LetzshopStandIn, startLetzshopStandIn } from '../../../scripts/stand-ins/letzshop/server'
import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, uid } from '../../helpers/fixtures'
import { rest, type RestResponse, testPayload } from '../../helpers/payload'

/** One free trial per card fingerprint, VAT number and Letzshop shop, per platform (docs/signup.md#one-trial-each). */

let payload: Payload
let stripeStandIn: StripeStandIn
let letzshop: LetzshopStandIn
let stripe: Stripe
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trials-spec-'))
const run = uid()
const shops = Array.from({ length: 4 }, (_, index) => ({
  id: `tr${run}${index}`,
  slug: `trial-shop-${run}-${index}`,
  name: `Trial Shop ${index}`,
  url: `https://letzshop.lu/fr/vendors/trial-shop-${run}-${index}`,
  languages: ['fr'],
  logo: null,
  location: { city: 'Luxembourg', country: 'LU' },
}))

let addressCounter = 0
const newAddress = () => `10.78.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`
const post = (step: string, body: unknown, headers: Record<string, string> = {}) =>
  rest('POST', `/api/platform/signup/${step}`, { body, headers: { 'X-Forwarded-For': newAddress(), ...headers } })
const message = (response: RestResponse) => response.body?.errors?.[0]?.message as string

type Plan = { platform: Platform; tier: SubscriptionTier }

async function newPlan(): Promise<Plan> {
  const { platform, tiers } = await createPlatform(payload, [{ code: 'pro', features: ['cms_basic'] }])
  return { platform, tier: tiers[0] }
}

type SignupInput = { shop?: string; vatNumber?: string; country?: string; card?: string; language?: string }

/** The wizard's steps up to a confirmed card; the answers of the shop and account steps are kept. */
async function upToCard(plan: Plan, input: SignupInput = {}) {
  const language = { 'Accept-Language': input.language ?? 'en' }
  const started = await post('start', {
    platform: plan.platform.code,
    tier: plan.tier.code,
    billingPeriod: 'monthly',
  })
  expect(started.status, JSON.stringify(started.body)).toBe(201)
  const sessionId = started.body.sessionId as string
  const claim = input.shop ? await post('claim', { sessionId, letzshopSlug: input.shop }, language) : null
  if (claim) expect(claim.status, JSON.stringify(claim.body)).toBe(200)
  const account = await post(
    'account',
    {
      sessionId,
      email: `trial-${uid()}@shop.test`,
      password: 'a-long-password-1',
      companyName: `Trial Company ${uid()}`,
      country: input.country ?? 'LU',
      vatNumber: input.vatNumber ?? null,
    },
    language,
  )
  expect(account.status, JSON.stringify(account.body)).toBe(200)
  const intent = await post('setup-intent', { sessionId })
  expect(intent.status, JSON.stringify(intent.body)).toBe(200)
  const setupIntentId = (intent.body.clientSecret as string).split('_secret_')[0]
  await stripe.setupIntents.confirm(setupIntentId, { payment_method: input.card ?? 'pm_card_visa' })
  return { sessionId, setupIntentId, claim, account }
}

async function signUp(plan: Plan, input: SignupInput = {}) {
  const ready = await upToCard(plan, input)
  const done = await post(
    'complete',
    { sessionId: ready.sessionId, setupIntentId: ready.setupIntentId },
    {
      'Accept-Language': input.language ?? 'en',
    },
  )
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return { ...ready, done }
}

/** Our subscription row and Stripe's subscription (with its first invoice) of a completed signup. */
async function subscriptionsOf(vendorId: number) {
  const row = (
    await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendorId } }, depth: 0 })
  ).docs[0]
  const atStripe = stripeStandIn.state.subscriptions.get(row.stripeSubscriptionId!)!
  const invoice = stripeStandIn.state.invoices.get(atStripe.latest_invoice)!
  return { row, atStripe, invoice }
}

async function expectTrial(vendorId: number) {
  const { row, atStripe, invoice } = await subscriptionsOf(vendorId)
  expect(row.status).toBe('trialing')
  expect(row.trialEndsAt).toBeTruthy()
  expect(atStripe.status).toBe('trialing')
  expect(atStripe.trial_end).toBeGreaterThan(stripeStandIn.now())
  expect(invoice.amount_paid).toBe(0)
}

/** No trial: Stripe's subscription has none and its first invoice, the plan's price, is paid at once. */
async function expectNoTrial(vendorId: number, plan: Plan) {
  const { row, atStripe, invoice } = await subscriptionsOf(vendorId)
  expect(row.status).toBe('active')
  expect(row.trialEndsAt ?? null).toBeNull()
  expect(atStripe).toMatchObject({ status: 'active', trial_end: null, trial_start: null })
  expect(invoice).toMatchObject({ status: 'paid', amount_paid: plan.tier.priceMonthly })
  expect(plan.tier.priceMonthly).toBeGreaterThan(0)
}

beforeAll(async () => {
  const fixtures = path.join(tmp, 'shops.json')
  fs.writeFileSync(fixtures, JSON.stringify({ vendors: shops }))
  ;[stripeStandIn, letzshop] = await Promise.all([
    startStripeStandIn({ port: 0 }),
    startLetzshopStandIn({ port: 0, fixtures }),
  ])
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_x',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_x',
    STRIPE_API_URL: stripeStandIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
    LETZSHOP_API_URL: letzshop.url,
    TRUST_PROXY: '1',
  })
  const url = new URL(stripeStandIn.url)
  stripe = new Stripe('sk_test_x', { host: url.hostname, port: Number(url.port), protocol: 'http' })
  payload = await testPayload()
})

afterAll(async () => {
  await Promise.all([stripeStandIn?.close(), letzshop?.close()])
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('one free trial per card, VAT number and Letzshop shop, per platform', () => {
  it('the same card again: subscribed at once without trial and charged; the answer says so', async () => {
    const plan = await newPlan()
    const first = await signUp(plan, { card: 'pm_card_visa' })
    expect(first.done.body.subscription.status).toBe('trialing')
    expect(first.done.body.trial).toEqual({ offered: true, usedBy: null, message: null })
    await expectTrial(first.done.body.vendor.id)

    // Another customer, another payment method, the same card number: Stripe's fingerprint is the same.
    const second = await signUp(plan, { card: 'pm_card_visa', language: 'fr' })
    expect(second.done.body.subscription).toEqual({ status: 'active', trialEndsAt: null })
    expect(second.done.body.trial).toMatchObject({ offered: false, usedBy: 'card' })
    expect(second.done.body.trial.message).toBe(
      `Cette carte a déjà bénéficié d’un essai gratuit sur ${plan.platform.name} : votre abonnement commence maintenant, sans essai.`,
    )
    await expectNoTrial(second.done.body.vendor.id, plan)

    // Another card is a new trial.
    const third = await signUp(plan, { card: 'pm_card_mastercard' })
    expect(third.done.body.subscription.status).toBe('trialing')
  })

  it('the same VAT number (written otherwise): the account step says "no trial" before the card step', async () => {
    const plan = await newPlan()
    const first = await signUp(plan, { card: 'pm_card_visa', vatNumber: 'LU26375245' })
    expect(first.account.body.trial).toEqual({ offered: true, usedBy: null, message: null })
    await expectTrial(first.done.body.vendor.id)

    const second = await upToCard(plan, { card: 'pm_card_mastercard', vatNumber: 'lu 2637 5245', language: 'de' })
    expect(second.account.body.trial).toMatchObject({ offered: false, usedBy: 'vatNumber' })
    expect(second.account.body.trial.message).toBe(
      `Diese Umsatzsteuer-Identifikationsnummer hatte bereits eine kostenlose Testphase bei ${plan.platform.name}: Ihr Abonnement beginnt jetzt, ohne Testphase.`,
    )
    // The resume answer says it too.
    const resumed = await rest('GET', `/api/platform/signup/session?sessionId=${second.sessionId}`, {
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(resumed.body.trial).toMatchObject({ offered: false, usedBy: 'vatNumber' })
    const done = await post('complete', { sessionId: second.sessionId, setupIntentId: second.setupIntentId })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.trial).toMatchObject({ offered: false, usedBy: 'vatNumber' })
    await expectNoTrial(done.body.vendor.id, plan)
  })

  it('the same Letzshop shop, after the first vendor was deleted: the shop step says "no trial"', async () => {
    const plan = await newPlan()
    const first = await signUp(plan, { card: 'pm_card_visa', shop: shops[0].slug })
    expect(first.claim!.body.trial).toEqual({ offered: true, usedBy: null, message: null })
    await expectTrial(first.done.body.vendor.id)
    await payload.delete({ collection: 'vendors', id: first.done.body.vendor.id })

    const second = await upToCard(plan, { card: 'pm_card_mastercard', shop: shops[0].slug })
    expect(second.claim!.body.trial).toMatchObject({ offered: false, usedBy: 'shop' })
    expect(second.claim!.body.trial.message).toBe(
      `This shop has already had a free trial on ${plan.platform.name}: your subscription starts now, without trial.`,
    )
    const done = await post('complete', { sessionId: second.sessionId, setupIntentId: second.setupIntentId })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.trial).toMatchObject({ offered: false, usedBy: 'shop' })
    await expectNoTrial(done.body.vendor.id, plan)
  })

  it('another platform gives its own trial to the same card, VAT number and shop', async () => {
    const [one, other] = [await newPlan(), await newPlan()]
    const first = await signUp(one, { card: 'pm_card_visa', vatNumber: 'LU26375245', shop: shops[1].slug })
    await expectTrial(first.done.body.vendor.id)
    await payload.delete({ collection: 'vendors', id: first.done.body.vendor.id })
    const second = await signUp(other, { card: 'pm_card_visa', vatNumber: 'LU26375245', shop: shops[1].slug })
    expect(second.claim!.body.trial.offered).toBe(true)
    expect(second.account.body.trial.offered).toBe(true)
    expect(second.done.body.subscription.status).toBe('trialing')
    await expectTrial(second.done.body.vendor.id)
  })

  it('two completions with the same card at once: one trial; the other signs up without, its trial subscription removed', async () => {
    const plan = await newPlan()
    const sessions = await Promise.all([0, 1].map(() => upToCard(plan, { card: 'pm_card_visa_debit' })))
    // Both have read "no trial yet" and asked Stripe for a trial before either records one.
    const held = [stripeStandIn.hold('POST /v1/subscriptions'), stripeStandIn.hold('POST /v1/subscriptions')]
    const completing = sessions.map(({ sessionId, setupIntentId }) => post('complete', { sessionId, setupIntentId }))
    await Promise.all(held.map((request) => request.reached))
    held.forEach((request) => request.release())
    const answers = await Promise.all(completing)
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    expect(answers.map((answer) => answer.body.subscription.status).sort()).toEqual(['active', 'trialing'])
    const loser = answers.find((answer) => answer.body.subscription.status === 'active')!
    expect(loser.body.trial).toMatchObject({ offered: false, usedBy: 'card' })
    await expectNoTrial(loser.body.vendor.id, plan)

    // At Stripe, one live subscription per customer, and one trial between them.
    const customers = await Promise.all(
      answers.map(async (answer) => (await subscriptionsOf(answer.body.vendor.id)).row.stripeCustomerId),
    )
    const live = [...stripeStandIn.state.subscriptions.values()].filter(
      (sub) => customers.includes(sub.customer) && sub.status !== 'canceled',
    )
    expect(live).toHaveLength(2)
    expect(live.filter((sub) => sub.trial_end)).toHaveLength(1)
    const loserCustomer = (await subscriptionsOf(loser.body.vendor.id)).row.stripeCustomerId
    const cancelled = [...stripeStandIn.state.subscriptions.values()].filter(
      (sub) => sub.customer === loserCustomer && sub.status === 'canceled',
    )
    expect(cancelled.map((sub) => Boolean(sub.trial_end))).toEqual([true])
    const trials = await payload.find({
      collection: 'signup-trials',
      where: { platform: { equals: plan.platform.id } },
      depth: 0,
    })
    expect(trials.docs).toHaveLength(1)
  })

  it('a first payment declined without trial: 402, nothing created, the session still open', async () => {
    const plan = await newPlan()
    await signUp(plan, { card: 'pm_card_chargeCustomerFail' })
    const again = await upToCard(plan, { card: 'pm_card_chargeCustomerFail' })
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await post('complete', { sessionId: again.sessionId, setupIntentId: again.setupIntentId })
      expect(refused.status).toBe(402)
      expect(message(refused)).toMatch(/first payment/)
    }
    const session = (
      await payload.find({ collection: 'signup-sessions', where: { token: { equals: again.sessionId } }, depth: 0 })
    ).docs[0]
    expect(session.completedVendor ?? null).toBeNull()
    expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now())
    const atStripe = [...stripeStandIn.state.subscriptions.values()].filter(
      (sub) => sub.customer === session.stripeCustomerId,
    )
    expect(atStripe).toHaveLength(0)
  })
})

describe('the record of trials', () => {
  it('is not readable nor writable over REST by anyone but a super admin reading it', async () => {
    const list = await rest('GET', '/api/signup-trials')
    expect([401, 403]).toContain(list.status)
    const create = await rest('POST', '/api/signup-trials', { body: { cardFingerprint: 'x' } })
    expect([401, 403]).toContain(create.status)
  })
})
