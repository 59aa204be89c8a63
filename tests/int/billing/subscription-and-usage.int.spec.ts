import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import { createPage, createPlatform, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let second: Platform
let tier: SubscriptionTier

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform,
    tiers: [tier],
  } = await omsPlatform(payload, [
    {
      code: 'team',
      limits: { products: 10, ordersPerMonth: 4, teamMembers: 2, cmsPages: 5, cmsCustomPages: 0 },
      features: ['cms_basic'],
    },
  ]))
  ;({ platform: second } = await createPlatform(payload))
  await createPage(payload, { platform, slug: 'about' })
})

describe('GET /api/billing/subscription and /usage', () => {
  it('shows the owner its subscription and usage per limit', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    await createPage(payload, { platform, vendor, slug: 'about' })
    for (const sku of ['a', 'b', 'c']) {
      await payload.create({
        collection: 'products',
        data: { vendor: vendor.id, platform: platform.id, title: sku, sku, price: 100 },
      })
    }
    await payload.create({
      collection: 'orders',
      data: {
        vendor: vendor.id,
        platform: platform.id,
        customerName: 'X',
        lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
        source: 'direct',
        status: 'pending',
        placedAt: new Date().toISOString(),
      },
    })

    const subscription = await rest('GET', '/api/billing/subscription', { token })
    expect(subscription.status).toBe(200)
    expect(subscription.body).toMatchObject({
      vendor: { slug: vendor.slug },
      platform: { code: platform.code },
      tier: { code: tier.code, priceMonthly: 1000 },
      status: 'trialing',
      billingPeriod: 'monthly',
      readOnly: false,
    })

    const usage = await rest('GET', '/api/billing/usage', { token })
    expect(usage.status).toBe(200)
    expect(usage.body.usage).toEqual({
      ordersPerMonth: { used: 1, limit: 4, percent: 25 },
      products: { used: 3, limit: 10, percent: 30 },
      teamMembers: { used: 1, limit: 2, percent: 50 },
      cmsPages: { used: 1, limit: 5, percent: 20 },
      cmsCustomPages: { used: 0, limit: 0, percent: 0 },
    })
  })

  it('asks which platform when the vendor is on several, and validates the parameters', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }, { platform: second }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const ambiguous = await rest('GET', '/api/billing/usage', { token })
    expect(ambiguous.status).toBe(400)
    expect(ambiguous.body.errors[0].message).toContain('pass ?platform=CODE')
    expect((await rest('GET', `/api/billing/usage?platform=${second.code}`, { token })).status).toBe(200)
    expect((await rest('GET', '/api/billing/usage?platform=Not%20Valid', { token })).status).toBe(400)
    expect((await rest('GET', `/api/billing/usage?platform=nope${uid()}`, { token })).status).toBe(404)
  })

  it('is for signed-in users of the vendor (members read too), never about another vendor', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const other = await createVendor(payload, [{ platform, tier }])
    const { token: member } = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
    const { token: owner } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expect((await rest('GET', '/api/billing/subscription')).status).toBe(401)
    // Since the billing changes of issue 8, members read billing (the admin page shows it to the whole team).
    expect((await rest('GET', '/api/billing/subscription', { token: member })).status).toBe(200)
    const foreign = await rest('GET', `/api/billing/subscription?vendor=${other.slug}`, { token: owner })
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toBe(`You do not belong to the vendor "${other.slug}".`)
    expect((await rest('GET', `/api/billing/subscription?vendor=nope${uid()}`, { token: owner })).status).toBe(403)
  })
})

describe('teamMembers', () => {
  it('refuses a user beyond the limit, owner included', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const invite = (email: string) =>
      rest('POST', '/api/users', {
        token,
        body: { email, password: 'pw-123456', roles: ['vendor-member'], vendors: [vendor.id] },
      })
    expect((await invite(`m1-${vendor.slug}@example.test`)).status).toBe(201)
    const over = await invite(`m2-${vendor.slug}@example.test`)
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toBe(
      'Team member limit reached: your Tier 0 plan allows 2 team members (teamMembers). Upgrade or remove a team member.',
    )
  })

  it('holds under concurrent invitations', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        rest('POST', '/api/users', {
          token,
          body: {
            email: `p${n}-${vendor.slug}@example.test`,
            password: 'pw-123456',
            roles: ['vendor-member'],
            vendors: [vendor.id],
          },
        }),
      ),
    )
    expect(responses.map((r) => r.status).sort()).toEqual([201, 403, 403, 403])
  })
})
