import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import { createOrder, createPage, createProduct, createUser, createVendor, omsPlatform } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let tier: SubscriptionTier

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }])
  platform = oms.platform
  tier = oms.tiers[0]
})

describe('deleting a vendor that has products and orders', () => {
  it('removes its rows with it in one request', async () => {
    const gone = await createVendor(payload, [{ platform, tier }])
    await createProduct(payload, { platform, vendor: gone, title: 'Gone mug' })
    await createOrder(payload, { platform, vendor: gone })
    await createPage(payload, { platform, vendor: gone, slug: 'about', title: 'Gone about' })
    const { token } = await createUser(payload, ['super-admin'])
    const response = await rest('DELETE', `/api/vendors/${gone.id}`, { token })
    expect(response.status).toBe(200)
    for (const collection of [
      'products',
      'orders',
      'content-pages',
      'vendor-subscriptions',
      'vendor-platforms',
    ] as const) {
      expect((await payload.count({ collection, where: { vendor: { equals: gone.id } } })).totalDocs).toBe(0)
    }
  })
})
