import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform } from '@/payload-types'

import { createPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload, [
    { code: 'starter', limits: { products: 100, ordersPerMonth: 50 }, features: ['cms_basic'], sortOrder: 1 },
    { code: 'pro', limits: { products: null }, features: ['cms_basic', 'cms_custom_pages', 'invoicing'], sortOrder: 2 },
  ]))
  await payload.create({
    collection: 'subscription-tiers',
    data: {
      platform: platform.id,
      code: 'hidden',
      name: 'Hidden',
      priceMonthly: 1,
      priceAnnual: 10,
      isPublic: false,
      sortOrder: 0,
    },
  })
  await payload.create({
    collection: 'add-ons',
    data: {
      platform: platform.id,
      code: `extra-${uid()}`,
      name: 'Extra products',
      price: 900,
      interval: 'month',
      raises: { limit: 'products', amount: 500 },
    },
  })
})

describe('GET /api/platform/pricing', () => {
  it("answers the platform's public tiers in order, with limits (null = unlimited), features and add-ons, in cents", async () => {
    const response = await rest('GET', `/api/platform/pricing?platform=${platform.code}`)
    expect(response.status).toBe(200)
    expect(response.body.platform).toEqual({ code: platform.code, name: platform.name })
    expect(response.body.currency).toBe('EUR')
    expect(response.body.tiers.map((tier: { code: string }) => tier.code)).toEqual(['starter', 'pro'])
    expect(response.body.tiers[0]).toEqual({
      code: 'starter',
      name: 'Tier 0',
      description: null,
      priceMonthly: 1000,
      priceAnnual: 10000,
      limits: { ordersPerMonth: 50, products: 100, teamMembers: null, cmsPages: null, cmsCustomPages: null },
      features: ['cms_basic'],
    })
    expect(response.body.tiers[1].limits.products).toBeNull()
    expect(response.body.tiers[1].features).toEqual(['cms_basic', 'cms_custom_pages', 'invoicing'])
    expect(response.body.addOns).toEqual([
      expect.objectContaining({
        name: 'Extra products',
        price: 900,
        interval: 'month',
        raises: { limit: 'products', amount: 500 },
      }),
    ])
  })

  it('finds the platform by its host or path prefix too, and revalidates with the ETag', async () => {
    const byHost = await rest('GET', '/api/platform/pricing', { headers: { host: platform.domains![0].domain } })
    expect(byHost.body.platform.code).toBe(platform.code)
    const byPrefix = await rest('GET', `/platforms/${platform.code}/api/platform/pricing`)
    expect(byPrefix.body.platform.code).toBe(platform.code)
    const etag = byHost.headers.get('etag')!
    const again = await rest('GET', `/api/platform/pricing?platform=${platform.code}`, {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    expect(byHost.headers.get('cache-control')).toBe('public, no-cache')
  })

  it('answers unknown and malformed platforms with 404 and 400', async () => {
    const unknown = await rest('GET', '/api/platform/pricing?platform=nope-nope')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toContain('Unknown platform')
    const malformed = await rest('GET', '/api/platform/pricing?platform=NOT%20A%20CODE')
    expect(malformed.status).toBe(400)
    expect((await rest('GET', '/api/platform/pricing', { headers: { host: 'nobody.example' } })).status).toBe(404)
  })
})

describe('Stripe price ids of tiers and add-ons', () => {
  it('are cleared when their amount changes (Stripe prices are immutable), kept otherwise or when a new id is sent', async () => {
    const tier = await payload.create({
      collection: 'subscription-tiers',
      data: {
        platform: platform.id,
        code: `priced-${uid()}`,
        name: 'Priced',
        priceMonthly: 1000,
        priceAnnual: 10000,
        stripePriceMonthly: 'price_old_m',
        stripePriceAnnual: 'price_old_a',
      },
    })
    const renamed = await payload.update({
      collection: 'subscription-tiers',
      id: tier.id,
      data: { name: 'Renamed', priceMonthly: 1000 },
    })
    expect([renamed.stripePriceMonthly, renamed.stripePriceAnnual]).toEqual(['price_old_m', 'price_old_a'])
    const repriced = await payload.update({
      collection: 'subscription-tiers',
      id: tier.id,
      data: { priceMonthly: 1200 },
    })
    expect([repriced.stripePriceMonthly, repriced.stripePriceAnnual]).toEqual([null, 'price_old_a'])
    const explicit = await payload.update({
      collection: 'subscription-tiers',
      id: tier.id,
      data: { priceAnnual: 12000, stripePriceAnnual: 'price_new_a' },
    })
    expect(explicit.stripePriceAnnual).toBe('price_new_a')

    const addOn = await payload.create({
      collection: 'add-ons',
      data: {
        platform: platform.id,
        code: `p-${uid()}`,
        name: 'Priced add-on',
        price: 500,
        interval: 'month',
        stripePrice: 'price_old',
      },
    })
    expect((await payload.update({ collection: 'add-ons', id: addOn.id, data: { price: 700 } })).stripePrice).toBeNull()
  })
})
