/**
 * POST /api/stripe/webhook and the processStripeEvent job, against the Stripe stand-in (port 0), whose signed events
 * reach the app through a real HTTP server of it (tests/helpers/appHttpServer.ts); other events are signed here.
 */
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, StripeEvent, SubscriptionTier } from '@/payload-types'
import { stripeClient } from '@/services/stripe/client'

import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { type AppHttpServer, startAppHttpServer } from '../../helpers/appHttpServer'
import { createPlatform, createUser, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'
import { rawRequest } from '../../helpers/rawRequest'
import { billedVendor, pricedTier } from '../../helpers/stripeBilling'
import { deleteEventJobs } from '../../helpers/stripeEventJobs'

const SECRET = 'whsec_webhooks_spec_secret'

let payload: Payload
let standIn: StripeStandIn
let app: AppHttpServer
let stripe: Stripe
let platform: Platform
let tier: SubscriptionTier

const sign = (body: string, timestamp?: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp })

/** Ids of the events this file signs itself. */
const posted = new Set<string>()

const eventOf = (type: string, object: Record<string, unknown>, id = `evt_${uid()}`) => (
  posted.add(id),
  {
    id,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  }
)

const post = (body: string, headers: Record<string, string> = { 'Stripe-Signature': sign(body) }) =>
  rawRequest('POST', '/api/stripe/webhook', { body, contentType: 'application/json', headers })

const postEvent = (event: ReturnType<typeof eventOf>) => post(JSON.stringify(event))

const stored = async (eventId: string): Promise<StripeEvent[]> =>
  (await payload.find({ collection: 'stripe-events', where: { eventId: { equals: eventId } }, pagination: false })).docs

async function jobsFor(eventId: string) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'processStripeEvent' } },
    pagination: false,
    depth: 0,
  })
  return docs.filter((job) => (job.input as { eventId?: string } | null)?.eventId === eventId)
}

/** Runs the processing jobs of these events now (their backoff waits included), as the worker would. */
async function processEvents(...eventIds: string[]) {
  for (const eventId of eventIds) {
    const ids = (await jobsFor(eventId)).map((job) => job.id)
    if (ids.length === 0) continue
    await payload.update({
      collection: 'payload-jobs',
      where: { id: { in: ids } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await payload.jobs.run({ where: { id: { in: ids } }, silent: true })
  }
}

const row = async (id: number) => payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0 })

beforeAll(async () => {
  app = await startAppHttpServer()
  standIn = await startStripeStandIn({ port: 0, webhookSecret: SECRET, forwardUrl: `${app.url}/api/stripe/webhook` })
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_webhooks_spec',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_webhooks_spec',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_URL: standIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
    STRIPE_TIMEOUT_MS: '3000',
  })
  payload = await testPayload()
  stripe = stripeClient()
  ;({ platform } = await createPlatform(payload))
  tier = await pricedTier(payload, stripe, platform)
})

afterAll(async () => {
  if (payload)
    await deleteEventJobs(payload, [...posted, ...(standIn?.deliveries ?? []).map((delivery) => delivery.eventId)])
  await standIn?.close()
  await app?.close()
})

describe('POST /api/stripe/webhook: verification', () => {
  it('a missing signature is a 400 naming the header; nothing is stored', async () => {
    const event = eventOf('customer.subscription.updated', { id: 'sub_x', object: 'subscription' })
    const response = await post(JSON.stringify(event), {})
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/Stripe-Signature/)
    expect(await stored(event.id)).toHaveLength(0)
    expect(await jobsFor(event.id)).toHaveLength(0)
  })

  it('a signature made with another secret, or over another body, is a 400; nothing is stored', async () => {
    const event = eventOf('customer.subscription.updated', { id: 'sub_x', object: 'subscription' })
    const body = JSON.stringify(event)
    const otherSecret = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_someone_else' })
    for (const headers of [
      { 'Stripe-Signature': otherSecret },
      { 'Stripe-Signature': sign(body.replace('sub_x', 'sub_y')) },
      { 'Stripe-Signature': 'garbage' },
    ]) {
      const response = await post(body, headers)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/signature/i)
    }
    expect(await stored(event.id)).toHaveLength(0)
  })

  it('a signature older than 300 seconds is a 400 (a replayed capture); nothing is stored', async () => {
    const event = eventOf('customer.subscription.updated', { id: 'sub_x', object: 'subscription' })
    const body = JSON.stringify(event)
    const response = await post(body, { 'Stripe-Signature': sign(body, Math.floor(Date.now() / 1000) - 301) })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/300 seconds/)
    expect(await stored(event.id)).toHaveLength(0)
    // 299 seconds old is still accepted.
    expect((await post(body, { 'Stripe-Signature': sign(body, Math.floor(Date.now() / 1000) - 299) })).status).toBe(200)
  })

  it('a correctly signed body that is not a JSON event is a 400', async () => {
    for (const body of ['not json', '{"id":"evt_1"}', '[]']) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/not a Stripe event/)
    }
  })

  it('a body over 512 KiB is a 413 naming the limit, whether declared or only sent; nothing is stored', async () => {
    const event = eventOf('customer.updated', {
      id: 'cus_large',
      object: 'customer',
      description: 'x'.repeat(600 * 1024),
    })
    const sent = await postEvent(event)
    expect(sent.status).toBe(413)
    expect(sent.body.errors[0].message).toBe('The request body is too large: at most 524,288 bytes are accepted here.')
    const small = JSON.stringify(eventOf('customer.updated', { id: 'cus_small', object: 'customer' }))
    expect((await post(small, { 'Stripe-Signature': sign(small), 'Content-Length': String(600 * 1024) })).status).toBe(
      413,
    )
    expect(await stored(event.id)).toEqual([])
  })

  it('without STRIPE_WEBHOOK_SECRET the endpoint answers 503 naming it; a malformed secret too', async () => {
    const body = JSON.stringify(eventOf('customer.subscription.updated', { id: 'sub_x', object: 'subscription' }))
    try {
      delete process.env.STRIPE_WEBHOOK_SECRET
      let response = await post(body)
      expect(response.status).toBe(503)
      expect(response.body.errors[0].message).toMatch(/STRIPE_WEBHOOK_SECRET is not set/)
      process.env.STRIPE_WEBHOOK_SECRET = `${SECRET}\n`
      response = await post(body)
      expect(response.status).toBe(503)
      expect(response.body.errors[0].message).toMatch(/STRIPE_WEBHOOK_SECRET contains whitespace/)
    } finally {
      process.env.STRIPE_WEBHOOK_SECRET = SECRET
    }
  })
})

describe('POST /api/stripe/webhook: storing and processing', () => {
  it('a verified event is stored once with its job; a replay answers 200 and changes nothing; it is processed once', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await standIn.webhooksIdle()
    const subscription = await stripe.subscriptions.retrieve(billed.subscriptionId)
    const event = eventOf('customer.subscription.updated', subscription as unknown as Record<string, unknown>)
    const body = JSON.stringify(event)
    const first = await post(body)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ received: true })
    const again = await post(body, { 'Stripe-Signature': sign(body) })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ received: true, duplicate: true })
    // Two deliveries at once: still one row, one job.
    const [a, b] = await Promise.all([post(body), post(body)])
    expect([a.status, b.status]).toEqual([200, 200])
    const rows = await stored(event.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ type: 'customer.subscription.updated', attempts: 0 })
    expect(rows[0].processedAt ?? null).toBeNull()
    expect((rows[0].payload as { id: string }).id).toBe(event.id)
    expect(await jobsFor(event.id)).toHaveLength(1)

    await processEvents(event.id)
    const [processed] = await stored(event.id)
    expect(processed.processedAt).toBeTruthy()
    expect(processed).toMatchObject({ outcome: 'handled', attempts: 1 })
    expect(processed.error ?? null).toBeNull()
    expect(await jobsFor(event.id)).toHaveLength(0)

    // The same job queued again (two workers, a requeue) does nothing.
    const requests = standIn.requests.length
    const job = await payload.jobs.queue({ task: 'processStripeEvent', input: { eventId: event.id } })
    await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
    expect((await stored(event.id))[0].attempts).toBe(1)
    expect(standIn.requests.length).toBe(requests)
  })

  it('processing reads Stripe: an `updated` before its `created`, and an old `updated` after a newer one, leave the row as Stripe has it', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await standIn.webhooksIdle()
    const created = await stripe.subscriptions.retrieve(billed.subscriptionId)
    const canceling = await stripe.subscriptions.update(billed.subscriptionId, { cancel_at_period_end: true })
    const active = await stripe.subscriptions.update(billed.subscriptionId, { trial_end: 'now' })
    await standIn.webhooksIdle()
    const createdEvent = eventOf('customer.subscription.created', created as unknown as Record<string, unknown>)
    const newer = eventOf('customer.subscription.updated', active as unknown as Record<string, unknown>)
    const older = eventOf('customer.subscription.updated', canceling as unknown as Record<string, unknown>)
    for (const event of [newer, createdEvent, older]) expect((await postEvent(event)).status).toBe(200)
    await processEvents(newer.id)
    await processEvents(createdEvent.id, older.id)

    const now = await stripe.subscriptions.retrieve(billed.subscriptionId)
    const synced = await row(billed.row.id)
    expect(now.status).toBe('active')
    expect(synced.status).toBe('active')
    expect(synced.cancelAtPeriodEnd).toBe(true)
    expect(new Date(synced.currentPeriodEnd!).getTime()).toBe(now.items.data[0].current_period_end * 1000)
    expect(new Date(synced.trialEndsAt!).getTime()).toBe(now.trial_end! * 1000)
    for (const event of [newer, createdEvent, older]) expect((await stored(event.id))[0].outcome).toBe('handled')
  })

  it('an event of a subscription or customer we do not know is recorded as processed with a note, and not retried', async () => {
    const event = eventOf('customer.subscription.updated', {
      id: `sub_unknown${uid()}`,
      object: 'subscription',
      customer: 'cus_unknown',
    })
    expect((await postEvent(event)).status).toBe(200)
    const requests = standIn.requests.length
    await processEvents(event.id)
    const [row] = await stored(event.id)
    expect(row).toMatchObject({ outcome: 'unmatched', attempts: 1 })
    expect(row.processedAt).toBeTruthy()
    expect(row.note).toMatch(/no vendor subscription holds it/)
    expect(await jobsFor(event.id)).toHaveLength(0)
    expect(standIn.requests.length).toBe(requests) // Stripe was not even asked

    const card = eventOf('setup_intent.succeeded', {
      id: 'seti_unknown',
      object: 'setup_intent',
      customer: 'cus_unknown',
      payment_method: 'pm_x',
      status: 'succeeded',
      metadata: { purpose: 'replace_card' },
    })
    await postEvent(card)
    await processEvents(card.id)
    expect((await stored(card.id))[0]).toMatchObject({ outcome: 'unmatched' })
  })

  it('event types the app does not use are stored and marked ignored', async () => {
    const event = eventOf('charge.succeeded', { id: 'ch_1', object: 'charge' })
    expect((await postEvent(event)).status).toBe(200)
    await processEvents(event.id)
    expect((await stored(event.id))[0]).toMatchObject({ outcome: 'ignored', type: 'charge.succeeded' })
  })

  it('an event whose JSON holds \\u0000 or a lone surrogate (which jsonb refuses) is kept with them replaced by U+FFFD, answered 200', async () => {
    const event = eventOf('charge.succeeded', { id: 'ch_2', object: 'charge', description: 'nul NUL lone LONE' })
    const body = JSON.stringify(event).replace('NUL', '\\u0000').replace('LONE', '\\ud800')
    expect(body).toContain('\\u0000')
    const answer = await post(body)
    expect(answer.status).toBe(200)
    const [row] = await stored(event.id)
    expect((row.payload as typeof event).data.object.description).toBe('nul \ufffd lone \ufffd')
    await processEvents(event.id)
    expect((await stored(event.id))[0]).toMatchObject({ outcome: 'ignored' })
    expect((await post(body)).status).toBe(200)
  })

  it('a processing failure (Stripe answering 500) is recorded and retried with backoff; the retry succeeds', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await standIn.webhooksIdle()
    const active = await stripe.subscriptions.update(billed.subscriptionId, { trial_end: 'now' })
    await standIn.webhooksIdle()
    const event = eventOf('customer.subscription.updated', active as unknown as Record<string, unknown>)
    await postEvent(event)
    standIn.failNext(`GET /v1/subscriptions/${billed.subscriptionId}`, 500)
    await payload.jobs.run({ where: { id: { in: (await jobsFor(event.id)).map((job) => job.id) } }, silent: true })
    const [failed] = await stored(event.id)
    expect(failed.processedAt ?? null).toBeNull()
    expect(failed.attempts).toBe(1)
    expect(failed.error).toMatch(/500|Injected failure/)
    const [job] = await jobsFor(event.id)
    expect(job.totalTried).toBe(1)
    expect(job.hasError).toBeFalsy()
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now()) // backoff
    expect((await row(billed.row.id)).status).toBe('trialing') // nothing half-applied

    await processEvents(event.id)
    const [done] = await stored(event.id)
    expect(done).toMatchObject({ outcome: 'handled', attempts: 2 })
    expect(done.error ?? null).toBeNull()
    expect((await row(billed.row.id)).status).toBe('active')
  })

  it('setup_intent.succeeded (a card replaced from the billing page) makes the card the default of the customer and the subscription', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    const intent = await stripe.setupIntents.create({
      customer: billed.customerId,
      usage: 'off_session',
      metadata: { purpose: 'replace_card' },
    })
    await stripe.setupIntents.confirm(intent.id, { payment_method: 'pm_card_mastercard' })
    await standIn.webhooksIdle()
    const delivered = standIn.deliveries.filter((delivery) => delivery.type === 'setup_intent.succeeded').at(-1)!
    expect(delivered.status).toBe(200)
    await processEvents(delivered.eventId)
    expect((await stored(delivered.eventId))[0]).toMatchObject({ outcome: 'handled' })
    const card = (await stripe.setupIntents.retrieve(intent.id)).payment_method as string
    expect((await stripe.customers.retrieve(billed.customerId)) as Stripe.Customer).toMatchObject({
      invoice_settings: { default_payment_method: card },
    })
    expect((await stripe.subscriptions.retrieve(billed.subscriptionId)).default_payment_method).toBe(card)

    // A SetupIntent that is not a card replacement (signup's) changes nothing.
    const other = await stripe.setupIntents.create({ customer: billed.customerId, usage: 'off_session' })
    await stripe.setupIntents.confirm(other.id, { payment_method: 'pm_card_visa' })
    await standIn.webhooksIdle()
    const ignored = standIn.deliveries.filter((delivery) => delivery.type === 'setup_intent.succeeded').at(-1)!
    await processEvents(ignored.eventId)
    expect((await stored(ignored.eventId))[0]).toMatchObject({ outcome: 'ignored' })
    expect((await stripe.subscriptions.retrieve(billed.subscriptionId)).default_payment_method).toBe(card)
  })
})

describe('stripe-events over REST', () => {
  it('super admins read the events; nobody creates, changes or deletes them; vendors and platform admins see none', async () => {
    const event = eventOf('charge.succeeded', { id: 'ch_2', object: 'charge' })
    await postEvent(event)
    const [row] = await stored(event.id)
    const { token: admin } = await createUser(payload, ['super-admin'])
    const { token: vendorOwner } = await createUser(payload, ['vendor-owner'])
    const { token: platformAdmin } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    expect((await rest('GET', `/api/stripe-events/${row.id}`, { token: admin })).status).toBe(200)
    for (const token of [vendorOwner, platformAdmin, undefined]) {
      const list = await rest('GET', '/api/stripe-events', { token })
      expect([401, 403]).toContain(list.status)
    }
    for (const token of [admin, vendorOwner]) {
      expect(
        (
          await rest('POST', '/api/stripe-events', {
            token,
            body: { eventId: `evt_${uid()}`, type: 'x', payload: {}, receivedAt: new Date().toISOString() },
          })
        ).status,
      ).toBe(403)
      expect((await rest('PATCH', `/api/stripe-events/${row.id}`, { token, body: { error: 'x' } })).status).toBe(403)
      expect((await rest('DELETE', `/api/stripe-events/${row.id}`, { token })).status).toBe(403)
    }
    expect(await stored(event.id)).toHaveLength(1)
  })
})
