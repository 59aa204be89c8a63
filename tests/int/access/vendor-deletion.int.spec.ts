import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'

import { createPage, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let tier: SubscriptionTier

const product = (vendor: Vendor, title: string) =>
  payload.create({ collection: 'products', data: { vendor: vendor.id, platform: platform.id, title, sku: `sku-${uid()}`, price: 100 } })
const order = (vendor: Vendor) =>
  payload.create({
    collection: 'orders',
    data: { vendor: vendor.id, platform: platform.id, customerName: 'Ann', source: 'direct', status: 'pending', placedAt: new Date().toISOString(), lines: [{ description: 'x', quantity: 1, unitPrice: 100 }] },
  })

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }])
  platform = oms.platform
  tier = oms.tiers[0]
})

describe('deleting a vendor that has products and orders', () => {
  it('removes its rows with it in one request', async () => {
    const gone = await createVendor(payload, [{ platform, tier }])
    await product(gone, 'Gone mug')
    await order(gone)
    await createPage(payload, { platform, vendor: gone, slug: 'about', title: 'Gone about' })
    const { token } = await createUser(payload, ['super-admin'])
    const response = await rest('DELETE', `/api/vendors/${gone.id}`, { token })
    expect(response.status).toBe(200)
    for (const collection of ['products', 'orders', 'content-pages', 'vendor-subscriptions', 'vendor-platforms'] as const) {
      expect((await payload.count({ collection, where: { vendor: { equals: gone.id } } })).totalDocs).toBe(0)
    }
  })
})
