import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import vm from 'node:vm'

import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  StripeNotConfiguredError,
  stripeClient,
  stripeClientOptions,
  stripeConfig,
  stripePublishableKey,
  stripeStartupProblems,
  stripeWebhookSecret,
  webhookSecretProblem,
} from '@/services/stripe/client'
import { syncAddOnPrice, syncTierPrices } from '@/services/stripe/syncPrices'

import { parseStripeForm } from '../../../scripts/stand-ins/stripe/formBody'
import {
  startStripeStandIn,
  STRIPE_STAND_IN_API_VERSION,
  type StripeStandIn,
} from '../../../scripts/stand-ins/stripe/server'

const SECRET_KEY = 'sk_test_stand_in_key'
const PUBLISHABLE_KEY = 'pk_test_stand_in_key'
const WEBHOOK_SECRET = 'whsec_test_secret_for_the_spec'

/** A webhook receiver keeping each request's raw body and signature, as the app's endpoint must read them. */
type Received = { body: string; signature: string }
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: String(request.headers['stripe-signature']),
      })
      response.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stripe/webhook`, received, server }
}

let standIn: StripeStandIn
let receiver: Awaited<ReturnType<typeof startReceiver>>
let stripe: Stripe

/** The real SDK pointed at the stand-in; no retries unless a test asks, so injected failures surface at once. */
const sdk = (config: Stripe.StripeConfig = {}, key = SECRET_KEY): Stripe => {
  const url = new URL(standIn.url)
  return new Stripe(key, {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
    ...config,
  })
}

beforeAll(async () => {
  receiver = await startReceiver()
  standIn = await startStripeStandIn({ port: 0, webhookSecret: WEBHOOK_SECRET, forwardUrl: receiver.url })
  stripe = sdk()
})

afterAll(async () => {
  await standIn?.close()
  await new Promise((resolve) => receiver?.server.close(resolve))
})

beforeEach(() => {
  standIn.requests.length = 0
})

describe('Stripe form encoding', () => {
  it('parses nested keys, indexed and empty-bracket arrays', () => {
    expect(
      parseStripeForm(
        'items[0][price]=price_a&items[1][price]=price_b&items[1][quantity]=2&metadata[plan]=pro&expand[]=x&expand[]=y&name=A%20B',
      ),
    ).toEqual({
      items: [{ price: 'price_a' }, { price: 'price_b', quantity: '2' }],
      metadata: { plan: 'pro' },
      expand: ['x', 'y'],
      name: 'A B',
    })
  })
})

describe('Stripe stand-in through the real SDK', () => {
  it('creates a customer and confirms SetupIntents with the three test cards', async () => {
    const customer = await stripe.customers.create({
      email: 'anne@example.lu',
      name: 'Épicerie Anne',
      metadata: { signupSession: 's1' },
    })
    expect(customer.id).toMatch(/^cus_/)
    expect((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({
      email: 'anne@example.lu',
      metadata: { signupSession: 's1' },
    })

    const create = () =>
      stripe.setupIntents.create({
        customer: customer.id,
        usage: 'off_session',
        allowed_payment_method_types: ['card'],
      })

    const good = await create()
    expect(good).toMatchObject({
      object: 'setup_intent',
      status: 'requires_payment_method',
      usage: 'off_session',
      customer: customer.id,
      payment_method_types: ['card'],
    })
    expect(good.id).toMatch(/^seti_/)
    expect(good.client_secret).toMatch(new RegExp(`^${good.id}_secret_`))
    const succeeded = await stripe.setupIntents.confirm(good.id, { payment_method: 'pm_card_visa' })
    expect(succeeded.status).toBe('succeeded')
    expect(succeeded.payment_method).toMatch(/^pm_/)
    const card = await stripe.paymentMethods.retrieve(succeeded.payment_method as string)
    expect(card).toMatchObject({ customer: customer.id, card: { brand: 'visa', last4: '4242' } })

    const declined = await create()
    const error = await stripe.setupIntents
      .confirm(declined.id, { payment_method: 'pm_card_chargeDeclined' })
      .catch((caught) => caught)
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(error).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' })
    const afterDecline = await stripe.setupIntents.retrieve(declined.id)
    expect(afterDecline.status).toBe('requires_payment_method')
    expect(afterDecline.last_setup_error?.code).toBe('card_declined')
    // A declined card can be replaced by a good one on the same SetupIntent.
    expect((await stripe.setupIntents.confirm(declined.id, { payment_method: 'pm_card_visa' })).status).toBe(
      'succeeded',
    )

    const needsAction = await create()
    const action = await stripe.setupIntents.confirm(needsAction.id, {
      payment_method: 'pm_card_authenticationRequired',
    })
    expect(action.status).toBe('requires_action')
    expect(action.next_action?.type).toBe('use_stripe_sdk')

    const again = await stripe.setupIntents
      .confirm(good.id, { payment_method: 'pm_card_visa' })
      .catch((caught) => caught)
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(again.code).toBe('setup_intent_unexpected_state')

    const expanded = await stripe.setupIntents.retrieve(good.id, { expand: ['payment_method'] })
    expect((expanded.payment_method as Stripe.PaymentMethod).card?.last4).toBe('4242')
    // An id on an expanded path is expanded on the way, as at Stripe.
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: card.id } })
    const nested = await stripe.setupIntents.retrieve(good.id, {
      expand: ['customer.invoice_settings.default_payment_method'],
    })
    expect(
      ((nested.customer as Stripe.Customer).invoice_settings.default_payment_method as Stripe.PaymentMethod).card
        ?.last4,
    ).toBe('4242')
  })

  it("gives each card number one fingerprint, as Stripe's card.fingerprint: the same across customers, another for another card", async () => {
    const saved = async (paymentMethod: string) => {
      const customer = await stripe.customers.create({ email: `fp-${paymentMethod}@example.lu` })
      const intent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' })
      await stripe.setupIntents.confirm(intent.id, { payment_method: paymentMethod })
      const expanded = await stripe.setupIntents.retrieve(intent.id, { expand: ['payment_method'] })
      return expanded.payment_method as Stripe.PaymentMethod
    }
    const [visa, visaAgain, debit, mastercard] = await Promise.all(
      ['pm_card_visa', 'pm_card_visa', 'pm_card_visa_debit', 'pm_card_mastercard'].map(saved),
    )
    expect(visa.id).not.toBe(visaAgain.id)
    expect(visa.customer).not.toBe(visaAgain.customer)
    expect(visa.card?.fingerprint).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(visaAgain.card?.fingerprint).toBe(visa.card?.fingerprint)
    expect((await stripe.paymentMethods.retrieve(visa.id)).card?.fingerprint).toBe(visa.card?.fingerprint)
    expect(debit.card).toMatchObject({ brand: 'visa', last4: '5556' })
    const fingerprints = new Set([visa, debit, mastercard].map((method) => method.card?.fingerprint))
    expect(fingerprints.size).toBe(3)
  })

  it('answers unknown ids with 404 resource_missing and unknown parameters with 400', async () => {
    const missing = await stripe.customers.retrieve('cus_nope').catch((caught) => caught)
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' })
    const unknown = await stripe.customers
      .create({ colour: 'red' } as Stripe.CustomerCreateParams)
      .catch((caught) => caught)
    expect(unknown).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'colour' })
    // API 2026-10-28.endive replaced a SetupIntent's payment_method_types by allowed_payment_method_types.
    const oldParam = await stripe.setupIntents
      .create({ payment_method_types: ['card'] } as Stripe.SetupIntentCreateParams)
      .catch((caught) => caught)
    expect(oldParam).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'payment_method_types' })
    const noPrice = await stripe.subscriptions
      .create({ customer: (await stripe.customers.create({})).id, items: [{ quantity: 2 }] })
      .catch((caught) => caught)
    expect(noPrice).toMatchObject({ statusCode: 400, param: 'items[0][price]' })
  })

  it('keeps prices immutable and finds them by lookup_key', async () => {
    const product = await stripe.products.create({ name: 'OMS Professional' })
    const price = await stripe.prices.create({
      product: product.id,
      currency: 'eur',
      unit_amount: 4900,
      recurring: { interval: 'month' },
      lookup_key: 'oms-pro-monthly-4900',
    })
    expect(price).toMatchObject({
      object: 'price',
      unit_amount: 4900,
      currency: 'eur',
      type: 'recurring',
      recurring: { interval: 'month', interval_count: 1 },
    })
    const changed = await stripe.prices
      .update(price.id, { unit_amount: 5900 } as Stripe.PriceUpdateParams)
      .catch((caught) => caught)
    expect(changed).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'unit_amount' })
    const taken = await stripe.prices
      .create({
        product: product.id,
        currency: 'eur',
        unit_amount: 5900,
        recurring: { interval: 'month' },
        lookup_key: 'oms-pro-monthly-4900',
      })
      .catch((caught) => caught)
    expect(taken.statusCode).toBe(400)
    const found = await stripe.prices.list({ lookup_keys: ['oms-pro-monthly-4900'] })
    expect(found.data.map((each) => each.id)).toEqual([price.id])
  })

  it('creates a subscription without trial: the first invoice charged at once, or under error_if_incomplete refused with a declined card', async () => {
    const price = await stripe.prices.create({
      product_data: { name: 'OMS Essential' },
      currency: 'eur',
      unit_amount: 2_900,
      recurring: { interval: 'month' },
    })
    const subscribe = async (paymentMethod: string) => {
      const customer = await stripe.customers.create({ email: `paid-${paymentMethod}@example.lu` })
      const intent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' })
      const confirmed = await stripe.setupIntents.confirm(intent.id, { payment_method: paymentMethod })
      const created = await stripe.subscriptions
        .create({
          customer: customer.id,
          items: [{ price: price.id }],
          default_payment_method: confirmed.payment_method as string,
          payment_behavior: 'error_if_incomplete',
        })
        .catch((error: unknown) => error)
      return { customer: customer.id, created }
    }
    const paid = await subscribe('pm_card_visa')
    const subscription = paid.created as Stripe.Subscription
    expect(subscription).toMatchObject({ status: 'active', trial_end: null })
    const invoice = await stripe.invoices.retrieve(subscription.latest_invoice as string)
    expect(invoice).toMatchObject({ status: 'paid', amount_paid: 2_900 })

    const refused = await subscribe('pm_card_chargeCustomerFail')
    expect(refused.created).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect((await stripe.subscriptions.list({ customer: refused.customer, status: 'all' })).data).toEqual([])
  })

  it('creates a subscription with a 30-day trial on a price, updates, lists and cancels it', async () => {
    const customer = await stripe.customers.create({ email: 'bob@example.lu' })
    const intent = await stripe.setupIntents.create({
      customer: customer.id,
      usage: 'off_session',
      allowed_payment_method_types: ['card'],
    })
    const confirmed = await stripe.setupIntents.confirm(intent.id, { payment_method: 'pm_card_visa' })
    const price = await stripe.prices.create({
      product_data: { name: 'OMS Essential' },
      currency: 'eur',
      unit_amount: 29_000,
      recurring: { interval: 'year' },
    })

    const before = Math.floor(Date.now() / 1000)
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 30,
      default_payment_method: confirmed.payment_method as string,
      metadata: { vendor: 'anne' },
    })
    expect(subscription.id).toMatch(/^sub_/)
    expect(subscription).toMatchObject({
      status: 'trialing',
      customer: customer.id,
      default_payment_method: confirmed.payment_method,
      metadata: { vendor: 'anne' },
    })
    expect(subscription.trial_end! - subscription.trial_start!).toBe(30 * 86_400)
    // As at Stripe, the trial starts with a paid €0 invoice, one "Trial period for …" line per item.
    const trialInvoice = await stripe.invoices.retrieve(subscription.latest_invoice as string)
    expect(trialInvoice).toMatchObject({
      billing_reason: 'subscription_create',
      status: 'paid',
      total: 0,
      amount_due: 0,
    })
    expect(trialInvoice.lines.data.map((line) => [line.description, line.amount, line.period])).toEqual([
      ['Trial period for OMS Essential', 0, { start: subscription.trial_start, end: subscription.trial_end }],
    ])
    await standIn.webhooksIdle()
    const invoiceEvents = receiver.received
      .map(({ body }) => JSON.parse(body) as Stripe.Event)
      .filter((event) => (event.data.object as { id?: string }).id === trialInvoice.id)
      .map((event) => event.type)
    expect(invoiceEvents).toEqual(['invoice.created', 'invoice.finalized', 'invoice.paid', 'invoice.payment_succeeded'])
    expect(subscription.trial_start).toBeGreaterThanOrEqual(before)
    expect(subscription.items.data[0]).toMatchObject({
      price: { id: price.id, unit_amount: 29_000 },
      quantity: 1,
      current_period_end: subscription.trial_end,
    })

    const trialEnd = Math.floor(Date.now() / 1000) + 10 * 86_400
    const byDate = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_end: trialEnd,
      default_payment_method: confirmed.payment_method as string,
    })
    expect(byDate).toMatchObject({ status: 'trialing', trial_end: trialEnd })

    const foreignCard = await stripe.subscriptions
      .create({
        customer: (await stripe.customers.create({})).id,
        items: [{ price: price.id }],
        default_payment_method: confirmed.payment_method as string,
      })
      .catch((caught) => caught)
    expect(foreignCard.statusCode).toBe(400)

    const updated = await stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      metadata: { note: 'leaving' },
    })
    expect(updated).toMatchObject({ cancel_at_period_end: true, metadata: { vendor: 'anne', note: 'leaving' } })
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(2)
    expect((await stripe.subscriptions.cancel(subscription.id)).status).toBe('canceled')
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('canceled')
    expect((await stripe.subscriptions.list({ customer: customer.id })).data.map((each) => each.id)).toEqual([
      byDate.id,
    ])

    expect(standIn.state.subscriptions.get(subscription.id)?.status).toBe('canceled')
  })

  it('answers a request with the same Idempotency-Key once, and refuses the key with other parameters', async () => {
    const before = standIn.state.customers.size
    const first = await stripe.customers.create(
      { email: 'twice@example.lu' },
      { idempotencyKey: 'signup-s42-customer' },
    )
    const second = await stripe.customers.create(
      { email: 'twice@example.lu' },
      { idempotencyKey: 'signup-s42-customer' },
    )
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(standIn.state.customers.size).toBe(before + 1)
    expect(standIn.requests.filter((request) => request.path === '/v1/customers')).toHaveLength(2)

    const parallel = await Promise.all(
      [1, 2, 3].map(() =>
        stripe.customers.create({ email: 'race@example.lu' }, { idempotencyKey: 'signup-s43-customer' }),
      ),
    )
    expect(new Set(parallel.map((customer) => customer.id)).size).toBe(1)
    expect(standIn.state.customers.size).toBe(before + 2)

    const conflict = await stripe.customers
      .create({ email: 'other@example.lu' }, { idempotencyKey: 'signup-s42-customer' })
      .catch((caught) => caught)
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(conflict.statusCode).toBe(400)
    expect(standIn.state.customers.size).toBe(before + 2)

    // A declined confirmation is saved too: the same key answers the same decline.
    const customer = await stripe.customers.create({})
    const intent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' })
    const options = { idempotencyKey: 'confirm-declined' }
    const one = await stripe.setupIntents
      .confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }, options)
      .catch((caught) => caught)
    const two = await stripe.setupIntents
      .confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }, options)
      .catch((caught) => caught)
    expect([one.code, two.code]).toEqual(['card_declined', 'card_declined'])
  })

  it('injects failures: a 500 and a timeout surface as SDK errors; a retry with the same key then succeeds once', async () => {
    standIn.failNext('/v1/customers', 500)
    const failed = await stripe.customers.create({ email: 'a@example.lu' }).catch((caught) => caught)
    expect(failed).toBeInstanceOf(Stripe.errors.StripeAPIError)
    expect(failed.statusCode).toBe(500)

    standIn.failNext('POST /v1/subscriptions', 'timeout')
    const impatient = sdk({ timeout: 300 })
    const customer = await impatient.customers.create({})
    const price = await impatient.prices.create({
      product_data: { name: 'Timeout' },
      currency: 'eur',
      unit_amount: 100,
      recurring: { interval: 'month' },
    })
    const subscriptionsBefore = standIn.state.subscriptions.size
    const create = () =>
      impatient.subscriptions.create(
        { customer: customer.id, items: [{ price: price.id }], trial_period_days: 30 },
        { idempotencyKey: 'signup-s44-subscription' },
      )
    const timedOut = await create().catch((caught) => caught)
    expect(timedOut).toBeInstanceOf(Stripe.errors.StripeConnectionError)
    expect(standIn.state.subscriptions.size).toBe(subscriptionsBefore)
    const retried = await create()
    expect(await create()).toMatchObject({ id: retried.id })
    expect(standIn.state.subscriptions.size).toBe(subscriptionsBefore + 1)

    // The SDK's own retries carry one idempotency key: a 500 then a success makes one customer.
    const patient = sdk({ maxNetworkRetries: 1 })
    const customersBefore = standIn.state.customers.size
    standIn.failNext('/v1/customers', 500)
    await patient.customers.create({ email: 'retry@example.lu' })
    expect(standIn.state.customers.size).toBe(customersBefore + 1)
    const attempts = standIn.requests.filter((request) => request.params.email === 'retry@example.lu')
    expect(attempts.map((request) => request.status)).toEqual([500, 200])
    expect(attempts[0].idempotencyKey).toBeTruthy()
    expect(attempts[1].idempotencyKey).toBe(attempts[0].idempotencyKey)
  })

  it('slow switch: a held request is carried out only once released; its key meanwhile answers 409 in progress; delays are set at run time, over HTTP too', async () => {
    const held = standIn.hold('POST /v1/customers')
    const customersBefore = standIn.state.customers.size
    const first = stripe.customers.create({ email: 'held@example.lu' }, { idempotencyKey: 'held-customer' })
    await held.reached
    expect(standIn.state.customers.size).toBe(customersBefore)
    const again = await stripe.customers
      .create({ email: 'held@example.lu' }, { idempotencyKey: 'held-customer' })
      .catch((caught) => caught)
    expect(again).toMatchObject({ statusCode: 409, raw: { type: 'idempotency_error' } })
    held.release()
    const created = await first
    expect(standIn.state.customers.size).toBe(customersBefore + 1)
    // Once done, the key replays the answer.
    expect(await stripe.customers.create({ email: 'held@example.lu' }, { idempotencyKey: 'held-customer' })).toEqual(
      created,
    )

    // A delay past the SDK's time-out: the call times out, and Stripe still carries it out.
    standIn.setDelay('POST /v1/customers/:id', 400)
    const late = await sdk({ timeout: 100 })
      .customers.update(created.id, { name: 'Late' })
      .catch((caught) => caught)
    expect(late).toBeInstanceOf(Stripe.errors.StripeConnectionError)
    standIn.setDelay('POST /v1/customers/:id', null)
    await expect.poll(() => standIn.state.customers.get(created.id)?.name).toBe('Late')

    const control = await fetch(`${standIn.url}/_stand_in/delay`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'GET /v1/customers/:id', ms: 5 }),
    })
    expect(await control.json()).toEqual({ delays: { 'GET /v1/customers/:id': 5 } })
    expect((await stripe.customers.retrieve(created.id)).id).toBe(created.id)
    await fetch(`${standIn.url}/_stand_in/delay`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'GET /v1/customers/:id', ms: null }),
    })
    const refused = await fetch(`${standIn.url}/_stand_in/delay`, { method: 'POST', body: '{"ms": -1}' })
    expect(refused.status).toBe(400)
  })

  it('refuses requests without a test secret key (401)', async () => {
    const response = await fetch(`${standIn.url}/v1/customers`, { method: 'POST' })
    expect(response.status).toBe(401)
    expect((await response.json()).error).toMatchObject({ type: 'invalid_request_error' })
    const live = await sdk({}, 'sk_live_not_here')
      .customers.create({})
      .catch((caught) => caught)
    expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    const publishable = await sdk({}, PUBLISHABLE_KEY)
      .customers.create({})
      .catch((caught) => caught)
    expect(publishable.statusCode).toBe(401)
  })
})

describe('Stripe stand-in webhooks', () => {
  it('sends signed events that stripe.webhooks.constructEvent accepts with the secret, and no other secret', async () => {
    receiver.received.length = 0
    const customer = await stripe.customers.create({})
    const intent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' })
    await stripe.setupIntents.confirm(intent.id, { payment_method: 'pm_card_visa' })
    const price = await stripe.prices.create({
      product_data: { name: 'Hooks' },
      currency: 'eur',
      unit_amount: 100,
      recurring: { interval: 'month' },
    })
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      trial_period_days: 30,
    })
    await stripe.subscriptions.update(subscription.id, { metadata: { vendor: 'x' } })
    await stripe.subscriptions.cancel(subscription.id)
    const emitted = await standIn.emit('invoice.payment_failed', {
      id: 'in_test',
      object: 'invoice',
      subscription: subscription.id,
    })
    await standIn.webhooksIdle()

    const events = receiver.received.map(({ body, signature }) =>
      stripe.webhooks.constructEvent(body, signature, WEBHOOK_SECRET),
    )
    expect(events.map((event) => event.type)).toEqual([
      'setup_intent.succeeded',
      'customer.subscription.created',
      // the trial's €0 invoice
      'invoice.created',
      'invoice.finalized',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
      'customer.subscription.deleted',
      'invoice.payment_failed',
    ])
    expect(events[0].data.object).toMatchObject({ id: intent.id, status: 'succeeded' })
    expect(events[6].data.previous_attributes).toEqual({ metadata: {} })
    expect(events[8].id).toBe(emitted.id)
    expect(standIn.deliveries.every((delivery) => delivery.status === 200)).toBe(true)
    expect((await stripe.events.retrieve(events[1].id)).type).toBe('customer.subscription.created')

    const { body, signature } = receiver.received[0]
    expect(() => stripe.webhooks.constructEvent(body, signature, 'whsec_wrong')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
    expect(() =>
      stripe.webhooks.constructEvent(body.replace('succeeded', 'canceled'), signature, WEBHOOK_SECRET),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError)
  })
})

/** An element of the minimal DOM Stripe.js runs on here, and what the script hangs on it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed like the DOM a script meets
type DomNode = any

describe('Stripe.js stand-in at /v3', () => {
  it('serves JavaScript with CORS', async () => {
    const response = await fetch(`${standIn.url}/v3`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.text()).toContain('window.Stripe = Stripe')
    const preflight = await fetch(`${standIn.url}/v1/setup_intents/seti_x/confirm`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
  })

  /** Runs the served script with a minimal DOM and the real fetch, as a page of the app would. */
  async function loadStripeJs() {
    const element = (): DomNode => {
      const node: DomNode = {
        style: {},
        children: [] as DomNode[],
        listeners: {} as Record<string, ((event?: unknown) => void)[]>,
        value: '',
        setAttribute() {},
        addEventListener(type: string, handler: () => void) {
          ;(node.listeners[type] ??= []).push(handler)
        },
        appendChild(child: DomNode) {
          node.children.push(child)
          child.parentNode = node
        },
        removeChild(child: DomNode) {
          node.children = node.children.filter((each: DomNode) => each !== child)
        },
        querySelector: () => node.children.find((child: DomNode) => child.textContent?.startsWith('Complete')),
        focus() {},
        blur() {},
      }
      return node
    }
    const body = element()
    const window: DomNode = { fetch, Promise, document: { createElement: element, querySelector: () => null, body } }
    window.window = window
    vm.runInNewContext(await (await fetch(`${standIn.url}/v3`)).text(), window)
    return { Stripe: window.Stripe, element, body }
  }

  it('maps typed test cards to payment methods and confirms like Stripe.js', async () => {
    const { Stripe: StripeJs, element, body } = await loadStripeJs()
    expect(() => StripeJs(SECRET_KEY)).toThrow(/publishable key/)
    const browser = StripeJs(PUBLISHABLE_KEY)
    const customer = await stripe.customers.create({})

    const confirmWith = async (typed: string) => {
      const intent = await stripe.setupIntents.create({
        customer: customer.id,
        usage: 'off_session',
        allowed_payment_method_types: ['card'],
      })
      const card = browser.elements().create('card')
      const changes: unknown[] = []
      card.on('change', (change: unknown) => changes.push(change))
      card.mount(element())
      card._input.value = typed
      card._input.listeners.input.forEach((handler: () => void) => handler())
      return {
        result: await browser.confirmCardSetup(intent.client_secret, { payment_method: { card } }),
        changes,
        intent,
      }
    }

    const visa = await confirmWith('4242 4242 4242 4242')
    expect(visa.changes.at(-1)).toMatchObject({ complete: true })
    expect(visa.result.setupIntent).toMatchObject({ id: visa.intent.id, status: 'succeeded' })
    expect((await stripe.setupIntents.retrieve(visa.intent.id)).status).toBe('succeeded')

    const declined = await confirmWith('4000 0000 0000 0002')
    expect(declined.result.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      message: 'Your card was declined.',
    })

    const byName = await confirmWith('pm_card_visa')
    expect(byName.result.setupIntent.status).toBe('succeeded')

    const invalid = await confirmWith('1234 5678 9012 3456')
    expect(invalid.result.error).toMatchObject({ code: 'invalid_number' })

    const authentication = confirmWith('4000 0027 6000 3184')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const dialog = body.children[0]
    expect(dialog).toBeDefined()
    dialog.children[0].children
      .find((button: DomNode) => button.textContent === 'Complete authentication')
      .listeners.click[0]()
    expect((await authentication).result.setupIntent.status).toBe('succeeded')

    const wrongSecret = await browser.confirmCardSetup(`${visa.intent.id}_secret_wrong`, {
      payment_method: 'pm_card_visa',
    })
    expect(wrongSecret.error).toMatchObject({ param: 'client_secret' })
  })
})

describe('the app Stripe client', () => {
  it('refuses to build without STRIPE_SECRET_KEY: a 503 naming the variable', () => {
    const error = (() => {
      try {
        stripeClient({})
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(StripeNotConfiguredError)
    expect(error).toMatchObject({ status: 503, variable: 'STRIPE_SECRET_KEY', isPublic: true })
    expect((error as Error).message).toContain('STRIPE_SECRET_KEY')
    expect(() => stripeClient({ NODE_ENV: 'production', STRIPE_API_URL: standIn.url })).toThrow(
      StripeNotConfiguredError,
    )
    expect(() => stripeClient({ STRIPE_SECRET_KEY: `${SECRET_KEY}\n` })).toThrow(/whitespace/)
    expect(() => stripeClient({ STRIPE_SECRET_KEY: PUBLISHABLE_KEY })).toThrow(/sk_test_/)
    expect(() => stripeClient({ STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_API_URL: '127.0.0.1:12111' })).toThrow(
      /STRIPE_API_URL/,
    )
  })

  it('points at STRIPE_API_URL with a timeout and retries, and talks to the stand-in', async () => {
    const env = { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_API_URL: standIn.url }
    const url = new URL(standIn.url)
    expect(stripeClientOptions(env).config).toMatchObject({
      host: url.hostname,
      port: Number(url.port),
      protocol: 'http',
      timeout: 20_000,
      maxNetworkRetries: 1,
      // pinned, not the SDK's default: the version the webhook endpoint is created with (docs/billing-and-webhooks.md)
      apiVersion: STRIPE_STAND_IN_API_VERSION,
    })
    expect(stripeClientOptions({ STRIPE_SECRET_KEY: SECRET_KEY }).config.host).toBeUndefined()
    expect(
      stripeClientOptions({ ...env, STRIPE_TIMEOUT_MS: '500', STRIPE_MAX_NETWORK_RETRIES: '0' }).config,
    ).toMatchObject({ timeout: 500, maxNetworkRetries: 0 })
    expect(stripeClient(env)).toBe(stripeClient(env))
    const customer = await stripeClient(env).customers.create({ email: 'client@example.lu' })
    expect(standIn.state.customers.get(customer.id)?.email).toBe('client@example.lu')
  })

  it('reads the browser and webhook settings, and checks the webhook secret at start-up', () => {
    expect(stripeConfig({})).toEqual({
      publishableKey: undefined,
      webhookSecret: undefined,
      jsUrl: 'https://js.stripe.com/v3',
    })
    expect(stripeConfig({ STRIPE_JS_URL: `${standIn.url}/v3` }).jsUrl).toBe(`${standIn.url}/v3`)
    expect(() => stripePublishableKey({})).toThrow(/STRIPE_PUBLISHABLE_KEY is not set/)
    expect(() => stripePublishableKey({ STRIPE_PUBLISHABLE_KEY: SECRET_KEY })).toThrow(/pk_/)
    expect(stripePublishableKey({ STRIPE_PUBLISHABLE_KEY: PUBLISHABLE_KEY })).toBe(PUBLISHABLE_KEY)

    expect(webhookSecretProblem(undefined)).toBe('is not set')
    expect(webhookSecretProblem(`${WEBHOOK_SECRET}\n`)).toMatch(/whitespace or a line break/)
    expect(webhookSecretProblem(` ${WEBHOOK_SECRET}`)).toMatch(/whitespace/)
    expect(webhookSecretProblem(SECRET_KEY)).toMatch(/must start with whsec_/)
    expect(webhookSecretProblem(WEBHOOK_SECRET)).toBeNull()
    expect(() => stripeWebhookSecret({ STRIPE_WEBHOOK_SECRET: 'sk_test_x' })).toThrow(
      /STRIPE_WEBHOOK_SECRET must start with whsec_/,
    )
    expect(stripeWebhookSecret({ STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })).toBe(WEBHOOK_SECRET)

    expect(stripeStartupProblems({})).toEqual([])
    expect(
      stripeStartupProblems({
        STRIPE_SECRET_KEY: SECRET_KEY,
        STRIPE_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      }),
    ).toEqual([])
    const problems = stripeStartupProblems({
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: `${WEBHOOK_SECRET}\r\n`,
    })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('STRIPE_PUBLISHABLE_KEY is not set')
    expect(problems[1]).toContain('STRIPE_WEBHOOK_SECRET contains whitespace or a line break')
  })
})

describe('Stripe prices for tiers and add-ons', () => {
  const tier = {
    platformCode: 'oms',
    code: 'professional',
    name: 'Professional',
    priceMonthly: 4900,
    priceAnnual: 49_000,
  }
  const ours = () => [...standIn.state.prices.values()].filter((price) => price.product === 'lsp-tier-oms-professional')

  it('creates the product and both prices once, even when two syncs run at once', async () => {
    const [first, second] = await Promise.all([syncTierPrices(stripe, tier), syncTierPrices(stripe, tier)])
    expect(second).toEqual(first)
    expect(first.stripePriceMonthly).toMatch(/^price_/)
    expect(standIn.state.products.get('lsp-tier-oms-professional')).toMatchObject({
      name: 'Professional',
      metadata: { platform: 'oms', tier: 'professional' },
    })
    expect(ours()).toHaveLength(2)
    const monthly = await stripe.prices.retrieve(first.stripePriceMonthly!)
    expect(monthly).toMatchObject({
      unit_amount: 4900,
      currency: 'eur',
      recurring: { interval: 'month' },
      lookup_key: 'lsp-tier-oms-professional-month-eur-4900',
    })
    expect((await stripe.prices.retrieve(first.stripePriceAnnual!)).recurring?.interval).toBe('year')

    // Stored ids that still match are kept without a new price; a lost id is found again by its lookup key.
    expect(await syncTierPrices(stripe, { ...tier, ...first })).toEqual(first)
    expect(
      await syncTierPrices(stripe, { ...tier, stripePriceMonthly: 'price_gone', stripePriceAnnual: null }),
    ).toEqual(first)
    expect(ours()).toHaveLength(2)
  })

  it('gives a changed amount a new price and keeps the old one for existing subscriptions', async () => {
    const before = await syncTierPrices(stripe, tier)
    const after = await syncTierPrices(stripe, { ...tier, ...before, priceMonthly: 5900 })
    expect(after.stripePriceAnnual).toBe(before.stripePriceAnnual)
    expect(after.stripePriceMonthly).not.toBe(before.stripePriceMonthly)
    expect((await stripe.prices.retrieve(after.stripePriceMonthly!)).unit_amount).toBe(5900)
    expect(await stripe.prices.retrieve(before.stripePriceMonthly!)).toMatchObject({ unit_amount: 4900, active: true })
    // Back to the old amount: the old price again, not a third one.
    expect((await syncTierPrices(stripe, { ...tier, ...after })).stripePriceMonthly).toBe(before.stripePriceMonthly)
    expect(ours()).toHaveLength(3)
  })

  it('leaves free amounts without a price and makes one-time add-on prices', async () => {
    expect(
      await syncTierPrices(stripe, {
        platformCode: 'oms',
        code: 'enterprise',
        name: 'Enterprise',
        priceMonthly: 0,
        priceAnnual: null,
      }),
    ).toEqual({
      stripePriceMonthly: null,
      stripePriceAnnual: null,
    })
    const { stripePrice } = await syncAddOnPrice(stripe, {
      platformCode: 'oms',
      code: 'setup',
      name: 'Setup help',
      price: 15_000,
      interval: 'once',
    })
    expect(await stripe.prices.retrieve(stripePrice!)).toMatchObject({
      type: 'one_time',
      unit_amount: 15_000,
      product: 'lsp-addon-oms-setup',
    })
    const monthly = await syncAddOnPrice(stripe, {
      platformCode: 'oms',
      code: 'extra-products',
      name: 'More products',
      price: 900,
      interval: 'month',
    })
    expect((await stripe.prices.retrieve(monthly.stripePrice!)).recurring?.interval).toBe('month')
    await expect(
      syncAddOnPrice(stripe, { platformCode: 'oms', code: 'x', name: 'X', price: 9.5, interval: 'month' }),
    ).rejects.toThrow(/whole cents/)
  })
})

describe('Stripe stand-in billing: previews, prorations, schedules, invoices and the clock', () => {
  const DAY = 86_400
  const T0 = Date.UTC(2027, 0, 1) / 1000 // a fixed start: the stand-in's clock is injected
  let billing: StripeStandIn
  let client: Stripe
  let monthly: Stripe.Price
  let pro: Stripe.Price
  let annual: Stripe.Price
  let extra: Stripe.Price

  beforeAll(async () => {
    billing = await startStripeStandIn({ port: 0, now: () => T0 })
    const url = new URL(billing.url)
    client = new Stripe(SECRET_KEY, {
      host: url.hostname,
      port: Number(url.port),
      protocol: 'http',
      maxNetworkRetries: 0,
    })
    monthly = await client.prices.create({
      product_data: { name: 'Essential' },
      currency: 'eur',
      unit_amount: 3000,
      recurring: { interval: 'month' },
    })
    pro = await client.prices.create({
      product_data: { name: 'Professional' },
      currency: 'eur',
      unit_amount: 6000,
      recurring: { interval: 'month' },
    })
    annual = await client.prices.create({
      product_data: { name: 'Essential yearly' },
      currency: 'eur',
      unit_amount: 30_000,
      recurring: { interval: 'year' },
    })
    extra = await client.prices.create({
      product_data: { name: 'Extra seats' },
      currency: 'eur',
      unit_amount: 900,
      recurring: { interval: 'month' },
    })
  })
  afterAll(() => billing?.close())

  /** The types of the events since `from` about one subscription (its own events and its invoices'). */
  const typesSince = (from: number, subscriptionId: string) =>
    [...billing.state.events.values()]
      .slice(from)
      .filter(
        ({ data: { object } }) =>
          object.id === subscriptionId || object.parent?.subscription_details?.subscription === subscriptionId,
      )
      .map((event) => event.type)

  async function customerWithCard(card = 'pm_card_visa') {
    const customer = await client.customers.create({ email: 'shop@example.lu' })
    const paymentMethod = await client.paymentMethods.attach(card, { customer: customer.id }).catch(() => null)
    if (paymentMethod)
      await client.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod.id } })
    return customer
  }

  it('previews the next invoice and a prorated upgrade by the seconds left in the period', async () => {
    const customer = await customerWithCard()
    const subscription = await client.subscriptions.create({ customer: customer.id, items: [{ price: monthly.id }] })
    expect(subscription.status).toBe('active')
    const first = (await client.invoices.list({ customer: customer.id })).data
    expect(first).toHaveLength(1)
    expect(first[0]).toMatchObject({
      status: 'paid',
      total: 3000,
      amount_paid: 3000,
      billing_reason: 'subscription_create',
    })

    const next = await client.invoices.createPreview({ customer: customer.id, subscription: subscription.id })
    const item = subscription.items.data[0]
    expect(next).toMatchObject({ total: 3000, amount_due: 3000, period_start: item.current_period_end })
    expect(next.lines.data[0]).toMatchObject({ amount: 3000, description: '1 × Essential (at €30.00 / month)' })

    const half = item.current_period_start + Math.floor((item.current_period_end - item.current_period_start) / 2)
    const upgrade = await client.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: {
        items: [{ id: item.id, price: pro.id }],
        proration_behavior: 'always_invoice',
        proration_date: half,
      },
    })
    expect(upgrade.lines.data.map((line) => [line.amount, line.parent?.subscription_item_details?.proration])).toEqual([
      [-1500, true],
      [3000, true],
    ])
    expect(upgrade.lines.data[0].description).toMatch(/^Unused time on 1 × Essential after/)
    expect(upgrade.lines.data[1].period).toEqual({ start: half, end: item.current_period_end })
    expect(upgrade.total).toBe(1500)
    expect(billing.state.subscriptions.get(subscription.id)!.items.data[0].price.id).toBe(monthly.id) // a preview changes nothing

    // Stripe's rule for proration_date: never with proration_behavior=none, and within the current period.
    const refused = async (details: Stripe.InvoiceCreatePreviewParams.SubscriptionDetails) =>
      client.invoices
        .createPreview({ customer: customer.id, subscription: subscription.id, subscription_details: details })
        .catch((error) => error)
    const items = [{ id: item.id, price: pro.id }]
    for (const details of [
      { items, proration_behavior: 'none' as const, proration_date: half },
      { items, proration_behavior: 'none' as const, proration_date: item.current_period_end },
      { items, proration_behavior: 'always_invoice' as const, proration_date: item.current_period_end },
      { proration_date: half },
    ])
      expect(await refused(details)).toMatchObject({ statusCode: 400, param: 'subscription_details[proration_date]' })
    // A downgrade at the period end is previewed as the next invoice on the new items, without a proration date.
    const atPeriodEnd = await client.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: { items, proration_behavior: 'none' },
    })
    expect(atPeriodEnd).toMatchObject({ period_start: item.current_period_end })
    expect(atPeriodEnd.lines.data.map((line) => line.amount)).toEqual([6000])

    const updated = await client.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: pro.id }],
      proration_behavior: 'always_invoice',
      payment_behavior: 'error_if_incomplete',
    })
    expect(updated.items.data[0]).toMatchObject({ id: item.id, price: { id: pro.id } })
    const invoices = (await client.invoices.list({ customer: customer.id })).data
    expect(invoices[0]).toMatchObject({ status: 'paid', total: 3000, billing_reason: 'subscription_update' }) // the whole period is left at T0
  })

  it('refuses a charged change with a declined card under error_if_incomplete, and changes nothing', async () => {
    const customer = await customerWithCard()
    const subscription = await client.subscriptions.create({ customer: customer.id, items: [{ price: monthly.id }] })
    const declined = await client.paymentMethods
      .attach('pm_card_chargeDeclined', { customer: customer.id })
      .catch((error) => error)
    expect(declined.statusCode).toBe(402) // the stand-in refuses to attach it; make the card decline another way
    billing.state.customers.get(customer.id)!.invoice_settings.default_payment_method = null
    const refused = await client.subscriptions
      .update(subscription.id, {
        items: [{ id: subscription.items.data[0].id, price: pro.id }],
        proration_behavior: 'always_invoice',
        payment_behavior: 'error_if_incomplete',
      })
      .catch((error) => error)
    expect(refused).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(billing.state.subscriptions.get(subscription.id)!.items.data[0].price.id).toBe(monthly.id)
  })

  it('charges nothing for a change during a trial; adds and removes items; refuses mixed intervals', async () => {
    const customer = await customerWithCard()
    const subscription = await client.subscriptions.create({
      customer: customer.id,
      items: [{ price: monthly.id }],
      trial_period_days: 30,
    })
    const preview = await client.invoices.createPreview({
      subscription: subscription.id,
      subscription_details: {
        items: [{ id: subscription.items.data[0].id, price: pro.id }, { price: extra.id }],
        proration_behavior: 'always_invoice',
      },
    })
    expect(preview.total).toBe(0)
    expect(preview.lines.data.map((line) => line.description)).toEqual([
      'Trial period for Professional',
      'Trial period for Extra seats',
    ])
    const updated = await client.subscriptions.update(subscription.id, {
      items: [{ price: extra.id }],
      proration_behavior: 'none',
    })
    expect(updated.items.data.map((each) => each.price.id)).toEqual([monthly.id, extra.id])
    expect(updated.items.data[1].current_period_end).toBe(subscription.trial_end)
    const removed = await client.subscriptions.update(subscription.id, {
      items: [{ id: updated.items.data[1].id, deleted: true }],
    })
    expect(removed.items.data).toHaveLength(1)
    // the trial's €0 invoice only: nothing charged for the changes
    expect((await client.invoices.list({ customer: customer.id })).data.map((invoice) => invoice.total)).toEqual([0])
    const mixed = await client.subscriptions
      .update(subscription.id, { items: [{ price: annual.id }] })
      .catch((error) => error)
    expect(mixed.statusCode).toBe(400)
  })

  it('keeps a downgrade in a schedule until the period ends, then applies it; release drops it', async () => {
    const customer = await customerWithCard()
    const subscription = await client.subscriptions.create({ customer: customer.id, items: [{ price: pro.id }] })
    const item = subscription.items.data[0]
    const schedule = await client.subscriptionSchedules.create({ from_subscription: subscription.id })
    expect(schedule.phases).toHaveLength(1)
    expect(schedule.phases[0]).toMatchObject({
      start_date: item.current_period_start,
      end_date: item.current_period_end,
    })
    const again = await client.subscriptionSchedules
      .create({ from_subscription: subscription.id })
      .catch((error) => error)
    expect(again.statusCode).toBe(400)
    const phased = await client.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: pro.id }],
          start_date: schedule.phases[0].start_date,
          end_date: schedule.phases[0].end_date,
        },
        { items: [{ price: monthly.id }], duration: { interval: 'month', interval_count: 1 } },
      ],
    })
    expect(phased.phases[1]).toMatchObject({ start_date: item.current_period_end, items: [{ price: monthly.id }] })
    const retrieved = await client.subscriptions.retrieve(subscription.id, { expand: ['schedule'] })
    expect((retrieved.schedule as Stripe.SubscriptionSchedule).id).toBe(schedule.id)
    const upcoming = await client.invoices.createPreview({ subscription: subscription.id })
    expect(upcoming.total).toBe(3000) // the next invoice is on the scheduled price

    const from = billing.state.events.size
    await billing.advanceTime(item.current_period_end - billing.now() + 60)
    const rolled = await client.subscriptions.retrieve(subscription.id)
    expect(rolled.items.data[0]).toMatchObject({
      price: { id: monthly.id },
      current_period_start: item.current_period_end,
    })
    expect(typesSince(from, subscription.id)).toEqual(
      expect.arrayContaining(['customer.subscription.updated', 'invoice.created', 'invoice.finalized', 'invoice.paid']),
    )
    const invoices = (await client.invoices.list({ customer: customer.id })).data
    expect(invoices[0]).toMatchObject({ total: 3000, status: 'paid', billing_reason: 'subscription_cycle' })

    const other = await client.subscriptions.create({ customer: customer.id, items: [{ price: pro.id }] })
    const otherSchedule = await client.subscriptionSchedules.create({ from_subscription: other.id })
    const released = await client.subscriptionSchedules.release(otherSchedule.id)
    expect(released).toMatchObject({ status: 'released', released_subscription: other.id })
    expect((await client.subscriptions.retrieve(other.id)).schedule).toBeNull()
  })

  it('advances the clock: trial_will_end 3 days before, trial end invoiced, a declined card past_due then unpaid; PDF links work', async () => {
    const customer = await client.customers.create({ email: 'late@example.lu' })
    // Stripe's pm_card_chargeCustomerFail: saved without trouble, declined when charged.
    const intent = await client.setupIntents.create({ customer: customer.id })
    const failing = await client.setupIntents.confirm(intent.id, { payment_method: 'pm_card_chargeCustomerFail' })
    expect(failing.status).toBe('succeeded')
    const subscription = await client.subscriptions.create({
      customer: customer.id,
      items: [{ price: monthly.id }],
      trial_period_days: 14,
      default_payment_method: failing.payment_method as string,
    })

    const from = billing.state.events.size
    await billing.advanceTime(11 * DAY)
    expect(typesSince(from, subscription.id)).toEqual(['customer.subscription.trial_will_end'])
    await billing.advanceTime(3 * DAY)
    expect((await client.subscriptions.retrieve(subscription.id)).status).toBe('past_due')
    expect(typesSince(from, subscription.id)).toEqual([
      'customer.subscription.trial_will_end',
      'customer.subscription.updated',
      'invoice.created',
      'invoice.finalized',
      'invoice.payment_failed',
      'customer.subscription.updated',
    ])
    const [open] = (await client.invoices.list({ customer: customer.id, status: 'open' })).data
    expect(open).toMatchObject({ attempt_count: 1, amount_due: 3000, next_payment_attempt: billing.now() + 3 * DAY })
    expect(open.number).toMatch(/-0002$/) // after the trial's €0 invoice

    const pdf = await fetch(open.invoice_pdf!)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await pdf.text()).startsWith('%PDF-1.4')).toBe(true)
    expect(await (await fetch(open.hosted_invoice_url!)).text()).toContain(open.number!)

    await billing.advanceTime(9 * DAY + 60)
    expect((await client.invoices.retrieve(open.id)).attempt_count).toBe(4)
    expect((await client.subscriptions.retrieve(subscription.id)).status).toBe('unpaid')

    // A new card made the default, then Stripe's "retry payment" settles it.
    const good = await client.paymentMethods.attach('pm_card_visa', { customer: customer.id })
    await client.subscriptions.update(subscription.id, { default_payment_method: good.id })
    const paid = await client.invoices.pay(open.id)
    expect(paid.status).toBe('paid')
    expect((await client.subscriptions.retrieve(subscription.id)).status).toBe('active')
  })

  it('cancels at the period end when asked to', async () => {
    const customer = await customerWithCard()
    const subscription = await client.subscriptions.create({ customer: customer.id, items: [{ price: monthly.id }] })
    await client.subscriptions.update(subscription.id, { cancel_at_period_end: true })
    const none = await client.invoices.createPreview({ subscription: subscription.id }).catch((error) => error)
    expect(none.code).toBe('invoice_upcoming_none')
    await billing.advanceTime(subscription.items.data[0].current_period_end - billing.now())
    expect((await client.subscriptions.retrieve(subscription.id)).status).toBe('canceled')
  })
})
