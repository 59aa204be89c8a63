import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'
import { getTierInfo } from '@/services/tiers/getTierInfo'

import { createPage, createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let entry: SubscriptionTier
let pro: SubscriptionTier

const subscriptionOf = async (vendorId: number) =>
  (await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendorId } }, depth: 0 })).docs

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform,
    tiers: [entry, pro],
  } = await createPlatform(payload, [
    { code: 'essential', limits: { cmsPages: 1 }, features: ['cms_basic'] },
    { code: 'pro', limits: { cmsPages: 5 }, features: ['cms_basic', 'cms_custom_pages'] },
  ]))
  for (const slug of ['about', 'shipping', 'returns', 'contact']) await createPage(payload, { platform, slug })
})

describe('getTierInfo', () => {
  it('answers from the database first', async () => {
    const tier = await getTierInfo(payload, platform.id, 'essential')
    expect(tier).toMatchObject({
      id: entry.id,
      code: 'essential',
      source: 'database',
      limits: { cmsPages: 1, products: null },
    })
  })

  it('falls back to the built-in OMS table when the database has no such tier, and logs it', async () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    const tier = await getTierInfo(payload, platform.id, 'business')
    expect(tier).toMatchObject({ id: null, code: 'business', name: 'Business', source: 'legacy', priceMonthly: 14900 })
    expect(tier?.limits.products).toBe(5000)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Tier "business" is not in the database'))
    warn.mockRestore()
  })

  it('answers null for a code nobody knows', async () => {
    expect(await getTierInfo(payload, platform.id, 'platinum')).toBeNull()
  })
})

describe('trial on join', () => {
  it('creates a 30-day trial on the entry tier when a vendor joins a platform', async () => {
    const before = Date.now()
    const vendor = await createVendor(payload, [{ platform }])
    const [subscription] = await subscriptionOf(vendor.id)
    expect(subscription).toMatchObject({
      status: 'trialing',
      tier: entry.id,
      platform: platform.id,
      ordersThisPeriod: 0,
    })
    const days = (new Date(subscription.trialEndsAt!).getTime() - before) / 86_400_000
    expect(days).toBeGreaterThan(29.99)
    expect(days).toBeLessThan(30.01)
  })

  it('starts on the tier chosen on the membership', async () => {
    const vendor = await createVendor(payload, [{ platform, tier: pro }])
    expect((await subscriptionOf(vendor.id))[0].tier).toBe(pro.id)
  })

  it('rolls the membership back when no trial can be created', async () => {
    const { platform: bare } = await createPlatform(payload, [])
    const vendor = await createVendor(payload, [])
    await expect(
      payload.create({ collection: 'vendor-platforms', data: { vendor: vendor.id, platform: bare.id } }),
    ).rejects.toThrow(/no subscription tiers yet/)
    const memberships = await payload.count({
      collection: 'vendor-platforms',
      where: { vendor: { equals: vendor.id } },
    })
    expect(memberships.totalDocs).toBe(0)
  })
})

describe('add-ons and subscription state', () => {
  it('an add-on raises the limit it names', async () => {
    const vendor = await createVendor(payload, [{ platform }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const create = (slug: string) =>
      rest('POST', '/api/content-pages', {
        token,
        body: { platform: platform.id, vendor: vendor.id, slug, title: slug, _status: 'published' },
      })
    expect((await create('about')).status).toBe(201)
    expect((await create('shipping')).status).toBe(403)

    const pack = await payload.create({
      collection: 'add-ons',
      data: {
        platform: platform.id,
        code: `pages-${vendor.id}`,
        name: 'Two more pages',
        price: 500,
        interval: 'month',
        raises: { limit: 'cmsPages', amount: 2 },
      },
    })
    const [subscription] = await subscriptionOf(vendor.id)
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { addOns: [pack.id] } })
    expect((await create('shipping')).status).toBe(201)
    expect((await create('returns')).status).toBe(201)
    const over = await create('contact')
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toContain('allows 3 pages')
  })

  it.each(['expired', 'canceled'] as const)('a %s subscription makes the vendor read-only', async (status) => {
    const vendor = await createVendor(payload, [{ platform, tier: pro }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const page = await createPage(payload, { platform, vendor, slug: 'about', title: 'Kept' })
    const [subscription] = await subscriptionOf(vendor.id)
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status } })

    const created = await rest('POST', '/api/content-pages', {
      token,
      body: { platform: platform.id, vendor: vendor.id, slug: 'shipping', title: 'New', _status: 'published' },
    })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toContain(
      `Your Tier 1 subscription is ${status}: your data is read-only until you renew it.`,
    )
    const read = await rest('GET', `/api/content-pages/${page.id}`, { token })
    expect(read.status).toBe(200)
  })

  it('vendors read their own subscription but cannot change it', async () => {
    const vendor = await createVendor(payload, [{ platform }])
    const other = await createVendor(payload, [{ platform }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const list = await rest('GET', '/api/vendor-subscriptions?depth=0', { token })
    expect(list.body.docs.map((doc: { vendor: number }) => doc.vendor)).toEqual([vendor.id])
    const [own] = await subscriptionOf(vendor.id)
    const upgrade = await rest('PATCH', `/api/vendor-subscriptions/${own.id}`, { token, body: { tier: pro.id } })
    expect(upgrade.status).toBe(403)
    const [foreign] = await subscriptionOf(other.id)
    expect((await rest('GET', `/api/vendor-subscriptions/${foreign.id}`, { token })).status).toBe(404)
  })
})
