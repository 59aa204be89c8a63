import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { createOrder } from '@/services/orders/createOrder'

import { createPlatform, createUser, createVendor, omsPlatform } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let small: SubscriptionTier
let basic: SubscriptionTier

async function shop(tier: SubscriptionTier = small) {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  return { vendor, token }
}

const product = (token: string, vendor: Vendor, sku: string, price: unknown = 1250) =>
  rest('POST', '/api/products', {
    token,
    body: { vendor: vendor.id, platform: platform.id, title: `Product ${sku}`, sku, price },
  })

const order = (token: string, vendor: Vendor, extra: Record<string, unknown> = {}) =>
  rest('POST', '/api/orders', {
    token,
    body: {
      vendor: vendor.id,
      platform: platform.id,
      customerName: 'Anne Muller',
      lines: [
        { description: 'Wallet', quantity: 2, unitPrice: 3450 },
        { description: 'Belt', quantity: 1, unitPrice: 5900 },
      ],
      ...extra,
    },
  })

const ordersThisPeriod = async (vendor: Vendor) =>
  (await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })).docs[0]
    .ordersThisPeriod

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform,
    tiers: [small, basic],
  } = await omsPlatform(payload, [
    { code: 'small', limits: { products: 3, ordersPerMonth: 3 }, features: ['cms_basic', 'letzshop_sync'] },
    { code: 'basic', limits: { ordersPerMonth: 10 }, features: ['cms_basic'] },
  ]))
})

describe('products', () => {
  it('allows products up to the limit and refuses the next with 403 naming limit and tier', async () => {
    const { vendor, token } = await shop()
    for (const sku of ['a', 'b', 'c']) expect((await product(token, vendor, sku)).status).toBe(201)
    const over = await product(token, vendor, 'd')
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toBe(
      'Product limit reached: your Tier 0 plan allows 3 products (products). Upgrade or archive products.',
    )
  })

  it('holds under concurrent creates', async () => {
    const { vendor, token } = await shop()
    const statuses = (await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((sku) => product(token, vendor, sku)))).map(
      (r) => r.status,
    )
    expect(statuses.sort()).toEqual([201, 201, 201, 403, 403, 403])
    expect((await payload.count({ collection: 'products', where: { vendor: { equals: vendor.id } } })).totalDocs).toBe(
      3,
    )
  })

  it('answers bad input with 400', async () => {
    const { vendor, token } = await shop()
    expect((await product(token, vendor, 'neg', -5)).status).toBe(400)
    expect((await product(token, vendor, 'float', 12.5)).status).toBe(400)
    expect((await product(token, vendor, 'dup')).status).toBe(201)
    expect((await product(token, vendor, 'dup')).status).toBe(400)
  })

  it("keeps vendors apart: no reading, changing, deleting or creating another vendor's products", async () => {
    const alice = await shop()
    const bob = await shop()
    const bobsProduct = await product(bob.token, bob.vendor, 'bob-1')
    const id = bobsProduct.body.doc.id
    const list = await rest('GET', '/api/products?depth=0&limit=100', { token: alice.token })
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(id)
    expect((await rest('GET', `/api/products/${id}`, { token: alice.token })).status).toBe(404)
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/products/${id}`, { token: alice.token, body: { price: 1 } })).status,
    )
    expect([403, 404]).toContain((await rest('DELETE', `/api/products/${id}`, { token: alice.token })).status)
    expect((await product(alice.token, bob.vendor, 'fake')).status).toBe(403)
    expect((await rest('GET', '/api/products')).status).toBe(403)
  })
})

describe('orders', () => {
  it('computes totals on the server and counts the order in the period', async () => {
    const { vendor, token } = await shop()
    const response = await order(token, vendor, {
      total: 1,
      lines: [{ description: 'Wallet', quantity: 3, unitPrice: 3450, lineTotal: 1 }],
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.total).toBe(10350)
    expect(response.body.doc.lines[0].lineTotal).toBe(10350)
    expect(await ordersThisPeriod(vendor)).toBe(1)
  })

  it('refuses the order beyond ordersPerMonth, counting nothing for it', async () => {
    const { vendor, token } = await shop()
    for (let i = 0; i < 3; i++) expect((await order(token, vendor)).status).toBe(201)
    const over = await order(token, vendor)
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toContain(
      'Order limit reached: your Tier 0 plan allows 3 orders (ordersPerMonth)',
    )
    expect(await ordersThisPeriod(vendor)).toBe(3)
  })

  it('holds under concurrent orders: exactly the allowed number survive', async () => {
    const { vendor, token } = await shop()
    const statuses = (await Promise.all(Array.from({ length: 6 }, () => order(token, vendor)))).map((r) => r.status)
    expect(statuses.sort()).toEqual([201, 201, 201, 403, 403, 403])
    expect(await ordersThisPeriod(vendor)).toBe(3)
    expect((await payload.count({ collection: 'orders', where: { vendor: { equals: vendor.id } } })).totalDocs).toBe(3)
  })

  it('keeps Letzshop order ids unique per vendor, and the import path idempotent and limited', async () => {
    const alice = await shop()
    const bob = await shop()
    expect((await order(alice.token, alice.vendor, { source: 'letzshop', externalId: 'LS-1' })).status).toBe(201)
    expect((await order(alice.token, alice.vendor, { source: 'letzshop', externalId: 'LS-1' })).status).toBe(400)
    expect((await order(bob.token, bob.vendor, { source: 'letzshop', externalId: 'LS-1' })).status).toBe(201)

    const input = {
      vendorId: alice.vendor.id,
      platformId: platform.id,
      source: 'letzshop' as const,
      externalId: 'LS-2',
      customerName: 'Import',
      lines: [{ description: 'Mug', quantity: 1, unitPrice: 1500 }],
    }
    const first = await createOrder(payload, input)
    const again = await createOrder(payload, input)
    expect(again.id).toBe(first.id)
    expect(await ordersThisPeriod(alice.vendor)).toBe(2)
    await createOrder(payload, { ...input, externalId: 'LS-3' })
    await expect(createOrder(payload, { ...input, externalId: 'LS-4' })).rejects.toThrow(/Order limit reached/)
  })

  it('lives on the OMS platform only', async () => {
    const { platform: loyalty, tiers } = await createPlatform(payload)
    const vendor = await createVendor(payload, [
      { platform, tier: small },
      { platform: loyalty, tier: tiers[0] },
    ])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const elsewhere = await rest('POST', '/api/orders', {
      token,
      body: {
        vendor: vendor.id,
        platform: loyalty.id,
        customerName: 'X',
        lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
      },
    })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.errors[0].message).toBe('Orders belong to the "oms" platform; pick it as the platform.')
    const product = await rest('POST', '/api/products', {
      token,
      body: { vendor: vendor.id, platform: loyalty.id, title: 'x', sku: 'x', price: 1 },
    })
    expect(product.status).toBe(400)
  })

  it('lets an add-on raise ordersPerMonth', async () => {
    const { vendor, token } = await shop()
    const pack = await payload.create({
      collection: 'add-ons',
      data: {
        platform: platform.id,
        code: `orders-${vendor.id}`,
        name: 'Order pack',
        price: 900,
        interval: 'month',
        raises: { limit: 'ordersPerMonth', amount: 2 },
      },
    })
    const [subscription] = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })
    ).docs
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { addOns: [pack.id] } })
    for (let i = 0; i < 5; i++) expect((await order(token, vendor)).status).toBe(201)
    const over = await order(token, vendor)
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toContain('allows 5 orders')
  })

  it('refuses orders and products while the subscription is expired, keeping existing ones readable', async () => {
    const { vendor, token } = await shop()
    const existing = (await order(token, vendor)).body.doc.id
    const [subscription] = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })
    ).docs
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status: 'expired' } })
    const refused = await order(token, vendor)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('is expired: your data is read-only')
    expect((await product(token, vendor, 'late')).status).toBe(403)
    expect((await rest('GET', `/api/orders/${existing}`, { token })).status).toBe(200)
    expect((await payload.count({ collection: 'orders', where: { vendor: { equals: vendor.id } } })).totalDocs).toBe(1)
  })

  it('gates Letzshop orders behind letzshop_sync', async () => {
    const { vendor, token } = await shop(basic)
    const refused = await order(token, vendor, { source: 'letzshop', externalId: 'LS-9' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('Your Tier 1 plan does not include letzshop_sync. Upgrade to use it.')
    expect((await order(token, vendor)).status).toBe(201)
    expect(await ordersThisPeriod(vendor)).toBe(1)
  })

  it('answers bad lines with 400', async () => {
    const { vendor, token } = await shop()
    expect((await order(token, vendor, { lines: [] })).status).toBe(400)
    expect((await order(token, vendor, { lines: [{ description: 'x', quantity: 0, unitPrice: 100 }] })).status).toBe(
      400,
    )
    expect((await order(token, vendor, { lines: [{ description: 'x', quantity: 1, unitPrice: 9.99 }] })).status).toBe(
      400,
    )
    expect(await ordersThisPeriod(vendor)).toBe(0)
  })

  it('keeps vendors apart for orders', async () => {
    const alice = await shop()
    const bob = await shop()
    const id = (await order(bob.token, bob.vendor)).body.doc.id
    expect((await rest('GET', `/api/orders/${id}`, { token: alice.token })).status).toBe(404)
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/orders/${id}`, { token: alice.token, body: { status: 'canceled' } })).status,
    )
    expect((await order(alice.token, bob.vendor)).status).toBe(403)
  })
})
