import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openApiDocument } from '@/endpoints/openapi/route'
import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'
import { syncAddOnPrice } from '@/services/stripe/syncPrices'

import { type LetzshopStandIn, startLetzshopStandIn } from '../../../scripts/stand-ins/letzshop/server'
import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPage, createPlatform, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { LU_CONSUMER, SETTINGS, invoicingShop, invoicingWorld } from '../../helpers/invoicing'
import { runTask } from '../../helpers/jobRuns'
import { testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'
import { deleteEventJobs } from '../../helpers/stripeEventJobs'

import { type Answer, Contract } from './contract'

/**
 * The contract test: the real endpoints, called as a client would, for a success and the refusals of each family; every
 * answer's status must be one the document gives the operation, and its body valid against that status's schema.
 */

const contract = new Contract(openApiDocument())
const WEBHOOK_SECRET = 'whsec_contract_spec'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-spec-'))
const run = uid()
const shops = Array.from({ length: 4 }, (_, index) => ({
  id: `ct${run}${index}`,
  slug: `contract-shop-${run}-${index}`,
  name: `Contract Shop ${index}`,
  url: `https://letzshop.lu/fr/vendors/contract-shop-${run}-${index}`,
  languages: ['fr'],
  logo: null,
  location: { city: 'Luxembourg', country: 'LU' },
}))

let payload: Payload
let stripeStandInServer: StripeStandIn
let stripe: Stripe
let letzshop: LetzshopStandIn
let platform: Platform
let small: SubscriptionTier
let large: SubscriptionTier
let seats: AddOn
const postedEvents: string[] = []

let addressCounter = 0
/** TRUST_PROXY is on: each call comes from its own address, so the per-address limits stay apart. */
const newAddress = () => `10.88.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`

const call = (method: string, template: string, options: Parameters<Contract['call']>[2] = {}) =>
  contract.call(method, template, { ...options, headers: { 'X-Forwarded-For': newAddress(), ...options.headers } })

const expectStatus = (answer: Answer, status: number) =>
  expect(answer.status, answer.bytes.toString('utf8').slice(0, 500)).toBe(status)

beforeAll(async () => {
  const fixtures = path.join(tmp, 'shops.json')
  fs.writeFileSync(fixtures, JSON.stringify({ vendors: shops }))
  ;({ standIn: stripeStandInServer, stripe } = await stripeStandIn('contract'))
  letzshop = await startLetzshopStandIn({ port: 0, fixtures })
  process.env.LETZSHOP_KEY_ENCRYPTION_KEY ??= randomBytes(32).toString('hex')
  Object.assign(process.env, {
    LETZSHOP_API_URL: letzshop.url,
    LETZSHOP_TIMEOUT_MS: '1000',
    TRUST_PROXY: '1',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  })
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  small = await pricedTier(payload, stripe, platform, { products: 10 })
  large = await pricedTier(payload, stripe, platform)
  const addOn = await payload.create({
    collection: 'add-ons',
    data: {
      platform: platform.id,
      code: `seats-${uid()}`,
      name: 'Three more seats',
      price: 900,
      interval: 'month',
      raises: { limit: 'teamMembers', amount: 3 },
    },
  })
  seats = await payload.update({
    collection: 'add-ons',
    id: addOn.id,
    data: await syncAddOnPrice(stripe, {
      platformCode: platform.code,
      code: addOn.code,
      name: addOn.name,
      price: 900,
      interval: 'month',
    }),
  })
})

afterAll(async () => {
  if (payload) await deleteEventJobs(payload, postedEvents)
  await Promise.all([stripeStandInServer?.close(), letzshop?.close()])
  delete process.env.STRIPE_WEBHOOK_SECRET
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('content and pricing', () => {
  it('resolves a page, then 304 on its ETag; 404 for an unknown slug, 400 for a malformed one', async () => {
    await createPage(payload, { platform, isPlatformPage: true, slug: 'about', showInHeader: true })
    const page = await call('get', '/api/content-pages/resolve', { query: { platform: platform.code, slug: 'about' } })
    expectStatus(page, 200)
    expectStatus(
      await call('get', '/api/content-pages/resolve', {
        query: { platform: platform.code, slug: 'about' },
        headers: { 'If-None-Match': page.headers.get('etag')! },
      }),
      304,
    )
    expectStatus(
      await call('get', '/api/content-pages/resolve', { query: { platform: platform.code, slug: 'nowhere' } }),
      404,
    )
    expectStatus(
      await call('get', '/api/content-pages/resolve', { query: { platform: platform.code, slug: 'Not A Slug' } }),
      400,
    )
  })

  it('answers the navigation; 404 for an unknown platform', async () => {
    expectStatus(
      await call('get', '/api/content-pages/navigation', { query: { platform: platform.code, locale: 'fr' } }),
      200,
    )
    expectStatus(await call('get', '/api/content-pages/navigation', { query: { platform: 'no-such-platform' } }), 404)
  })

  it("customises a platform's default page into the shop's copy; 401 signed out", async () => {
    const defaultPage = await createPage(payload, { platform, slug: `about-${uid()}` })
    const vendor = await createVendor(payload, [{ platform, tier: small }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const path = '/api/vendor/content-pages/{id}/customise'
    const params = { id: defaultPage.id }
    expectStatus(await call('post', path, { params }), 401)
    expectStatus(await call('post', path, { token, params }), 201)
    expectStatus(await call('post', path, { token, params }), 200)
  })

  it("takes a visitor's message; 400 for bad input, 404 for an unknown platform", async () => {
    const message = { name: 'Ana', email: 'ana@example.test', message: 'Do you support Letzshop gift cards?' }
    expectStatus(await call('post', '/api/platform/contact', { body: { platform: platform.code, ...message } }), 201)
    expectStatus(await call('post', '/api/platform/contact', { body: { platform: platform.code, name: 'Ana' } }), 400)
    expectStatus(
      await call('post', '/api/platform/contact', { body: { platform: 'no-such-platform', ...message } }),
      404,
    )
  })

  it("answers a platform's pricing; 404 for an unknown platform", async () => {
    expectStatus(await call('get', '/api/platform/pricing', { query: { platform: platform.code } }), 200)
    expectStatus(await call('get', '/api/platform/pricing', { query: { platform: 'no-such-platform' } }), 404)
  })
})

describe('Letzshop', () => {
  it('searches shops; 400 for a text too short, 429 past the limit, 502 when Letzshop fails', async () => {
    expectStatus(await call('get', '/api/platform/letzshop-vendors', { query: { q: 'Contract Shop' } }), 200)
    expectStatus(await call('get', '/api/platform/letzshop-vendors', { query: { q: 'x' } }), 400)
    process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN = '1'
    try {
      const address = newAddress()
      expectStatus(
        await call('get', '/api/platform/letzshop-vendors', {
          query: { q: 'first' },
          headers: { 'X-Forwarded-For': address },
        }),
        200,
      )
      const limited = await call('get', '/api/platform/letzshop-vendors', {
        query: { q: 'second' },
        headers: { 'X-Forwarded-For': address },
      })
      expectStatus(limited, 429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      delete process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN
    }
    letzshop.configure({ failWith: 500 })
    try {
      expectStatus(await call('get', '/api/platform/letzshop-vendors', { query: { q: `fails ${run}` } }), 502)
    } finally {
      letzshop.configure({})
    }
  })

  it('looks a shop up by URL or slug; 404 for none, 400 for neither', async () => {
    expectStatus(await call('get', '/api/platform/letzshop-vendors/lookup', { query: { url: shops[0].url } }), 200)
    expectStatus(await call('get', '/api/platform/letzshop-vendors/lookup', { query: { slug: `missing-${run}` } }), 404)
    expectStatus(await call('get', '/api/platform/letzshop-vendors/lookup'), 400)
  })

  it("links an owner's vendor to its shop; 401 signed out, 409 for a shop already claimed", async () => {
    expectStatus(await call('post', '/api/vendor/letzshop-claim', { body: { letzshopSlug: shops[1].slug } }), 401)
    const vendor = await createVendor(payload, [{ platform }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expectStatus(
      await call('post', '/api/vendor/letzshop-claim', { token, body: { letzshopSlug: shops[1].slug } }),
      200,
    )
    const other = await createVendor(payload, [{ platform }])
    const { token: otherOwner } = await createUser(payload, ['vendor-owner'], { vendors: [other.id] })
    expectStatus(
      await call('post', '/api/vendor/letzshop-claim', { token: otherOwner, body: { letzshopUrl: shops[1].url } }),
      409,
    )
  })

  it('connects, pauses and resumes, syncs, confirms an imported order and disconnects', async () => {
    const shop = shops[3]
    letzshop.addShipments(shop.slug, [
      {
        id: `sh-${shop.slug}`,
        number: 'H1',
        state: 'unconfirmed',
        createdAt: '2026-11-02T10:00:00Z',
        order: {
          id: `o-${shop.slug}`,
          number: 'R1',
          email: 'buyer@example.lu',
          shipAddress: {
            firstName: 'Anne',
            lastName: 'Muller',
            street: '1 rue de la Gare',
            zipCode: '1111',
            city: 'Luxembourg',
            country: 'LU',
          },
        },
        inventoryUnits: [
          { id: `iu-${shop.slug}-1`, state: 'unconfirmed', sku: `${shop.slug}-A`, name: 'Bowl', price: 12.5 },
        ],
      },
    ])
    const {
      platform: oms,
      tiers: [synced],
    } = await omsPlatform(payload, [
      { code: `contract-sync-${run}`, limits: { ordersPerMonth: 1000 }, features: ['cms_basic', 'letzshop_sync'] },
    ])
    const vendor = await createVendor(payload, [{ platform: oms, tier: synced }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })

    expectStatus(
      await call('put', '/api/vendor/letzshop/connection', { token, body: { apiKey: `lsk_test_${shop.slug}` } }),
      200,
    )
    expectStatus(await call('get', '/api/vendor/letzshop/sync', { token }), 200)
    expectStatus(await call('patch', '/api/vendor/letzshop/connection', { token, body: { status: 'paused' } }), 200)
    expectStatus(await call('patch', '/api/vendor/letzshop/connection', { token, body: { status: 'active' } }), 200)
    expectStatus(await call('post', '/api/vendor/letzshop/sync', { token }), 202)

    const connection = (
      await payload.find({
        collection: 'letzshop-connections',
        where: { vendor: { equals: vendor.id } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]
    expect((await runTask(payload, 'syncLetzshopOrders', { connection: connection.id })).status).toBe('success')
    const [order] = (
      await payload.find({
        collection: 'orders',
        where: { vendor: { equals: vendor.id } },
        pagination: false,
        depth: 0,
      })
    ).docs
    expectStatus(
      await call('post', '/api/vendor/orders/{id}/letzshop-confirmation', {
        token,
        params: { id: order.id },
        body: { units: [{ id: order.lines![0].letzshopUnitId, action: 'confirm' }], trackingNumber: 'LU123' },
      }),
      200,
    )
    expectStatus(await call('delete', '/api/vendor/letzshop/connection', { token }), 200)
  })
})

describe('signup', () => {
  it('runs every step to a signed-in owner, and resumes the session', async () => {
    const started = await call('post', '/api/platform/signup/start', {
      body: { platform: platform.code, tier: small.code, billingPeriod: 'monthly' },
    })
    expectStatus(started, 201)
    const { sessionId } = started.body as { sessionId: string }
    expectStatus(
      await call('post', '/api/platform/signup/claim', { body: { sessionId, letzshopSlug: shops[2].slug } }),
      200,
    )
    const account = {
      sessionId,
      email: `owner-${uid()}@shop.test`,
      password: 'a-long-password-1',
      companyName: 'Épicerie Contract',
      country: 'lu',
    }
    expectStatus(await call('post', '/api/platform/signup/account', { body: account }), 200)
    const intent = await call('post', '/api/platform/signup/setup-intent', { body: { sessionId } })
    expectStatus(intent, 200)
    const setupIntentId = (intent.body as { clientSecret: string }).clientSecret.split('_secret_')[0]
    await stripe.setupIntents.confirm(setupIntentId, { payment_method: 'pm_card_visa' })
    const completed = await call('post', '/api/platform/signup/complete', { body: { sessionId, setupIntentId } })
    expectStatus(completed, 200)
    expect(completed.headers.get('set-cookie')).toContain('payload-token=')
    expectStatus(await call('get', '/api/platform/signup/session', { query: { sessionId } }), 200)
    expectStatus(await call('post', '/api/platform/signup/account', { body: account }), 409)
  })

  it('refuses an unknown plan (404), an unknown field (400), an unknown session (404), a card not confirmed (402)', async () => {
    expectStatus(
      await call('post', '/api/platform/signup/start', {
        body: { platform: platform.code, tier: 'no-such-tier', billingPeriod: 'monthly' },
      }),
      404,
    )
    expectStatus(
      await call('post', '/api/platform/signup/start', {
        body: { platform: platform.code, tier: small.code, billingPeriod: 'monthly', coupon: 'x' },
      }),
      400,
    )
    expectStatus(await call('get', '/api/platform/signup/session', { query: { sessionId: 'no-such-session' } }), 404)
    const started = await call('post', '/api/platform/signup/start', {
      body: { platform: platform.code, tier: small.code, billingPeriod: 'annual' },
    })
    const { sessionId } = started.body as { sessionId: string }
    await call('post', '/api/platform/signup/account', {
      body: {
        sessionId,
        email: `owner-${uid()}@shop.test`,
        password: 'a-long-password-1',
        companyName: 'Unconfirmed',
        country: 'LU',
      },
    })
    const intent = await call('post', '/api/platform/signup/setup-intent', { body: { sessionId } })
    const setupIntentId = (intent.body as { clientSecret: string }).clientSecret.split('_secret_')[0]
    expectStatus(await call('post', '/api/platform/signup/complete', { body: { sessionId, setupIntentId } }), 402)
  })
})

describe('billing', () => {
  it('reads the subscription, usage, next invoice, a change preview, invoices and card; 401 signed out, 400 for a bad query', async () => {
    const { token } = await billedVendor(payload, stripe, platform, small)
    for (const route of [
      '/api/billing/subscription',
      '/api/billing/usage',
      '/api/billing/upcoming-invoice',
      '/api/billing/invoices',
      '/api/billing/payment-method',
    ]) {
      expectStatus(await call('get', route, { token }), 200)
      expectStatus(await call('get', route), 401)
    }
    expectStatus(await call('get', '/api/billing/upcoming-invoice', { token, query: { tier: large.code } }), 200)
    expectStatus(await call('get', '/api/billing/subscription', { token, query: { vendor: 'Not A Slug' } }), 400)
  })

  it('changes the plan, adds and removes an add-on, replaces the card, cancels and resumes; 403 for a member, 409 for a change already made', async () => {
    const { token, vendor } = await billedVendor(payload, stripe, platform, small)
    const { token: member } = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
    expectStatus(await call('post', '/api/billing/cancel', { token: member }), 403)

    expectStatus(await call('post', '/api/billing/change-tier', { token, body: { tier: large.code } }), 200)
    expectStatus(await call('post', '/api/billing/addons', { token, body: { code: seats.code } }), 200)
    expectStatus(await call('post', '/api/billing/addons', { token, body: { code: seats.code } }), 409)
    expectStatus(await call('delete', '/api/billing/addons/{code}', { token, params: { code: seats.code } }), 200)
    expectStatus(await call('post', '/api/billing/addons', { token, body: { code: 'no-such-add-on' } }), 404)

    const intent = await call('post', '/api/billing/payment-method', { token })
    expectStatus(intent, 200)
    await stripe.setupIntents.confirm((intent.body as { setupIntentId: string }).setupIntentId, {
      payment_method: 'pm_card_mastercard',
    })
    expectStatus(
      await call('post', '/api/billing/payment-method', {
        token,
        body: { setupIntentId: (intent.body as { setupIntentId: string }).setupIntentId },
      }),
      200,
    )

    expectStatus(await call('post', '/api/billing/cancel', { token }), 200)
    expectStatus(await call('post', '/api/billing/cancel', { token }), 409)
    expectStatus(await call('post', '/api/billing/resume', { token, body: {} }), 200)
    expectStatus(await call('post', '/api/billing/resume', { token, body: { now: true } }), 400)
  })
})

describe('invoicing', () => {
  it('saves the settings (404 before), creates, issues, renders, marks paid and credits invoices', async () => {
    const world = await invoicingWorld(payload)
    const shop = await invoicingShop(payload, world, { settings: null })
    expectStatus(await call('get', '/api/vendor/invoice-settings', { token: shop.owner }), 404)
    expectStatus(await call('patch', '/api/vendor/invoice-settings', { token: shop.owner, body: SETTINGS }), 200)
    expectStatus(
      await call('patch', '/api/vendor/invoice-settings', { token: shop.owner, body: { iban: 'not an iban' } }),
      400,
    )
    expectStatus(await call('get', '/api/vendor/invoice-settings', { token: shop.member }), 200)

    const lines = [{ description: 'Leather wallet', quantity: 2, unitPrice: 3450 }]
    const draft = await call('post', '/api/vendor/invoices', {
      token: shop.member,
      body: { customer: LU_CONSUMER, lines },
    })
    expectStatus(draft, 201)
    const id = (draft.body as { invoice: { id: number } }).invoice.id
    expectStatus(await call('post', '/api/vendor/invoices/{id}/mark-paid', { token: shop.owner, params: { id } }), 409)
    expectStatus(await call('post', '/api/vendor/invoices/{id}/issue', { token: shop.owner, params: { id } }), 200)
    expectStatus(await call('get', '/api/vendor/invoices/{id}/pdf', { token: shop.owner, params: { id } }), 200)
    expectStatus(
      await call('get', '/api/vendor/invoices/{id}/pdf', {
        token: shop.owner,
        params: { id },
        query: { format: 'facturx' },
      }),
      200,
    )
    expectStatus(await call('get', '/api/vendor/invoices/{id}/xml', { token: shop.owner, params: { id } }), 200)
    expectStatus(await call('post', '/api/vendor/invoices/{id}/mark-paid', { token: shop.owner, params: { id } }), 200)

    const issued = await call('post', '/api/vendor/invoices', {
      token: shop.owner,
      body: { customer: { ...LU_CONSUMER, vatNumber: null }, lines, issue: true },
    })
    expectStatus(issued, 201)
    expectStatus(
      await call('post', '/api/vendor/invoices/{id}/credit-note', {
        token: shop.owner,
        params: { id: (issued.body as { invoice: { id: number } }).invoice.id },
      }),
      201,
    )
  })

  it('refuses the signed out (401), another shop (403), an unknown invoice (404), a bad format (400)', async () => {
    const world = await invoicingWorld(payload)
    const shop = await invoicingShop(payload, world)
    const other = await invoicingShop(payload, world)
    const draft = await call('post', '/api/vendor/invoices', {
      token: shop.owner,
      body: { customer: LU_CONSUMER, lines: [{ description: 'Book', quantity: 1, unitPrice: 2000 }] },
    })
    const id = (draft.body as { invoice: { id: number } }).invoice.id
    expectStatus(await call('post', '/api/vendor/invoices', { body: { customer: LU_CONSUMER } }), 401)
    expectStatus(await call('get', '/api/vendor/invoices/{id}/xml', { token: other.owner, params: { id } }), 403)
    expectStatus(
      await call('post', '/api/vendor/invoices/{id}/issue', { token: shop.owner, params: { id: 2147483647 } }),
      404,
    )
    expectStatus(
      await call('get', '/api/vendor/invoices/{id}/pdf', {
        token: shop.owner,
        params: { id },
        query: { format: 'docx' },
      }),
      400,
    )
    expectStatus(
      await call('post', '/api/vendor/invoices', { token: shop.owner, body: { customer: LU_CONSUMER } }),
      400,
    )
  })
})

describe('Stripe webhook', () => {
  const event = (id: string) =>
    JSON.stringify({
      id,
      object: 'event',
      type: 'customer.created',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: `cus_${id}`, object: 'customer' } },
    })
  const sign = (body: string) => Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET })

  it('stores a signed event once (a replay is a duplicate); 400 without a valid signature', async () => {
    const id = `evt_${uid()}`
    postedEvents.push(id)
    const body = event(id)
    expectStatus(
      await call('post', '/api/stripe/webhook', {
        rawBody: body,
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign(body) },
      }),
      200,
    )
    const replay = await call('post', '/api/stripe/webhook', {
      rawBody: body,
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign(body) },
    })
    expect(replay.body).toEqual({ received: true, duplicate: true })
    expectStatus(
      await call('post', '/api/stripe/webhook', { rawBody: body, headers: { 'Content-Type': 'application/json' } }),
      400,
    )
    expectStatus(
      await call('post', '/api/stripe/webhook', {
        rawBody: body,
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign('{}') },
      }),
      400,
    )
  })
})

describe('capacity', () => {
  it('takes a snapshot, reads health, capacity, trends and recommendations; 401, 403 and 400', async () => {
    const { token } = await createUser(payload, ['super-admin'])
    const { token: vendorToken } = await createUser(payload, ['vendor-owner'])
    const query = { platform: platform.code }
    expectStatus(await call('post', '/api/admin/capacity/snapshot', { token, query }), 200)
    expectStatus(await call('get', '/api/admin/health', { token, query }), 200)
    expectStatus(await call('get', '/api/admin/subscription-capacity', { token, query }), 200)
    expectStatus(await call('get', '/api/admin/capacity/trends', { token, query: { ...query, days: '30' } }), 200)
    expectStatus(await call('get', '/api/admin/capacity/recommendations', { token, query }), 200)
    expectStatus(await call('get', '/api/health'), 200)
    expectStatus(await call('get', '/api/admin/subscription-capacity'), 401)
    expectStatus(await call('get', '/api/admin/capacity/recommendations', { token: vendorToken }), 403)
    expectStatus(await call('get', '/api/admin/capacity/trends', { token, query: { days: '0' } }), 400)
    expectStatus(await call('get', '/api/admin/health', { token, query: { platform: 'no-such-platform' } }), 404)
  })
})

describe('the reference', () => {
  it('serves the document (304 on its ETag), the page and its files; 404 for another file', async () => {
    const document = await call('get', '/api/openapi.json')
    expectStatus(document, 200)
    expect(document.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())))
    expectStatus(
      await call('get', '/api/openapi.json', { headers: { 'If-None-Match': document.headers.get('etag')! } }),
      304,
    )
    const page = await call('get', '/api/reference')
    expectStatus(page, 200)
    for (const src of page.bytes.toString('utf8').matchAll(/(?:src|href)="reference\/([^"]+)"/g)) {
      expectStatus(await call('get', '/api/reference/{asset}', { params: { asset: src[1] } }), 200)
    }
    expectStatus(await call('get', '/api/reference/{asset}', { params: { asset: 'reference.js' } }), 200)
    expectStatus(await call('get', '/api/reference/{asset}', { params: { asset: 'package.json' } }), 404)
  })
})

describe('coverage', () => {
  it('answered every documented operation with a success at least once', () => {
    const unanswered = contract
      .operations()
      .filter((operation) => ![...(contract.seen.get(operation) ?? [])].some((status) => status >= 200 && status < 300))
    expect(unanswered).toEqual([])
  })
})
