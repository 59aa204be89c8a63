import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'

import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

/*
 * A platform admin works on the platforms it manages and sees nothing of the others in the admin's lists or over
 * REST: their tiers (public or not), add-ons and the platform rows themselves. Visitors and vendor users keep reading
 * public pricing.
 */
let payload: Payload
let mine: Platform
let theirs: Platform
let myTier: SubscriptionTier
let theirTier: SubscriptionTier
let myAddOn: AddOn
let theirAddOn: AddOn
let adminToken: string
let ownerToken: string

const addOn = (platform: Platform) =>
  payload.create({
    collection: 'add-ons',
    data: {
      platform: platform.id,
      code: `more-${uid()}`,
      name: '500 more products',
      price: 900,
      interval: 'month',
      raises: { limit: 'products', amount: 500 },
    },
  })

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform: mine,
    tiers: [myTier],
  } = await createPlatform(payload))
  ;({
    platform: theirs,
    tiers: [theirTier],
  } = await createPlatform(payload))
  myAddOn = await addOn(mine)
  theirAddOn = await addOn(theirs)
  ;({ token: adminToken } = await createUser(payload, ['platform-admin'], { platforms: [mine.id] }))
  const vendor = await createVendor(payload, [{ platform: theirs }])
  ;({ token: ownerToken } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
})

const ids = (body: { docs: { id: number }[] }) => body.docs.map((doc) => doc.id)

describe("a platform admin and another platform's collections", () => {
  it.each([
    ['subscription-tiers', () => [myTier.id, theirTier.id]],
    ['add-ons', () => [myAddOn.id, theirAddOn.id]],
    ['platforms', () => [mine.id, theirs.id]],
  ] as const)('lists and reads only its own platforms’ %s', async (collection, rows) => {
    const [own, foreign] = rows()
    const list = await rest('GET', `/api/${collection}?limit=1000&depth=0`, { token: adminToken })
    expect(list.status).toBe(200)
    expect(ids(list.body)).toContain(own)
    expect(ids(list.body)).not.toContain(foreign)
    expect((await rest('GET', `/api/${collection}/${own}?depth=0`, { token: adminToken })).status).toBe(200)
    expect((await rest('GET', `/api/${collection}/${foreign}?depth=0`, { token: adminToken })).status).toBe(404)
    // Not through a query on the platform either.
    const byPlatform = await rest(
      'GET',
      `/api/${collection}?depth=0&where[${collection === 'platforms' ? 'id' : 'platform'}][equals]=${theirs.id}`,
      { token: adminToken },
    )
    expect(byPlatform.body.docs).toEqual([])
  })

  it('cannot change or delete them', async () => {
    const rename = await rest('PATCH', `/api/subscription-tiers/${theirTier.id}`, {
      token: adminToken,
      body: { name: 'Hijacked' },
    })
    expect([403, 404]).toContain(rename.status)
    const reprice = await rest('PATCH', `/api/add-ons/${theirAddOn.id}`, { token: adminToken, body: { price: 1 } })
    expect([403, 404]).toContain(reprice.status)
    expect([403, 404]).toContain((await rest('DELETE', `/api/add-ons/${theirAddOn.id}`, { token: adminToken })).status)
    const stored = await payload.findByID({ collection: 'subscription-tiers', id: theirTier.id, depth: 0 })
    expect(stored.name).toBe(theirTier.name)
    expect((await payload.findByID({ collection: 'add-ons', id: theirAddOn.id, depth: 0 })).price).toBe(900)
    // Its own are its to change.
    const own = await rest('PATCH', `/api/add-ons/${myAddOn.id}`, { token: adminToken, body: { price: 1000 } })
    expect(own.status).toBe(200)
  })

  it('bulk writes filtered by the other platform touch nothing', async () => {
    const bulk = await rest('PATCH', `/api/subscription-tiers?where[platform][equals]=${theirs.id}`, {
      token: adminToken,
      body: { name: 'Bulk' },
    })
    expect(bulk.body.docs ?? []).toEqual([])
    const stored = await payload.findByID({ collection: 'subscription-tiers', id: theirTier.id, depth: 0 })
    expect(stored.name).toBe(theirTier.name)
  })

  it('visitors and vendor users still read public tiers, add-ons and active platforms of any platform', async () => {
    for (const token of [undefined, ownerToken]) {
      const tiers = await rest('GET', `/api/subscription-tiers?limit=1000&depth=0`, { token })
      expect(ids(tiers.body)).toEqual(expect.arrayContaining([myTier.id, theirTier.id]))
      const addOns = await rest('GET', `/api/add-ons?limit=1000&depth=0`, { token })
      expect(ids(addOns.body)).toEqual(expect.arrayContaining([myAddOn.id, theirAddOn.id]))
      const platforms = await rest('GET', `/api/platforms?limit=1000&depth=0`, { token })
      expect(ids(platforms.body)).toEqual(expect.arrayContaining([mine.id, theirs.id]))
    }
  })
})
