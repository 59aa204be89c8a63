import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stripeTypes } from '../../../scripts/stand-ins/stripe/checkParams'
import { readPublishedTypes, SERVED_OPERATIONS } from '../../../scripts/stand-ins/stripe/publishedTypes'
import {
  STAND_IN_ONLY,
  STRIPE_STAND_IN_API_VERSION,
  STRIPE_STAND_IN_OPERATIONS,
  startStripeStandIn,
  type StripeStandIn,
} from '../../../scripts/stand-ins/stripe/server'

/**
 * The stand-in against Stripe's published types for the pinned API version (the `stripe` package's declarations):
 * the committed contract is the one the package declares, every operation refuses what Stripe refuses, and every
 * object carries the fields Stripe always returns.
 */

const KEY = 'sk_test_published_types'
let standIn: StripeStandIn
let stripe: Stripe

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 })
  const url = new URL(standIn.url)
  stripe = new Stripe(KEY, { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 })
})
afterAll(() => standIn?.close())

/** A raw call in Stripe's form encoding, as any client may send it. */
async function call(operation: string, form: string): Promise<{ status: number; body: { error?: object } }> {
  const [method, path] = operation.split(' ')
  const url = `${standIn.url}${path.replaceAll(':id', 'x_1')}${method === 'POST' ? '' : `?${form}`}`
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: method === 'POST' ? form : undefined,
  })
  return { status: response.status, body: (await response.json()) as { error?: object } }
}

describe('the Stripe stand-in against Stripe’s published types', () => {
  it('commits the contract the installed stripe package declares, for the API version client and stand-in pin', () => {
    const published = readPublishedTypes()
    expect(stripeTypes).toEqual(published)
    expect(published.apiVersion).toBe(STRIPE_STAND_IN_API_VERSION)
  }, 120_000)

  it('has published parameters for every operation it serves that is Stripe’s', () => {
    const stripeOperations = STRIPE_STAND_IN_OPERATIONS.filter((operation) => !(operation in STAND_IN_ONLY))
    expect(stripeOperations.sort()).toEqual(Object.keys(SERVED_OPERATIONS).sort())
  })

  it('refuses an unknown parameter on every operation with 400 parameter_unknown in Stripe’s error shape', async () => {
    for (const operation of Object.keys(SERVED_OPERATIONS)) {
      const { status, body } = await call(operation, 'colour=red')
      expect({ operation, status, body }).toEqual({
        operation,
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_unknown',
            param: 'colour',
            message: 'Received unknown parameter: colour',
          },
        },
      })
    }
  })

  it('refuses nested unknown names, wrong types, unknown enumeration values and empty hashes', async () => {
    const refusals: [string, string, Record<string, string>][] = [
      ['POST /v1/subscriptions', 'items[0][colour]=red', { code: 'parameter_unknown', param: 'items[0][colour]' }],
      ['GET /v1/prices', 'limit=ten', { code: 'parameter_invalid_integer', param: 'limit' }],
      ['POST /v1/subscriptions/:id', 'cancel_at_period_end=maybe', { param: 'cancel_at_period_end' }],
      ['POST /v1/subscriptions/:id', 'payment_behavior=sometimes', { param: 'payment_behavior' }],
      ['POST /v1/subscriptions/:id', 'proration_date=tomorrow', { code: 'parameter_invalid_integer' }],
      ['POST /v1/subscriptions/:id', 'items=', { code: 'parameter_invalid_empty', param: 'items' }],
      ['POST /v1/customers', 'invoice_settings=x', { param: 'invoice_settings' }],
      ['POST /v1/customers', 'name[first]=Anne', { param: 'name' }],
      ['POST /v1/prices', 'unit_amount=4900', { code: 'parameter_missing', param: 'currency' }],
      ['POST /v1/subscription_schedules/:id', 'phases[0][items][0][colour]=red', { code: 'parameter_unknown' }],
    ]
    for (const [operation, form, expected] of refusals) {
      const { status, body } = await call(operation, form)
      expect({ form, status, error: body.error }).toMatchObject({
        form,
        status: 400,
        error: { type: 'invalid_request_error', ...expected },
      })
    }
    // What Stripe takes passes the check and reaches the operation (here: a subscription that does not exist).
    expect((await call('POST /v1/subscriptions/:id', 'metadata=&cancel_at_period_end=true')).status).toBe(404)
  })

  it('returns every field Stripe always returns, on each object it serves', async () => {
    const customer = await stripe.customers.create({ email: 'anne@example.lu' })
    const product = await stripe.products.create({ name: 'OMS Professional' })
    const price = await stripe.prices.create({
      product: product.id,
      currency: 'eur',
      unit_amount: 4900,
      recurring: { interval: 'month' },
    })
    const setupIntent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' })
    const confirmed = await stripe.setupIntents.confirm(setupIntent.id, { payment_method: 'pm_card_visa' })
    const paymentMethod = await stripe.paymentMethods.retrieve(confirmed.payment_method as string)
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod.id } })
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] })
    const invoice = await stripe.invoices.retrieve(subscription.latest_invoice as string)
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: subscription.id })
    const event = standIn.state.events.values().next().value
    const objects: Record<string, object> = {
      customer: await stripe.customers.retrieve(customer.id),
      product,
      price,
      payment_method: paymentMethod,
      setup_intent: confirmed,
      subscription: await stripe.subscriptions.retrieve(subscription.id),
      subscription_item: subscription.items.data[0],
      invoice,
      line_item: invoice.lines.data[0],
      subscription_schedule: schedule,
      event: event!,
    }
    const missing = Object.fromEntries(
      Object.entries(objects).map(([name, object]) => [
        name,
        stripeTypes.objects[name].filter((field) => !(field in object)),
      ]),
    )
    expect(missing).toEqual(Object.fromEntries(Object.keys(objects).map((name) => [name, []])))
  })
})
