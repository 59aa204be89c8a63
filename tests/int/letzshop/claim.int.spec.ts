import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { clearLetzshopCache } from '@/services/letzshop/vendors'

import {
  type FixtureVendor,
  type LetzshopStandIn,
  startLetzshopStandIn,
} from '../../../scripts/stand-ins/letzshop/server'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { rest } from '../../helpers/payload'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let standIn: LetzshopStandIn
let addressCounter = 0
const newAddress = () =>
  `10.${(process.pid + 7) % 250}.${200 + Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`

/** Shops of this run only (ids and slugs unique), so other files claiming the shared fixtures never collide. */
const run = uid()
const shop = (name: string, index: number): FixtureVendor => ({
  id: `9${run}${index}`,
  slug: `${name}-${run}`,
  name,
  url: `https://letzshop.lu/fr/vendors/${name}-${run}`,
  languages: ['fr'],
  logo: null,
  location: { city: 'Luxembourg', country: 'LU' },
})
const SHOPS = ['atelier', 'bakery', 'cheese', 'dairy', 'eggs', 'florist', 'garage', 'hats', 'inks'].map(shop)
const [atelier, bakery, cheese, dairy, eggs, florist, garage, hats, inks] = SHOPS

const claim = (token: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  rest('POST', '/api/vendor/letzshop-claim', { token, body, headers: { 'X-Forwarded-For': newAddress(), ...headers } })

async function owner(platforms: Parameters<typeof createVendor>[1] = []) {
  const vendor = await createVendor(payload, platforms)
  const { user, token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  return { vendor, user, token }
}

const stored = (id: number) => payload.findByID({ collection: 'vendors', id, depth: 0 })

beforeAll(async () => {
  payload = await testPayload()
  const dir = mkdtempSync(path.join(tmpdir(), 'letzshop-claim-'))
  const fixtures = path.join(dir, 'fixtures.json')
  writeFileSync(fixtures, JSON.stringify({ vendors: SHOPS }))
  standIn = await startLetzshopStandIn({ port: 0, fixtures })
  process.env.LETZSHOP_API_URL = standIn.url
  process.env.LETZSHOP_TIMEOUT_MS = '400'
  process.env.TRUST_PROXY = '1'
})

afterEach(() => {
  standIn.configure({})
  clearLetzshopCache()
  delete process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN
})

afterAll(async () => {
  await standIn?.close()
})

describe('POST /api/vendor/letzshop-claim', () => {
  it('links the owner’s vendor to the shop (by URL or slug) and answers its Letzshop fields', async () => {
    const { vendor, token } = await owner()
    const response = await claim(token, { letzshopUrl: `https://letzshop.lu/de/vendors/${atelier.slug}/?ref=mail` })
    expect(response.status).toBe(200)
    expect(response.body.vendor).toMatchObject({
      id: vendor.id,
      letzshopSlug: atelier.slug,
      letzshopVendorId: atelier.id,
    })
    expect(Date.now() - new Date(response.body.vendor.letzshopClaimedAt).getTime()).toBeLessThan(10_000)
    expect(await stored(vendor.id)).toMatchObject({ letzshopSlug: atelier.slug, letzshopVendorId: atelier.id })

    const again = await claim(token, { letzshopSlug: atelier.slug })
    expect(again.status).toBe(200)
    expect(again.body.vendor.letzshopClaimedAt).toBe(response.body.vendor.letzshopClaimedAt)
  })

  it('answers 401 signed out and 403 to members, admins and for another vendor’s slug', async () => {
    expect((await claim(undefined, { letzshopSlug: bakery.slug })).status).toBe(401)

    const { vendor } = await owner()
    const member = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
    const refusedMember = await claim(member.token, { letzshopSlug: bakery.slug })
    expect(refusedMember.status).toBe(403)
    expect(refusedMember.body.errors[0].message).toContain('Only a vendor owner')
    const admin = await createUser(payload, ['super-admin'])
    expect((await claim(admin.token, { letzshopSlug: bakery.slug, vendor: vendor.slug })).status).toBe(403)

    const other = await owner()
    const crossTenant = await claim(other.token, { letzshopSlug: bakery.slug, vendor: vendor.slug })
    expect(crossTenant.status).toBe(403)
    expect(crossTenant.body.errors[0].message).toContain(`You do not own a vendor "${vendor.slug}"`)
    expect((await stored(vendor.id)).letzshopVendorId ?? null).toBeNull()
    expect((await stored(other.vendor.id)).letzshopVendorId ?? null).toBeNull()
  })

  it('answers 409 when the shop is taken or the vendor already has another shop', async () => {
    const first = await owner()
    const second = await owner()
    expect((await claim(first.token, { letzshopSlug: cheese.slug })).status).toBe(200)
    const taken = await claim(second.token, { letzshopSlug: cheese.slug })
    expect(taken.status).toBe(409)
    expect(taken.body.errors[0].message).toContain('already claimed by another account')
    const another = await claim(first.token, { letzshopSlug: dairy.slug })
    expect(another.status).toBe(409)
    expect(another.body.errors[0].message).toContain(`already linked to the Letzshop shop "${cheese.slug}"`)
  })

  it('treats a record linked by slug only as linked: its own shop fills in the id, another is a 409', async () => {
    const { vendor, token } = await owner()
    await payload.update({ collection: 'vendors', id: vendor.id, data: { letzshopSlug: dairy.slug } })
    const another = await claim(token, { letzshopSlug: eggs.slug })
    expect(another.status).toBe(409)
    expect(another.body.errors[0].message).toContain(`already linked to the Letzshop shop "${dairy.slug}"`)
    const own = await claim(token, { letzshopSlug: dairy.slug })
    expect(own.status).toBe(200)
    expect(own.body.vendor).toMatchObject({ letzshopSlug: dairy.slug, letzshopVendorId: dairy.id })
  })

  it('answers 400 for a bad reference or body, 404 for an unknown shop, in the language asked for', async () => {
    const { vendor, token } = await owner()
    for (const body of [
      {},
      { letzshopSlug: eggs.slug, letzshopUrl: eggs.url },
      { letzshopUrl: 'https://example.com/shop' },
      { letzshopSlug: 42 },
      { letzshopSlug: eggs.slug, vendor: 'Not A Slug' },
    ]) {
      const response = await claim(token, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.errors[0].message).toBeTruthy()
    }
    const raw = await rest('POST', '/api/vendor/letzshop-claim', {
      token,
      body: '[1]',
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(raw.status).toBe(400)
    const unknown = await claim(token, { letzshopSlug: `no-such-shop-${run}` }, { 'Accept-Language': 'fr' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toContain('Il n’y a pas de boutique')
    expect((await stored(vendor.id)).letzshopVendorId ?? null).toBeNull()
  })

  it('answers 502 when Letzshop fails and 504 when it is too slow, saying the claim can wait', async () => {
    const { vendor, token } = await owner()
    standIn.configure({ failWith: 503 })
    const down = await claim(token, { letzshopSlug: florist.slug })
    expect(down.status).toBe(502)
    expect(down.body.errors[0].message).toContain('later from the admin')
    standIn.configure({ delayMs: 2_000 })
    const slow = await claim(token, { letzshopSlug: florist.slug })
    expect(slow.status).toBe(504)
    expect(slow.body.errors[0].message).toContain('taking too long')
    standIn.configure({})
    expect((await stored(vendor.id)).letzshopVendorId ?? null).toBeNull()
    expect((await claim(token, { letzshopSlug: florist.slug })).status).toBe(200)
  })

  it('refuses a vendor whose subscriptions are all canceled or expired (403), not one with a live one', async () => {
    const { platform, tiers } = await createPlatform(payload)
    const second = await createPlatform(payload)
    const { vendor, token } = await owner([
      { platform, tier: tiers[0] },
      { platform: second.platform, tier: second.tiers[0] },
    ])
    const subscriptions = await payload.find({
      collection: 'vendor-subscriptions',
      where: { vendor: { equals: vendor.id } },
      depth: 0,
    })
    expect(subscriptions.docs).toHaveLength(2)
    await payload.update({
      collection: 'vendor-subscriptions',
      id: subscriptions.docs[0].id,
      data: { status: 'canceled' },
    })
    await payload.update({
      collection: 'vendor-subscriptions',
      id: subscriptions.docs[1].id,
      data: { status: 'expired' },
    })
    const refused = await claim(token, { letzshopSlug: garage.slug })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/expired|canceled/)
    expect((await stored(vendor.id)).letzshopVendorId ?? null).toBeNull()

    await payload.update({
      collection: 'vendor-subscriptions',
      id: subscriptions.docs[1].id,
      data: { status: 'active' },
    })
    expect((await claim(token, { letzshopSlug: garage.slug })).status).toBe(200)
  })

  it('two vendors claiming one shop at once: one 200, one 409, one owner', async () => {
    const [first, second] = [await owner(), await owner()]
    const answers = await Promise.all([first, second].map(({ token }) => claim(token, { letzshopSlug: hats.slug })))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const owners = await payload.find({
      collection: 'vendors',
      where: { letzshopVendorId: { equals: hats.id } },
      depth: 0,
    })
    expect(owners.docs).toHaveLength(1)
  })

  it('is rate limited like the lookups (429 with Retry-After)', async () => {
    process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN = '2'
    const { token } = await owner()
    const address = newAddress()
    const headers = { 'X-Forwarded-For': address }
    expect((await claim(token, { letzshopSlug: `no-such-shop-${run}` }, headers)).status).toBe(404)
    expect((await claim(token, { letzshopSlug: `no-such-shop-${run}` }, headers)).status).toBe(404)
    const limited = await claim(token, { letzshopSlug: inks.slug }, headers)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBeTruthy()
    expect((await claim(token, { letzshopSlug: inks.slug })).status).toBe(200)
  })
})
