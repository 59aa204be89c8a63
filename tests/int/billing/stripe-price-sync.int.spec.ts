import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { AddOn, PayloadJob, Platform, SubscriptionTier } from '@/payload-types'
import { stripeClient } from '@/services/stripe/client'

import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { uid } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let standIn: StripeStandIn
let platform: Platform

const STRIPE_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_price_sync',
  STRIPE_MAX_NETWORK_RETRIES: '0',
  STRIPE_TIMEOUT_MS: '1500',
}

/** The sync jobs queued for one row (other spec files share the database and queue jobs of their own). */
async function jobsFor(collection: 'subscription-tiers' | 'add-ons', id: number): Promise<PayloadJob[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'syncStripePrices' } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return docs.filter((job) => {
    const input = job.input as { collection?: string; id?: string } | null
    return input?.collection === collection && input?.id === String(id)
  })
}

/** Runs this row's due sync jobs, as the worker would. */
async function runJobsFor(collection: 'subscription-tiers' | 'add-ons', id: number) {
  const ids = (await jobsFor(collection, id)).map((job) => job.id)
  if (ids.length > 0) await payload.jobs.run({ where: { id: { in: ids } }, silent: true })
}

const productsOf = (productId: string) =>
  [...standIn.state.products.values()].filter((product) => product.id === productId)
const pricesOf = (productId: string) =>
  [...standIn.state.prices.values()].filter((price) => price.product === productId)

const tier = (id: number) =>
  payload.findByID({ collection: 'subscription-tiers', id, depth: 0 }) as Promise<SubscriptionTier>
const addOn = (id: number) => payload.findByID({ collection: 'add-ons', id, depth: 0 }) as Promise<AddOn>

async function createTier(
  code = `pro-${uid()}`,
  prices: { priceMonthly: number; priceAnnual: number } = { priceMonthly: 4900, priceAnnual: 49000 },
) {
  return payload.create({
    collection: 'subscription-tiers',
    data: { platform: platform.id, code, name: `Tier ${code}`, ...prices, features: ['cms_basic'] },
  })
}

beforeAll(async () => {
  standIn = await startStripeStandIn({ port: 0 })
  Object.assign(process.env, STRIPE_ENV, { STRIPE_API_URL: standIn.url })
  payload = await testPayload()
  const code = `ps${uid()}`
  platform = await payload.create({
    collection: 'platforms',
    data: { code, name: `Platform ${code}`, domains: [{ domain: `${code}.test` }] },
  })
})

afterAll(async () => {
  // Leave no sync job behind for specs that run the whole queue.
  await payload?.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'syncStripePrices' } } })
  await standIn?.close()
})

describe('a tier saved without Stripe prices', () => {
  it('queues the sync job in the save; running it stores one product and two prices; running again changes nothing', async () => {
    const created = await createTier()
    expect(created.stripePriceMonthly ?? null).toBeNull()
    const queued = await jobsFor('subscription-tiers', created.id)
    expect(queued).toHaveLength(1)
    expect(queued[0].input).toEqual({ collection: 'subscription-tiers', id: String(created.id) })

    await runJobsFor('subscription-tiers', created.id)
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)
    const synced = await tier(created.id)
    const productId = `lsp-tier-${platform.code}-${created.code}`
    expect(productsOf(productId)).toHaveLength(1)
    const prices = pricesOf(productId)
    expect(prices.map((price) => [price.unit_amount, price.recurring?.interval]).sort()).toEqual([
      [4900, 'month'],
      [49000, 'year'],
    ])
    expect(synced.stripePriceMonthly).toBe(prices.find((price) => price.recurring?.interval === 'month')!.id)
    expect(synced.stripePriceAnnual).toBe(prices.find((price) => price.recurring?.interval === 'year')!.id)
    // The write-back queued nothing.
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)

    // The same job queued again (a double queue, or two workers) is a no-op.
    const requests = standIn.requests.length
    const again = await payload.jobs.queue({
      task: 'syncStripePrices',
      input: { collection: 'subscription-tiers', id: String(created.id) },
    })
    await payload.jobs.run({ where: { id: { equals: again.id } }, silent: true })
    expect(standIn.requests.length).toBe(requests)
    expect(await tier(created.id)).toMatchObject({
      stripePriceMonthly: synced.stripePriceMonthly,
      stripePriceAnnual: synced.stripePriceAnnual,
      updatedAt: synced.updatedAt,
    })
    expect(pricesOf(productId)).toHaveLength(2)
    expect(productsOf(productId)).toHaveLength(1)
  })

  it('a changed monthly amount gets a new monthly price; the old one stays in Stripe, the annual is untouched', async () => {
    const created = await createTier()
    await runJobsFor('subscription-tiers', created.id)
    const before = await tier(created.id)

    const edited = await payload.update({
      collection: 'subscription-tiers',
      id: created.id,
      data: { priceMonthly: 5900 },
    })
    expect(edited.stripePriceMonthly ?? null).toBeNull()
    expect(edited.stripePriceAnnual).toBe(before.stripePriceAnnual)
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(1)
    await runJobsFor('subscription-tiers', created.id)

    const after = await tier(created.id)
    expect(after.stripePriceAnnual).toBe(before.stripePriceAnnual)
    expect(after.stripePriceMonthly).toBeTruthy()
    expect(after.stripePriceMonthly).not.toBe(before.stripePriceMonthly)
    const productId = `lsp-tier-${platform.code}-${created.code}`
    expect(standIn.state.prices.get(after.stripePriceMonthly!)).toMatchObject({
      unit_amount: 5900,
      recurring: expect.objectContaining({ interval: 'month' }),
      product: productId,
    })
    // The old price stays, for the subscriptions on it.
    expect(standIn.state.prices.get(before.stripePriceMonthly!)).toMatchObject({ unit_amount: 4900, active: true })
    expect(pricesOf(productId)).toHaveLength(3)
    expect(productsOf(productId)).toHaveLength(1)
  })

  it('saving without touching the amounts queues nothing; a free tier queues nothing and gets no price', async () => {
    const created = await createTier()
    await runJobsFor('subscription-tiers', created.id)
    await payload.update({ collection: 'subscription-tiers', id: created.id, data: { name: 'Renamed' } })
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)

    const free = await createTier(`free-${uid()}`, { priceMonthly: 0, priceAnnual: 0 })
    expect(await jobsFor('subscription-tiers', free.id)).toHaveLength(0)
    expect(pricesOf(`lsp-tier-${platform.code}-${free.code}`)).toHaveLength(0)
  })

  it('a tier with only a monthly amount gets only a monthly price', async () => {
    const created = await createTier(`monthly-${uid()}`, { priceMonthly: 1500, priceAnnual: 0 })
    await runJobsFor('subscription-tiers', created.id)
    const synced = await tier(created.id)
    expect(synced.stripePriceMonthly).toBeTruthy()
    expect(synced.stripePriceAnnual ?? null).toBeNull()
    expect(pricesOf(`lsp-tier-${platform.code}-${created.code}`)).toHaveLength(1)
  })

  it('a save rolled back queues nothing: the job is queued in the save’s transaction', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const created = await payload.create({
      collection: 'subscription-tiers',
      req,
      data: { platform: platform.id, code: `rb-${uid()}`, name: 'Rolled back', priceMonthly: 700, priceAnnual: 0 },
    })
    const inside = (
      await payload.find({
        collection: 'payload-jobs',
        req,
        where: { taskSlug: { equals: 'syncStripePrices' } },
        limit: 0,
        pagination: false,
      })
    ).docs
    expect(
      inside.filter(
        (job) =>
          (job.input as { id?: string }).id === String(created.id) &&
          (job.input as { collection?: string }).collection === 'subscription-tiers',
      ),
    ).toHaveLength(1)
    await killTransaction(req)
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)
  })
})

describe('edits and the queue', () => {
  it('two edits before the worker runs share one waiting job, which stores the latest amount', async () => {
    const created = await createTier()
    await payload.update({ collection: 'subscription-tiers', id: created.id, data: { priceMonthly: 5100 } })
    await payload.update({ collection: 'subscription-tiers', id: created.id, data: { priceMonthly: 5200 } })
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(1)
    await runJobsFor('subscription-tiers', created.id)
    const synced = await tier(created.id)
    expect(standIn.state.prices.get(synced.stripePriceMonthly!)).toMatchObject({ unit_amount: 5200 })
    expect(
      pricesOf(`lsp-tier-${platform.code}-${created.code}`)
        .map((price) => price.unit_amount)
        .sort((a, b) => a - b),
    ).toEqual([5200, 49000])
  })

  it('an amount edited while the job talks to Stripe: the job does not store the old price; the edit’s own job stores the new one', async () => {
    const created = await createTier()
    const stripe = stripeClient()
    const create = stripe.prices.create.bind(stripe.prices)
    let edited = false
    const spy = vi.spyOn(stripe.prices, 'create').mockImplementation(async (...args: Parameters<typeof create>) => {
      if (!edited) {
        edited = true
        await payload.update({ collection: 'subscription-tiers', id: created.id, data: { priceMonthly: 6100 } })
      }
      return create(...args)
    })
    try {
      await runJobsFor('subscription-tiers', created.id)
    } finally {
      spy.mockRestore()
    }
    const meanwhile = await tier(created.id)
    expect(meanwhile.priceMonthly).toBe(6100)
    expect(meanwhile.stripePriceMonthly ?? null).toBeNull()
    expect(meanwhile.stripePriceAnnual).toBeTruthy()
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(1)

    await runJobsFor('subscription-tiers', created.id)
    const synced = await tier(created.id)
    expect(standIn.state.prices.get(synced.stripePriceMonthly!)).toMatchObject({
      unit_amount: 6100,
      recurring: expect.objectContaining({ interval: 'month' }),
    })
    expect(synced.stripePriceAnnual).toBe(meanwhile.stripePriceAnnual)
  })
})

describe('an add-on', () => {
  it('gets its product and price by the job; a changed price gets a new one and the old one stays', async () => {
    const code = `extra-${uid()}`
    const created = await payload.create({
      collection: 'add-ons',
      data: { platform: platform.id, code, name: 'Extra pages', price: 900, interval: 'month' },
    })
    expect(await jobsFor('add-ons', created.id)).toHaveLength(1)
    await runJobsFor('add-ons', created.id)
    const productId = `lsp-addon-${platform.code}-${code}`
    const first = await addOn(created.id)
    expect(standIn.state.prices.get(first.stripePrice!)).toMatchObject({ unit_amount: 900, product: productId })
    expect(productsOf(productId)).toHaveLength(1)

    await runJobsFor('add-ons', created.id)
    expect(pricesOf(productId)).toHaveLength(1)

    await payload.update({ collection: 'add-ons', id: created.id, data: { price: 1200 } })
    await runJobsFor('add-ons', created.id)
    const second = await addOn(created.id)
    expect(second.stripePrice).not.toBe(first.stripePrice)
    expect(standIn.state.prices.get(second.stripePrice!)).toMatchObject({ unit_amount: 1200 })
    expect(standIn.state.prices.get(first.stripePrice!)).toMatchObject({ unit_amount: 900, active: true })
    expect(pricesOf(productId)).toHaveLength(2)
  })

  it('a one-time add-on gets a one-time price', async () => {
    const code = `setup-${uid()}`
    const created = await payload.create({
      collection: 'add-ons',
      data: { platform: platform.id, code, name: 'Setup', price: 25000, interval: 'once' },
    })
    await runJobsFor('add-ons', created.id)
    const synced = await addOn(created.id)
    expect(standIn.state.prices.get(synced.stripePrice!)).toMatchObject({ unit_amount: 25000, recurring: null })
  })
})

describe('Stripe unavailable', () => {
  it('without STRIPE_SECRET_KEY nothing is queued', async () => {
    const key = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      const created = await createTier()
      expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)
      const extra = await payload.create({
        collection: 'add-ons',
        data: { platform: platform.id, code: `x-${uid()}`, name: 'X', price: 500, interval: 'month' },
      })
      expect(await jobsFor('add-ons', extra.id)).toHaveLength(0)
    } finally {
      process.env.STRIPE_SECRET_KEY = key
    }
  })

  it('Stripe failing: the job fails and is retried after a backoff; the retry stores the prices', async () => {
    const created = await createTier()
    standIn.failNext('GET /v1/prices', 500)
    const started = Date.now()
    await runJobsFor('subscription-tiers', created.id)

    const [failed] = await jobsFor('subscription-tiers', created.id)
    expect(failed).toBeDefined()
    expect(failed.totalTried).toBe(1)
    expect(failed.hasError).toBe(false)
    expect(failed.completedAt ?? null).toBeNull()
    expect(new Date(failed.waitUntil!).getTime()).toBeGreaterThanOrEqual(started + 59_000)
    expect((await tier(created.id)).stripePriceMonthly ?? null).toBeNull()

    // Not due yet: the queue leaves it alone.
    await runJobsFor('subscription-tiers', created.id)
    expect((await jobsFor('subscription-tiers', created.id))[0].totalTried).toBe(1)

    // Time passes.
    await payload.update({
      collection: 'payload-jobs',
      id: failed.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJobsFor('subscription-tiers', created.id)
    expect(await jobsFor('subscription-tiers', created.id)).toHaveLength(0)
    const synced = await tier(created.id)
    expect(synced.stripePriceMonthly).toBeTruthy()
    expect(synced.stripePriceAnnual).toBeTruthy()
    expect(pricesOf(`lsp-tier-${platform.code}-${created.code}`)).toHaveLength(2)
  })

  it('a key removed after queueing: the job fails with the 503 message naming STRIPE_SECRET_KEY and stays queued', async () => {
    const created = await createTier()
    const key = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      await runJobsFor('subscription-tiers', created.id)
    } finally {
      process.env.STRIPE_SECRET_KEY = key
    }
    const [failed] = await jobsFor('subscription-tiers', created.id)
    expect(failed.hasError).toBe(false)
    expect(failed.totalTried).toBe(1)
    expect(JSON.stringify(failed.log)).toContain("Payments are unavailable: the server's STRIPE_SECRET_KEY is not set")

    await payload.update({
      collection: 'payload-jobs',
      id: failed.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJobsFor('subscription-tiers', created.id)
    expect((await tier(created.id)).stripePriceMonthly).toBeTruthy()
  })
})
