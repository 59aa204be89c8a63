/**
 * The scheduled subscription tasks, each run as the worker runs it (a queued job, `input.now` as the clock): their
 * effect, a second run changing nothing, Stripe unreachable (nothing changed, retried, then succeeding), a task
 * throwing halfway leaving no connection checked out and no transaction open.
 */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMAIL_TEMPLATES } from '@/emails'
import type { Platform, SubscriptionTier, Vendor, VendorSubscription } from '@/payload-types'
import { syncStripeStatus } from '@/services/billing/stripeStatusSync'
import * as tables from '@/services/db/tables'
import { assertVendorWritable } from '@/services/subscriptions/readOnly'
import { resetPeriodIfNew } from '@/services/subscriptions/subscriptionRows'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { poolState, queuedJobs, rawDb, runTask } from '../../helpers/jobRuns'
import { rest, testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let platform: Platform
let tier: SubscriptionTier

const NOW = new Date('2026-12-07T10:00:00.000Z')
const DAY = 86_400_000
const s = tables.vendorSubscriptions
const db = () => rawDb(payload)

const iso = (date: Date | number) => new Date(date).toISOString()

/** Writes columns of a subscription row as the app's own SQL does (the collection refuses app-only fields). */
async function setRow(id: number, fields: Record<string, unknown>) {
  const sets = Object.entries(fields).map(
    ([column, value]) =>
      sql`${sql.raw(column)} = ${value === null ? sql`NULL` : value instanceof Date ? sql`${iso(value)}::timestamptz` : value}`,
  )
  await db().execute(sql`UPDATE ${s} SET ${sql.join(sets, sql`, `)} WHERE ${s.id} = ${id}`)
}

const row = (id: number): Promise<VendorSubscription> =>
  payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0 })

async function subscriptionOf(vendor: Vendor): Promise<VendorSubscription> {
  const { docs } = await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })
  return docs[0]
}

async function vendorWithOwner(locale?: 'fr' | 'de') {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { user, token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  // The language the owner chose in the admin, saved as the admin saves it.
  if (locale)
    expect(
      (await rest('POST', '/api/payload-preferences/admin-language', { token, body: { value: locale } })).status,
    ).toBe(200)
  return { vendor, owner: user, subscription: await subscriptionOf(vendor) }
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ standIn, stripe } = await stripeStandIn('jobs'))
  ;({ platform } = await createPlatform(payload))
  tier = await pricedTier(payload, stripe, platform)
})

afterAll(async () => {
  await standIn?.close()
})

describe('resetPeriodCounters', () => {
  it('rolls every ended period in one run, Stripe-billed ones to Stripe’s start, and a second run changes nothing', async () => {
    const own = (await vendorWithOwner()).subscription
    const onStripe = (await vendorWithOwner()).subscription
    const current = (await vendorWithOwner()).subscription
    const expired = (await vendorWithOwner()).subscription
    await setRow(own.id, {
      status: 'active',
      current_period_start: new Date('2026-08-15T00:00:00Z'),
      current_period_end: new Date('2026-09-15T00:00:00Z'),
      orders_this_period: 7,
    })
    await setRow(onStripe.id, {
      status: 'active',
      stripe_subscription_id: `sub_${uid()}`,
      current_period_start: new Date('2026-11-01T00:00:00Z'),
      current_period_end: new Date('2026-12-01T00:00:00Z'),
      orders_this_period: 5,
    })
    await setRow(current.id, {
      status: 'active',
      current_period_start: new Date('2026-11-20T00:00:00Z'),
      current_period_end: new Date('2026-12-20T00:00:00Z'),
      orders_this_period: 3,
    })
    await setRow(expired.id, {
      status: 'expired',
      current_period_start: new Date('2026-10-01T00:00:00Z'),
      current_period_end: new Date('2026-11-01T00:00:00Z'),
      orders_this_period: 9,
    })

    const first = await runTask(payload, 'resetPeriodCounters', { now: iso(NOW) })
    expect(first).toMatchObject({ status: 'success', error: null })
    // Three months missed: one roll to the period containing now, from the old anchor.
    expect(await row(own.id)).toMatchObject({
      ordersThisPeriod: 0,
      currentPeriodStart: '2026-11-15T00:00:00.000Z',
      currentPeriodEnd: '2026-12-15T00:00:00.000Z',
    })
    expect(await row(onStripe.id)).toMatchObject({
      ordersThisPeriod: 0,
      currentPeriodStart: '2026-12-01T00:00:00.000Z',
      currentPeriodEnd: '2026-12-01T00:00:00.000Z',
    })
    expect((await row(current.id)).ordersThisPeriod).toBe(3)
    expect((await row(expired.id)).ordersThisPeriod).toBe(9)

    const snapshot = await Promise.all([own.id, onStripe.id, current.id, expired.id].map(row))
    await setRow(own.id, { orders_this_period: 2 })
    await setRow(onStripe.id, { orders_this_period: 1 })
    const second = await runTask(payload, 'resetPeriodCounters', { now: iso(NOW.getTime() + 60_000) })
    expect(second.status).toBe('success')
    expect((await row(own.id)).ordersThisPeriod).toBe(2)
    expect((await row(onStripe.id)).ordersThisPeriod).toBe(1)
    expect((await row(current.id)).updatedAt).toBe(snapshot[2].updatedAt)

    // Stripe's webhook bringing the same new period later does not reset it again (whichever comes first, once).
    const req = await createLocalReq({}, payload)
    expect(await resetPeriodIfNew(req, onStripe.id, '2026-12-01T00:00:00.000Z')).toBe(false)
    expect((await row(onStripe.id)).ordersThisPeriod).toBe(1)
  })
})

describe('checkTrialExpirations', () => {
  it('reminds once per trial in the owner’s language, ends trials not on Stripe, leaves Stripe’s to Stripe', async () => {
    const soon = await vendorWithOwner('fr')
    const later = await vendorWithOwner()
    const withCard = await vendorWithOwner()
    const withoutCard = await vendorWithOwner('de')
    const onStripe = await vendorWithOwner()
    const trialEnd = new Date(NOW.getTime() + 2 * DAY)
    await setRow(soon.subscription.id, { status: 'trialing', trial_ends_at: trialEnd })
    await setRow(later.subscription.id, { status: 'trialing', trial_ends_at: new Date(NOW.getTime() + 10 * DAY) })
    await setRow(withCard.subscription.id, {
      status: 'trialing',
      trial_ends_at: new Date(NOW.getTime() - 3_600_000),
      stripe_customer_id: `cus_${uid()}`,
      orders_this_period: 4,
    })
    await setRow(withoutCard.subscription.id, { status: 'trialing', trial_ends_at: new Date(NOW.getTime() - 60_000) })
    await setRow(onStripe.subscription.id, {
      status: 'trialing',
      trial_ends_at: new Date(NOW.getTime() - 60_000),
      stripe_customer_id: `cus_${uid()}`,
      stripe_subscription_id: `sub_${uid()}`,
    })

    const mailsBefore = (await queuedJobs(payload, 'sendEmail')).length
    expect(await runTask(payload, 'checkTrialExpirations', { now: iso(NOW) })).toMatchObject({
      status: 'success',
      error: null,
    })

    const mails = (await queuedJobs(payload, 'sendEmail')).slice(mailsBefore)
    const toSoon = mails.filter((job) => (job.input as { to: string }).to === soon.owner.email)
    expect(toSoon).toHaveLength(1)
    const input = toSoon[0].input as { mailId: string; locale: string; template: string; vars: unknown }
    expect(input).toMatchObject({
      template: 'trialWillEnd',
      locale: 'fr',
      mailId: `trial-will-end:${soon.subscription.id}:${iso(trialEnd)}`,
      vars: { trialEndsAt: iso(trialEnd), hasCard: false, vendorName: soon.vendor.name },
    })
    const vars = EMAIL_TEMPLATES.trialWillEnd.vars.parse(input.vars)
    const rendered = EMAIL_TEMPLATES.trialWillEnd.render({
      locale: 'fr',
      branding: { name: platform.name, primaryColor: '', logoUrl: null },
      vars,
    })
    expect(rendered.subject).toMatch(/Votre essai/)
    expect(rendered.text).toMatch(/lecture seule/)
    expect(mails.some((job) => (job.input as { to: string }).to === later.owner.email)).toBe(false)

    expect(await row(withCard.subscription.id)).toMatchObject({
      status: 'active',
      ordersThisPeriod: 0,
      currentPeriodStart: iso(NOW.getTime() - 3_600_000),
    })
    expect((await row(withoutCard.subscription.id)).status).toBe('expired')
    const req = await createLocalReq({}, payload)
    await expect(assertVendorWritable(req, withoutCard.vendor.id, platform.id)).rejects.toThrow(/expired/)
    expect((await row(onStripe.subscription.id)).status).toBe('trialing')

    // Run twice: no second reminder, nothing changes.
    const snapshot = await Promise.all(
      [soon, withCard, withoutCard, onStripe].map((entry) => row(entry.subscription.id)),
    )
    expect((await runTask(payload, 'checkTrialExpirations', { now: iso(NOW.getTime() + 3_600_000) })).status).toBe(
      'success',
    )
    expect((await queuedJobs(payload, 'sendEmail')).length).toBe(mailsBefore + mails.length)
    const after = await Promise.all([soon, withCard, withoutCard, onStripe].map((entry) => row(entry.subscription.id)))
    expect(after.map((r) => [r.status, r.updatedAt])).toEqual(snapshot.map((r) => [r.status, r.updatedAt]))

    // A moved trial end is another trial: one more reminder.
    await setRow(soon.subscription.id, { trial_ends_at: new Date(NOW.getTime() + 2.5 * DAY) })
    await runTask(payload, 'checkTrialExpirations', { now: iso(NOW.getTime() + 7_200_000) })
    expect(
      (await queuedJobs(payload, 'sendEmail')).filter((job) => (job.input as { to: string }).to === soon.owner.email),
    ).toHaveLength(2)
  })
})

describe('syncStripeStatus', () => {
  it('lists Stripe page by page, fixes and logs drift, and a second run finds nothing', async () => {
    const billed = [
      await billedVendor(payload, stripe, platform, tier),
      await billedVendor(payload, stripe, platform, tier),
      await billedVendor(payload, stripe, platform, tier),
    ]
    const req = await createLocalReq({}, payload)
    await syncStripeStatus(req, NOW) // align the rows with Stripe first
    await setRow(billed[0].row.id, { status: 'past_due' })
    await setRow(billed[1].row.id, { trial_ends_at: new Date('2020-01-01T00:00:00Z') })
    const listCalls = () => standIn.requests.filter((r) => r.method === 'GET' && r.path === '/v1/subscriptions').length
    const retrieveCalls = () =>
      standIn.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v1/subscriptions/')).length
    const [listsBefore, retrievesBefore] = [listCalls(), retrieveCalls()]

    const result = await syncStripeStatus(req, NOW, { pageSize: 2 })
    expect(result.pages).toBeGreaterThanOrEqual(2)
    expect(result.pages).toBe(listCalls() - listsBefore)
    expect(retrieveCalls()).toBe(retrievesBefore) // never one call per vendor
    expect(result.fixed).toBe(2)
    expect((await row(billed[0].row.id)).status).toBe('trialing')
    expect((await row(billed[1].row.id)).trialEndsAt).not.toBe('2020-01-01T00:00:00.000Z')

    expect((await syncStripeStatus(req, NOW, { pageSize: 2 })).fixed).toBe(0)
  })

  it('Stripe unreachable: the task fails with nothing changed and no connection held, is retried, then succeeds', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await setRow(billed.row.id, { status: 'past_due' })
    const before = await poolState(payload)
    standIn.failNext('GET /v1/subscriptions', 500)
    const failed = await runTask(payload, 'syncStripeStatus', { now: iso(NOW) })
    expect(failed.status).toBe('error')
    expect((await row(billed.row.id)).status).toBe('past_due')
    expect(await poolState(payload)).toEqual({ checkedOut: before.checkedOut, idleInTransaction: 0 })

    const job = await payload.findByID({ collection: 'payload-jobs', id: failed.job.id, depth: 0 })
    expect(job).toMatchObject({ totalTried: 1, hasError: false, processing: false })
    // Exponential backoff: not before 5 minutes.
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now() + 4 * 60_000)
    expect((await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })).jobStatus?.[job.id]).toBe(
      undefined,
    )

    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    const retried = await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
    expect(retried.jobStatus?.[job.id]?.status).toBe('success')
    expect((await row(billed.row.id)).status).toBe('trialing')
  })
})

describe('cleanupStale', () => {
  const session = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'signup-sessions',
      data: { token: `t${uid()}`, billingPeriod: 'monthly', platform: platform.id, tier: tier.id, ...data } as never,
    })
  const exists = async (collection: 'signup-sessions' | 'stripe-events', id: number) =>
    (await payload.find({ collection, where: { id: { equals: id } }, depth: 0 })).totalDocs === 1
  const event = (processedAt: Date | null, receivedAt: Date) =>
    payload.create({
      collection: 'stripe-events',
      data: {
        eventId: `evt_${uid()}`,
        type: 'customer.updated',
        payload: {},
        receivedAt: iso(receivedAt),
        processedAt: processedAt ? iso(processedAt) : null,
      },
    })

  it('deletes expired signups (shop released, Stripe customer gone), old processed events; twice = once', async () => {
    const customer = await stripe.customers.create({ email: 'abandoned@example.test' })
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: tier.stripePriceMonthly! }],
      trial_period_days: 30,
    })
    const abandoned = await session({
      expiresAt: iso(NOW.getTime() - 3_600_000),
      stripeCustomerId: customer.id,
      letzshopVendorId: `lz-${uid()}`,
    })
    const completedVendor = await createVendor(payload, [])
    const completed = await session({ expiresAt: iso(NOW.getTime() - DAY), completedVendor: completedVendor.id })
    const live = await session({ expiresAt: iso(NOW.getTime() + 3_600_000), letzshopVendorId: `lz-${uid()}` })
    const oldProcessed = await event(new Date(NOW.getTime() - 100 * DAY), new Date(NOW.getTime() - 100 * DAY))
    const recentProcessed = await event(new Date(NOW.getTime() - 10 * DAY), new Date(NOW.getTime() - 10 * DAY))
    const oldUnprocessed = await event(null, new Date(NOW.getTime() - 100 * DAY))

    const first = await runTask(payload, 'cleanupStale', { now: iso(NOW) })
    expect(first.status).toBe('success')
    expect(await exists('signup-sessions', abandoned.id)).toBe(false)
    expect(await exists('signup-sessions', completed.id)).toBe(true)
    expect(await exists('signup-sessions', live.id)).toBe(true)
    expect(standIn.state.customers.get(customer.id)?.deleted).toBe(true)
    expect(standIn.state.subscriptions.get(subscription.id)?.status).toBe('canceled')
    expect(await exists('stripe-events', oldProcessed.id)).toBe(false)
    expect(await exists('stripe-events', recentProcessed.id)).toBe(true)
    expect(await exists('stripe-events', oldUnprocessed.id)).toBe(true)

    const deletes = standIn.requests.filter((r) => r.method === 'DELETE').length
    const second = await runTask(payload, 'cleanupStale', { now: iso(NOW.getTime() + 60_000) })
    expect(second.status).toBe('success')
    expect(standIn.requests.filter((r) => r.method === 'DELETE').length).toBe(deletes)
    expect(await exists('signup-sessions', completed.id)).toBe(true)
    expect(await exists('stripe-events', recentProcessed.id)).toBe(true)
  })

  it('Stripe failing halfway: nothing deleted, no connection or transaction left, the retry finishes', async () => {
    const customers = [
      await stripe.customers.create({ email: 'a@example.test' }),
      await stripe.customers.create({ email: 'b@example.test' }),
    ]
    const sessions = [
      await session({ expiresAt: iso(NOW.getTime() - 3_600_000), stripeCustomerId: customers[0].id }),
      await session({ expiresAt: iso(NOW.getTime() - 3_600_000), stripeCustomerId: customers[1].id }),
    ]
    const before = await poolState(payload)
    standIn.failNext(`DELETE /v1/customers/${customers[1].id}`, 500)
    const failed = await runTask(payload, 'cleanupStale', { now: iso(NOW) })
    expect(failed.status).toBe('error')
    expect(await poolState(payload)).toEqual({ checkedOut: before.checkedOut, idleInTransaction: 0 })
    expect(await exists('signup-sessions', sessions[0].id)).toBe(true)
    expect(await exists('signup-sessions', sessions[1].id)).toBe(true)

    const retried = await runTask(payload, 'cleanupStale', { now: iso(NOW) })
    expect(retried.status).toBe('success')
    expect(await exists('signup-sessions', sessions[0].id)).toBe(false)
    expect(await exists('signup-sessions', sessions[1].id)).toBe(false)
    expect(customers.every((c) => standIn.state.customers.get(c.id)?.deleted)).toBe(true)
  })
})
