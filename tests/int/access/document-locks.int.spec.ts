/**
 * Document locking is off (src/plugins/withoutDocumentLocks.ts): Payload's `payload-locked-documents` collection
 * would let any signed-in user read every lock and create, re-point or delete locks on any document, another
 * vendor's included, and a lock would make the owner's own REST update answer 423. There is no lock to plant, read
 * or move, and nobody's save is blocked.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Product, Vendor } from '@/payload-types'

import { createProduct, createUser, createVendor, omsPlatform } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let alice: Vendor
let bob: Vendor
let aliceUserId: number
let aliceToken: string
let bobToken: string
let bobProduct: Product

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic'] }])
  platform = oms.platform
  alice = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  bob = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  ;({
    user: { id: aliceUserId },
    token: aliceToken,
  } = await createUser(payload, ['vendor-owner'], { vendors: [alice.id] }))
  ;({ token: bobToken } = await createUser(payload, ['vendor-owner'], { vendors: [bob.id] }))
  bobProduct = await createProduct(payload, { platform, vendor: bob, title: 'p' })
})

describe('locked documents across vendors', () => {
  it("no vendor can lock, list or move locks on another vendor's documents: the lock collection does not exist", async () => {
    const planted = await rest('POST', '/api/payload-locked-documents', {
      token: aliceToken,
      body: {
        document: { relationTo: 'products', value: bobProduct.id },
        globalSlug: null,
        user: { relationTo: 'users', value: aliceUserId },
      },
    })
    expect(planted.status).toBe(404)
    expect((await rest('GET', '/api/payload-locked-documents', { token: aliceToken })).status).toBe(404)
    expect(payload.collections['payload-locked-documents' as never]).toBeUndefined()
    for (const collection of Object.values(payload.collections)) expect(collection.config.lockDocuments).toBe(false)
  })

  it("the owner's own update is never blocked by someone else's lock", async () => {
    const own = await rest('PATCH', `/api/products/${bobProduct.id}`, { token: bobToken, body: { title: 'mine' } })
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ message: 'Updated successfully.', doc: { id: bobProduct.id, title: 'mine' } })
    expect((await payload.findByID({ collection: 'products', id: bobProduct.id })).title).toBe('mine')
  })
})
