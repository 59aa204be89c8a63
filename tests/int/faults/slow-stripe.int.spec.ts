import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'
import { readStripeSubscription, syncSubscriptionFromStripe } from '@/services/billing/syncFromStripe'
import { processStripeEvent } from '@/services/stripe/webhooks/processEvent'
import { storeStripeEvent } from '@/services/stripe/webhooks/storeEvent'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, uid } from '../../helpers/fixtures'
import { idleInTransaction } from '../../helpers/idleTransactions'
import { rest, type RestResponse, testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'
import { deleteEventJobs } from '../../helpers/stripeEventJobs'

/**
 * A slow Stripe (the stand-in holding a call unanswered) stalls no one: while it waits, no connection of ours is
 * "idle in transaction" and unrelated requests answer; an answer that never comes is never reported as "nothing
 * changed". Assertions are on state (what has happened while the call is held), never on timings.
 */

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let req: PayloadRequest
let platform: Platform
let essential: SubscriptionTier
let professional: SubscriptionTier

const message = (response: RestResponse) => response.body?.errors?.[0]?.message as string

const idle = () => idleInTransaction(payload)

let addressCounter = 0
const signupPost = (step: string, body: unknown) =>
  rest('POST', `/api/platform/signup/${step}`, {
    body,
    headers: { 'X-Forwarded-For': `10.78.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}` },
  })

/** A signup session up to a confirmed card. */
async function readyToComplete(email = `slow-${uid()}@shop.test`) {
  const started = await signupPost('start', { platform: platform.code, tier: essential.code, billingPeriod: 'monthly' })
  expect(started.status, JSON.stringify(started.body)).toBe(201)
  const sessionId = started.body.sessionId as string
  const account = await signupPost('account', {
    sessionId,
    email,
    password: 'a-long-password-1',
    companyName: `Slow ${uid()}`,
    country: 'LU',
  })
  expect(account.status, JSON.stringify(account.body)).toBe(200)
  const intent = await signupPost('setup-intent', { sessionId })
  expect(intent.status, JSON.stringify(intent.body)).toBe(200)
  const setupIntentId = (intent.body.clientSecret as string).split('_secret_')[0]
  await stripe.setupIntents.confirm(setupIntentId, { payment_method: 'pm_card_visa' })
  return { sessionId, setupIntentId, email }
}

/**
 * Runs `test` with the app's Stripe time-out raised, so that a call the stand-in holds while the test looks around is
 * answered once released, however slow the machine (the helper's 2 s stays for the tests about time-outs).
 */
async function patientStripe<T>(test: () => Promise<T>): Promise<T> {
  const before = process.env.STRIPE_TIMEOUT_MS
  process.env.STRIPE_TIMEOUT_MS = '120000'
  try {
    return await test()
  } finally {
    process.env.STRIPE_TIMEOUT_MS = before
  }
}

const subscriptionsOf = (customer: string) =>
  [...standIn.state.subscriptions.values()].filter((subscription) => subscription.customer === customer)

const sessionRow = async (token: string) =>
  (
    await payload.find({
      collection: 'signup-sessions',
      where: { token: { equals: token } },
      showHiddenFields: true,
      limit: 1,
    })
  ).docs[0]

beforeAll(async () => {
  ;({ standIn, stripe } = await stripeStandIn('slow'))
  process.env.TRUST_PROXY = '1'
  payload = await testPayload()
  req = await createLocalReq({}, payload)
  ;({ platform } = await createPlatform(payload, []))
  // Created in this order: the later tier ranks higher (changeDirection: sortOrder, then id).
  essential = await pricedTier(payload, stripe, platform, { teamMembers: 1 })
  professional = await pricedTier(payload, stripe, platform, { teamMembers: 5 })
})

afterAll(async () => {
  await standIn?.close()
})

describe('signup completion while Stripe is slow', () => {
  it('holds no transaction open while Stripe creates the subscription, and other requests answer', () =>
    patientStripe(async () => {
      const { sessionId, setupIntentId } = await readyToComplete()
      const held = standIn.hold('POST /v1/subscriptions')
      const completing = signupPost('complete', { sessionId, setupIntentId })
      await held.reached

      expect(await idle()).toBe(0)
      const platforms = await rest('GET', '/api/platforms')
      expect(platforms.status).toBe(200)
      // The session can be read (no row lock held) while its completion waits for Stripe.
      expect((await rest('GET', `/api/platform/signup/session?sessionId=${sessionId}`)).status).toBe(200)

      held.release()
      const done = await completing
      expect(done.status, JSON.stringify(done.body)).toBe(200)
      expect(done.headers.get('set-cookie')).toBeTruthy()
    }))

  it('a subscription creation that does not answer in time: 504 "may have been made", and a retry completes with the same subscription', async () => {
    const { sessionId, setupIntentId } = await readyToComplete()
    const held = standIn.hold('POST /v1/subscriptions')
    const first = signupPost('complete', { sessionId, setupIntentId })
    await held.reached
    const answered = await first // the SDK's time-out (2 s in tests) ends it while the stand-in still holds the call
    expect(answered.status).toBe(504)
    expect(message(answered)).toMatch(/may have been made/)
    expect(message(answered)).not.toMatch(/nothing was created/)
    held.release()

    const customer = (await sessionRow(sessionId)).stripeCustomerId!
    // Stripe carries out the held creation once released; the retry's idempotency key finds it again.
    await expect.poll(() => subscriptionsOf(customer).length).toBe(1)
    const retried = await signupPost('complete', { sessionId, setupIntentId })
    expect(retried.status, JSON.stringify(retried.body)).toBe(200)
    expect(subscriptionsOf(customer)).toHaveLength(1)
    const row = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: retried.body.vendor.id } } })
    ).docs[0]
    expect(row.stripeSubscriptionId).toBe(subscriptionsOf(customer)[0].id)
  })
})

/** A vendor billed on `from` asks for `to`; resolves once Stripe's update has arrived at the stand-in, held there. */
async function changeHeldAtStripe(from: SubscriptionTier, to: SubscriptionTier) {
  const billed = await billedVendor(payload, stripe, platform, from)
  const held = standIn.hold('POST /v1/subscriptions/:id')
  const changing = rest('POST', '/api/billing/change-tier', { token: billed.token, body: { tier: to.code } })
  await held.reached
  return { billed, held, changing }
}

describe('plan changes while Stripe is slow', () => {
  it('holds no transaction open while Stripe updates the subscription; the row and webhooks sync meanwhile', () =>
    patientStripe(async () => {
      const { billed, held, changing } = await changeHeldAtStripe(essential, professional)

      expect(await idle()).toBe(0)
      expect((await rest('GET', '/api/platforms')).status).toBe(200)
      // What a webhook's job does for this subscription: it takes the row's lock, which no one holds.
      expect(await syncSubscriptionFromStripe(req, billed.subscriptionId)).not.toBeUndefined()

      held.release()
      const changed = await changing
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      const row = await payload.findByID({ collection: 'vendor-subscriptions', id: billed.row.id, depth: 0 })
      expect(row.tier).toBe(professional.id)
    }))

  it('a plan change Stripe does not confirm in time answers 504 "being confirmed", never "nothing was changed"', async () => {
    const { billed, held, changing } = await changeHeldAtStripe(essential, professional)
    const answered = await changing
    expect(answered.status).toBe(504)
    expect(message(answered)).toMatch(/being confirmed/)
    expect(message(answered)).not.toMatch(/nothing was changed/)
    held.release()

    // Stripe moved once released; the next sync (the webhook's) brings our row along.
    await expect
      .poll(() => standIn.state.subscriptions.get(billed.subscriptionId)?.items.data[0].price.id)
      .toBe(professional.stripePriceMonthly)
    await syncSubscriptionFromStripe(req, billed.subscriptionId)
    const row = await payload.findByID({ collection: 'vendor-subscriptions', id: billed.row.id, depth: 0 })
    expect(row.tier).toBe(professional.id)
  })

  it('a downgrade raced with new team members never leaves the shop over its new plan', () =>
    patientStripe(async () => {
      const { billed, held, changing } = await changeHeldAtStripe(professional, essential)

      // The owner is the one member Essential allows: members added while Stripe works are refused.
      const added = await Promise.allSettled(
        [1, 2].map(() =>
          payload.create({
            collection: 'users',
            data: {
              email: `member-${uid()}@example.test`,
              password: 'test-password-1',
              roles: ['vendor-member'],
              vendors: [billed.vendor.id],
            },
          }),
        ),
      )
      held.release()
      const changed = await changing
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect(added.map((result) => result.status)).toEqual(['rejected', 'rejected'])
      const members = await payload.count({ collection: 'users', where: { vendors: { in: [billed.vendor.id] } } })
      expect(members.totalDocs).toBe(1)
      const row = await payload.findByID({ collection: 'vendor-subscriptions', id: billed.row.id, depth: 0 })
      expect(row.tier).toBe(essential.id)
    }))
})

/** Stores a `customer.subscription.updated` event of `subscriptionId` as the webhook does (its job deleted after). */
async function storedEvent(subscriptionId: string) {
  const event = {
    id: `evt_slow_${uid()}`,
    object: 'event',
    type: 'customer.subscription.updated',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: subscriptionId, object: 'subscription' } },
  }
  await storeStripeEvent(req, event, JSON.stringify(event), new Date())
  storedEvents.push(event.id)
  return event.id
}
const storedEvents: string[] = []
afterAll(() => deleteEventJobs(payload, storedEvents))

const tierOf = async (id: number) => (await payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0 })).tier

describe('webhook events while Stripe is slow', () => {
  it("reads Stripe with no transaction open: while the read is held, nothing is idle in transaction and the subscription's row is free", () =>
    patientStripe(async () => {
      const billed = await billedVendor(payload, stripe, platform, essential)
      await stripe.subscriptions.update(billed.subscriptionId, {
        items: [
          {
            id: standIn.state.subscriptions.get(billed.subscriptionId)!.items.data[0].id,
            price: professional.stripePriceMonthly!,
          },
        ],
      })
      const eventId = await storedEvent(billed.subscriptionId)
      const held = standIn.hold('GET /v1/subscriptions/:id')
      const processing = processStripeEvent(payload, eventId)
      await held.reached

      expect(await idle()).toBe(0)
      // The row's lock is free: another sync of this subscription (begun later) commits meanwhile.
      expect((await syncSubscriptionFromStripe(req, billed.subscriptionId))?.changed).toContain('tier')

      held.release()
      expect(await processing).toMatchObject({ status: 'processed', outcome: 'handled' })
      // The held read began first: it is not applied over the later one.
      const stored = await payload.find({ collection: 'stripe-events', where: { eventId: { equals: eventId } } })
      expect(stored.docs[0].note).toMatch(/later read of Stripe was already applied/)
      expect(await tierOf(billed.row.id)).toBe(professional.id)
    }))

  it('two reads of one subscription that overlap: the one begun later is kept, whichever is applied last', async () => {
    const billed = await billedVendor(payload, stripe, platform, essential)
    const older = await readStripeSubscription(payload, stripe, billed.subscriptionId) // on Essential
    await stripe.subscriptions.update(billed.subscriptionId, {
      items: [
        {
          id: standIn.state.subscriptions.get(billed.subscriptionId)!.items.data[0].id,
          price: professional.stripePriceMonthly!,
        },
      ],
    })
    const newer = await readStripeSubscription(payload, stripe, billed.subscriptionId) // on Professional
    expect(newer.readAt > older.readAt).toBe(true)

    const appliedNewer = await syncSubscriptionFromStripe(req, billed.subscriptionId, { read: newer })
    expect(appliedNewer?.changed).toContain('tier')
    const appliedOlder = await syncSubscriptionFromStripe(req, billed.subscriptionId, { read: older })
    expect(appliedOlder).toMatchObject({ superseded: true, changed: [] })
    expect(await tierOf(billed.row.id)).toBe(professional.id)

    // In the other order both apply, and the row ends where Stripe is.
    const again = await readStripeSubscription(payload, stripe, billed.subscriptionId)
    expect((await syncSubscriptionFromStripe(req, billed.subscriptionId, { read: again }))?.superseded).toBeUndefined()
    expect(await tierOf(billed.row.id)).toBe(professional.id)
  })
})
