/**
 * Found by an outside attack on a production build: Payload's own `payload-locked-documents` collection lets any
 * signed-in user read every lock and create, re-point or delete locks on any document — another vendor's
 * included — and a lock makes the owner's own REST update answer 423. Each test fails while the hole is open.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Product, Vendor } from '@/payload-types'

import { createUser, createVendor, omsPlatform, uid } from '../helpers/fixtures'
import { rest, testPayload } from '../helpers/payload'

let payload: Payload
let platform: Platform
let alice: Vendor
let bob: Vendor
let aliceUserId: number
let aliceToken: string
let bobUserId: number
let bobToken: string
let aliceProduct: Product
let bobProduct: Product

const product = (vendor: Vendor) =>
  payload.create({ collection: 'products', data: { vendor: vendor.id, platform: platform.id, title: 'p', sku: `sku-${uid()}`, price: 100 } })

const lock = (token: string, userId: number, id: number) =>
  rest('POST', '/api/payload-locked-documents', {
    token,
    body: { document: { relationTo: 'products', value: id }, globalSlug: null, user: { relationTo: 'users', value: userId } },
  })

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic'] }])
  platform = oms.platform
  alice = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  bob = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  ;({ user: { id: aliceUserId }, token: aliceToken } = await createUser(payload, ['vendor-owner'], { vendors: [alice.id] }))
  ;({ user: { id: bobUserId }, token: bobToken } = await createUser(payload, ['vendor-owner'], { vendors: [bob.id] }))
  aliceProduct = await product(alice)
  bobProduct = await product(bob)
})

describe('attack: locked documents across vendors', () => {
  it("a vendor cannot lock another vendor's document, so the owner's own update is not blocked (423)", async () => {
    const planted = await lock(aliceToken, aliceUserId, bobProduct.id)
    expect(planted.status).toBeGreaterThanOrEqual(400)
    const own = await rest('PATCH', `/api/products/${bobProduct.id}`, { token: bobToken, body: { title: 'Bob edits his product' } })
    expect(own.status).toBe(200)
  })

  it("a vendor does not see which of another vendor's documents are being edited, and by whom", async () => {
    const bobLock = await lock(bobToken, bobUserId, bobProduct.id)
    expect(bobLock.status).toBe(201)
    const seen = await rest('GET', '/api/payload-locked-documents?depth=0&limit=100', { token: aliceToken })
    const ids = (seen.body.docs ?? []).map((doc: { id: number }) => doc.id)
    expect(ids).not.toContain(bobLock.body.doc.id)
    const removed = await rest('DELETE', `/api/payload-locked-documents/${bobLock.body.doc.id}`, { token: aliceToken })
    expect(removed.status).toBeGreaterThanOrEqual(400)
  })

  it("a vendor cannot re-point its own lock onto another vendor's document", async () => {
    const mine = await lock(aliceToken, aliceUserId, aliceProduct.id)
    expect(mine.status).toBe(201)
    const moved = await rest('PATCH', `/api/payload-locked-documents/${mine.body.doc.id}`, {
      token: aliceToken,
      body: { document: { relationTo: 'products', value: bobProduct.id } },
    })
    expect(moved.status).toBeGreaterThanOrEqual(400)
  })
})
