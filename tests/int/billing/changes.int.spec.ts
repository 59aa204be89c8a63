import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { syncSubscriptionFromStripe } from '@/services/billing/syncFromStripe'
import { syncAddOnPrice, syncTierPrices } from '@/services/stripe/syncPrices'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { rest, type RestResponse, testPayload } from '../../helpers/payload'
import { stripeStandIn } from '../../helpers/stripeBilling'

const DAY = 86_400

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let req: PayloadRequest
let platform: Platform
let otherPlatform: Platform
let essential: SubscriptionTier
let professional: SubscriptionTier
let seats: AddOn

const message = (response: RestResponse) => response.body?.errors?.[0]?.message as string

async function withPrices(tier: SubscriptionTier): Promise<SubscriptionTier> {
  const prices = await syncTierPrices(stripe, {
    platformCode: platform.code,
    code: tier.code,
    name: tier.name,
    priceMonthly: tier.priceMonthly,
    priceAnnual: tier.priceAnnual,
  })
  return payload.update({ collection: 'subscription-tiers', id: tier.id, data: prices })
}

beforeAll(async () => {
  ;({ standIn, stripe } = await stripeStandIn('billing'))
  payload = await testPayload()
  req = await createLocalReq({}, payload)
  const created = await omsPlatform(payload, [
    { code: 'essential', limits: { products: 3, teamMembers: 2, ordersPerMonth: 50 }, sortOrder: 10 },
    { code: 'professional', limits: { products: 10, teamMembers: 5, ordersPerMonth: 500 }, sortOrder: 20 },
    { code: 'business', limits: {}, sortOrder: 30 },
  ])
  platform = created.platform
  ;[essential, professional] = await Promise.all(created.tiers.map(withPrices))
  seats = await payload.create({
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
    id: seats.id,
    data: await syncAddOnPrice(stripe, {
      platformCode: platform.code,
      code: seats.code,
      name: seats.name,
      price: 900,
      interval: 'month',
    }),
  })
  ;({ platform: otherPlatform } = await createPlatform(payload))
})

afterAll(async () => {
  await standIn?.close()
})

type Subscribed = { vendor: Vendor; token: string; subscriptionId: string; customerId: string; rowId: number }

/** A vendor with an owner, billed on Stripe: trialing (card on file) or active (first invoice paid). */
async function subscribedVendor(
  tier: SubscriptionTier,
  options: { period?: 'monthly' | 'annual'; trial?: boolean } = {},
): Promise<Subscribed> {
  const period = options.period ?? 'monthly'
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  const customer = await stripe.customers.create({ email: `${vendor.slug}@example.test` })
  const card = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id })
  await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: card.id } })
  const price = period === 'annual' ? tier.stripePriceAnnual! : tier.stripePriceMonthly!
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price }],
    ...(options.trial ? { trial_period_days: 30 } : {}),
  })
  const row = (
    await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } }, limit: 1 })
  ).docs[0]
  await payload.update({
    collection: 'vendor-subscriptions',
    id: row.id,
    data: { stripeCustomerId: customer.id, stripeSubscriptionId: subscription.id },
  })
  await syncSubscriptionFromStripe(req, subscription.id)
  return { vendor, token, subscriptionId: subscription.id, customerId: customer.id, rowId: row.id }
}

const addProducts = async (vendor: Vendor, count: number) => {
  for (let index = 0; index < count; index++) {
    await payload.create({
      collection: 'products',
      data: { vendor: vendor.id, platform: platform.id, title: `P${index}`, sku: `sku-${uid()}`, price: 100 },
    })
  }
}

const createProduct = (token: string, vendor: Vendor) =>
  rest('POST', '/api/products', {
    token,
    body: { vendor: vendor.id, platform: platform.id, title: 'New', sku: `sku-${uid()}`, price: 100 },
  })

const row = (id: number) => payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0 })

const stripeInvoices = async (customerId: string) => (await stripe.invoices.list({ customer: customerId })).data

describe('who may see and change billing', () => {
  it('answers 401 signed out on every endpoint', async () => {
    for (const [method, path] of [
      ['GET', '/api/billing/subscription'],
      ['GET', '/api/billing/usage'],
      ['GET', '/api/billing/upcoming-invoice'],
      ['GET', '/api/billing/invoices'],
      ['POST', '/api/billing/change-tier'],
      ['POST', '/api/billing/addons'],
      ['DELETE', '/api/billing/addons/x'],
      ['POST', '/api/billing/cancel'],
      ['POST', '/api/billing/resume'],
      ['POST', '/api/billing/payment-method'],
    ]) {
      const body = path.endsWith('change-tier') ? { tier: 'x' } : path.endsWith('addons') ? { code: 'x' } : undefined
      expect((await rest(method, path, { body })).status, `${method} ${path}`).toBe(401)
    }
  })

  it('lets members read (200) but not change (403); another vendor is 403; admins read with ?vendor=', async () => {
    const shop = await subscribedVendor(essential)
    const other = await subscribedVendor(essential)
    const { token: member } = await createUser(payload, ['vendor-member'], { vendors: [shop.vendor.id] })
    for (const path of [
      '/api/billing/subscription',
      '/api/billing/usage',
      '/api/billing/upcoming-invoice',
      '/api/billing/invoices',
    ]) {
      expect((await rest('GET', path, { token: member })).status, path).toBe(200)
      const foreign = await rest('GET', `${path}?vendor=${other.vendor.slug}`, { token: shop.token })
      expect(foreign.status, path).toBe(403)
    }
    const memberChange = await rest('POST', '/api/billing/change-tier', {
      token: member,
      body: { tier: professional.code },
    })
    expect(memberChange.status).toBe(403)
    expect(message(memberChange)).toBe("Only the vendor's owner can change its billing.")
    for (const path of ['/api/billing/cancel', '/api/billing/resume', '/api/billing/payment-method']) {
      expect((await rest('POST', path, { token: member })).status, path).toBe(403)
    }
    expect((await rest('DELETE', `/api/billing/addons/${seats.code}`, { token: member })).status).toBe(403)
    const foreignWrite = await rest('POST', `/api/billing/change-tier?vendor=${other.vendor.slug}`, {
      token: shop.token,
      body: { tier: professional.code },
    })
    expect(foreignWrite.status).toBe(403)
    expect((await row(other.rowId)).tier).toBe(essential.id)

    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    const { token: otherAdmin } = await createUser(payload, ['platform-admin'], { platforms: [otherPlatform.id] })
    const { token: superAdmin } = await createUser(payload, ['super-admin'])
    const seen = await rest('GET', `/api/billing/subscription?vendor=${shop.vendor.slug}`, { token: admin })
    expect(seen.status).toBe(200)
    expect(seen.body.vendor.slug).toBe(shop.vendor.slug)
    expect((await rest('GET', `/api/billing/invoices?vendor=${shop.vendor.slug}`, { token: admin })).status).toBe(200)
    expect((await rest('GET', '/api/billing/subscription', { token: admin })).status).toBe(400)
    expect((await rest('POST', `/api/billing/cancel?vendor=${shop.vendor.slug}`, { token: admin })).status).toBe(403)
    expect(
      (await rest('GET', `/api/billing/subscription?vendor=${shop.vendor.slug}`, { token: otherAdmin })).status,
    ).toBe(403)
    expect((await rest('GET', `/api/billing/usage?vendor=${shop.vendor.slug}`, { token: superAdmin })).status).toBe(200)
    expect((await rest('GET', '/api/billing/usage', { token: superAdmin })).status).toBe(400)
  })

  it('answers 4xx with a message for bad input, and 400 for the same plan', async () => {
    const shop = await subscribedVendor(essential)
    const post = (body: unknown) => rest('POST', '/api/billing/change-tier', { token: shop.token, body })
    expect((await post({})).status).toBe(400)
    expect(message(await post({ tier: professional.code, billingPeriod: 'weekly' }))).toContain(
      'billingPeriod must be "monthly" or "annual"',
    )
    const unknown = await post({ tier: 'no-such-tier' })
    expect(unknown.status).toBe(400)
    expect(message(unknown)).toContain('There is no plan "no-such-tier"')
    const same = await post({ tier: essential.code, billingPeriod: 'monthly' })
    expect(same.status).toBe(400)
    expect(message(same)).toBe('You are already on Tier 0 with monthly billing: choose another plan or billing period.')
    expect((await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: 'nope' } })).status).toBe(404)
    expect((await rest('DELETE', `/api/billing/addons/${seats.code}`, { token: shop.token })).status).toBe(404)
    expect(
      (await rest('GET', '/api/billing/upcoming-invoice?billingPeriod=weekly', { token: shop.token })).status,
    ).toBe(400)
    expect(
      (
        await rest('POST', '/api/billing/payment-method', {
          token: shop.token,
          body: { setupIntentId: 'seti_unknown' },
        })
      ).status,
    ).toBe(409)
  })
})

describe('changing the plan', () => {
  it('previews an upgrade with proration lines, then upgrades at once, charged, with the higher limits in force', async () => {
    const shop = await subscribedVendor(essential)
    await addProducts(shop.vendor, 3)
    expect((await createProduct(shop.token, shop.vendor)).status).toBe(403)

    const next = await rest('GET', '/api/billing/upcoming-invoice', { token: shop.token })
    expect(next.status).toBe(200)
    expect(next.body.invoice).toMatchObject({ total: 1000, currency: 'eur' })
    expect(next.body.invoice.lines[0]).toMatchObject({
      amount: 1000,
      proration: false,
      description: expect.stringContaining('Tier 0'),
    })
    expect(next.body.invoice.lines[0].period.start).toBe((await row(shop.rowId)).currentPeriodEnd)

    const preview = await rest('GET', `/api/billing/upcoming-invoice?tier=${professional.code}`, { token: shop.token })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.change).toMatchObject({ direction: 'upgrade', effective: 'now', billingPeriod: 'monthly' })
    const lines = preview.body.invoice.lines
    expect(lines.map((line: { proration: boolean }) => line.proration)).toEqual([true, true])
    expect(lines[0].amount).toBeLessThan(0)
    expect(lines[0].description).toBe('Unused time: Tier 0 plan, monthly')
    expect(lines[1].amount).toBeGreaterThan(0)
    expect(preview.body.invoice.total).toBe(lines[0].amount + lines[1].amount)

    const changed = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: professional.code },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      tier: { code: professional.code },
      change: { direction: 'upgrade', effective: 'now' },
      limits: { products: 10 },
      pendingChange: null,
    })
    expect((await createProduct(shop.token, shop.vendor)).status).toBe(201)
    const [latest] = await stripeInvoices(shop.customerId)
    expect(latest).toMatchObject({ billing_reason: 'subscription_update', status: 'paid' })

    const listed = await rest('GET', '/api/billing/invoices', { token: shop.token })
    expect(listed.body.invoices).toHaveLength(2)
    expect(listed.body.invoices[0]).toMatchObject({
      id: latest.id,
      number: latest.number,
      status: 'paid',
      total: latest.total,
      pdfUrl: latest.invoice_pdf,
    })
    expect((await fetch(listed.body.invoices[0].pdfUrl)).headers.get('content-type')).toBe('application/pdf')
  })

  it('refuses a downgrade over the usage with 409 listing each limit exceeded', async () => {
    const shop = await subscribedVendor(professional)
    await addProducts(shop.vendor, 5)
    for (const n of [1, 2]) await createUser(payload, ['vendor-member'], { vendors: [shop.vendor.id] }).then(() => n)
    const refused = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: essential.code },
    })
    expect(refused.status).toBe(409)
    expect(message(refused)).toBe(
      'You have 5 products; Tier 0 allows 3. You have 3 team members; Tier 0 allows 2. Remove what is over the limit first, or choose a larger plan.',
    )
    const french = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: essential.code },
      headers: { 'Accept-Language': 'fr' },
    })
    expect(message(french)).toContain('Vous avez 5 produits ; Tier 0 en permet 3')
    expect((await row(shop.rowId)).tier).toBe(professional.id)
  })

  it('downgrades at the end of the period: pending until then, then the lower limits apply', async () => {
    const shop = await subscribedVendor(professional)
    await addProducts(shop.vendor, 3)
    const before = await row(shop.rowId)
    // Previewed as Stripe takes it (no proration_date with proration_behavior=none): the first invoice on Essential.
    const preview = await rest('GET', `/api/billing/upcoming-invoice?tier=${essential.code}`, { token: shop.token })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body).toMatchObject({
      change: { direction: 'downgrade', effective: 'period_end' },
      invoice: { total: 1000 },
    })
    const changed = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: essential.code },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      tier: { code: professional.code },
      change: { direction: 'downgrade', effective: 'period_end' },
      pendingChange: { tier: { code: essential.code }, billingPeriod: 'monthly', at: before.currentPeriodEnd },
      limits: { products: 10 },
    })
    expect((await createProduct(shop.token, shop.vendor)).status).toBe(201) // still Professional
    const upcoming = await rest('GET', '/api/billing/upcoming-invoice', { token: shop.token })
    expect(upcoming.body.invoice.total).toBe(1000) // the first invoice on Essential

    await standIn.advanceTime(new Date(before.currentPeriodEnd!).getTime() / 1000 - standIn.now() + 60)
    const synced = await syncSubscriptionFromStripe(req, shop.subscriptionId)
    expect(synced!.subscription).toMatchObject({
      tier: essential.id,
      pendingTier: null,
      pendingChangeAt: null,
      status: 'active',
    })
    expect(synced!.periodReset).toBe(true)
    const refused = await createProduct(shop.token, shop.vendor)
    expect(refused.status).toBe(403)
    expect(message(refused)).toContain('your Tier 0 plan allows 3 products')
  })

  it('switches annual → monthly of the same tier at the end of the paid year, monthly → annual at once', async () => {
    const yearly = await subscribedVendor(essential, { period: 'annual' })
    const end = (await row(yearly.rowId)).currentPeriodEnd!
    const switched = await rest('POST', '/api/billing/change-tier', {
      token: yearly.token,
      body: { tier: essential.code, billingPeriod: 'monthly' },
    })
    expect(switched.status, JSON.stringify(switched.body)).toBe(200)
    expect(switched.body).toMatchObject({
      billingPeriod: 'annual',
      change: { effective: 'period_end' },
      pendingChange: { tier: { code: essential.code }, billingPeriod: 'monthly', at: end },
    })
    await standIn.advanceTime(new Date(end).getTime() / 1000 - standIn.now() + 60)
    expect((await syncSubscriptionFromStripe(req, yearly.subscriptionId))!.subscription).toMatchObject({
      billingPeriod: 'monthly',
      pendingChangeAt: null,
    })

    const monthly = await subscribedVendor(essential)
    const upgraded = await rest('POST', '/api/billing/change-tier', {
      token: monthly.token,
      body: { tier: essential.code, billingPeriod: 'annual' },
    })
    expect(upgraded.status, JSON.stringify(upgraded.body)).toBe(200)
    expect(upgraded.body).toMatchObject({ billingPeriod: 'annual', change: { direction: 'upgrade', effective: 'now' } })
    const [invoice] = await stripeInvoices(monthly.customerId)
    expect(invoice.lines.data.some((line) => line.amount === 10_000)).toBe(true) // the year charged at once
  })

  it('applies a change during the trial to the trial, without charging', async () => {
    const shop = await subscribedVendor(essential, { trial: true })
    const preview = await rest('GET', `/api/billing/upcoming-invoice?tier=${professional.code}`, { token: shop.token })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.invoice.total).toBe(0)
    const changed = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: professional.code },
    })
    expect(changed.body).toMatchObject({
      status: 'trialing',
      tier: { code: professional.code },
      limits: { products: 10 },
    })
    const down = await rest('POST', '/api/billing/change-tier', { token: shop.token, body: { tier: essential.code } })
    expect(down.body).toMatchObject({
      status: 'trialing',
      tier: { code: essential.code },
      change: { effective: 'now' },
      pendingChange: null,
    })
    // nothing charged: the trial's €0 invoice only
    expect((await stripeInvoices(shop.customerId)).map((invoice) => invoice.total)).toEqual([0])
  })

  it('answers 502 when Stripe fails, with our row unchanged, and 503 naming the variable when Stripe is not configured', async () => {
    const shop = await subscribedVendor(essential)
    const before = await row(shop.rowId)
    standIn.failNext(`POST /v1/subscriptions/${shop.subscriptionId}`, 500)
    const failed = await rest('POST', '/api/billing/change-tier', {
      token: shop.token,
      body: { tier: professional.code },
    })
    expect(failed.status).toBe(502)
    expect(message(failed)).toBe(
      'Our payment provider did not answer correctly, so nothing was changed. Try again in a moment.',
    )
    const after = await row(shop.rowId)
    expect(after).toMatchObject({ tier: essential.id, updatedAt: before.updatedAt })
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.items.data[0].price.id).toBe(
      essential.stripePriceMonthly,
    )

    const key = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      for (const [method, path, body] of [
        ['POST', '/api/billing/change-tier', { tier: professional.code }],
        ['POST', '/api/billing/cancel', undefined],
        ['GET', '/api/billing/upcoming-invoice', undefined],
        ['GET', '/api/billing/invoices', undefined],
      ] as const) {
        const answer = await rest(method, path, { token: shop.token, body })
        expect(answer.status, path).toBe(503)
        expect(message(answer)).toContain('STRIPE_SECRET_KEY')
      }
    } finally {
      process.env.STRIPE_SECRET_KEY = key
    }
  })
})

describe('add-ons', () => {
  it('adds an add-on at once (prorated) and refuses removing it while the usage needs it', async () => {
    const shop = await subscribedVendor(essential)
    const added = await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body).toMatchObject({ addOns: [{ code: seats.code }], limits: { teamMembers: 5 } })
    expect((await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })).status).toBe(
      409,
    )
    const [invoice] = await stripeInvoices(shop.customerId)
    expect(invoice).toMatchObject({ billing_reason: 'subscription_update', status: 'paid' })
    expect(invoice.lines.data[0].parent?.subscription_item_details?.proration).toBe(true)

    for (let n = 0; n < 2; n++) await createUser(payload, ['vendor-member'], { vendors: [shop.vendor.id] })
    const refused = await rest('DELETE', `/api/billing/addons/${seats.code}`, { token: shop.token })
    expect(refused.status).toBe(409)
    expect(message(refused)).toContain('You have 3 team members; Tier 0 without Three more seats allows 2')
  })

  it('serialises a double click: the same add-on is added once', async () => {
    const shop = await subscribedVendor(essential)
    const answers = await Promise.all(
      [1, 2].map(() => rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect(
      standIn.state.subscriptions
        .get(shop.subscriptionId)!
        .items.data.filter((item: { price: { id: string } }) => item.price.id === seats.stripePrice),
    ).toHaveLength(1)
  })

  it('removes an add-on at the end of the period', async () => {
    const shop = await subscribedVendor(essential)
    await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })
    const end = (await row(shop.rowId)).currentPeriodEnd!
    const removed = await rest('DELETE', `/api/billing/addons/${seats.code}`, { token: shop.token })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(removed.body).toMatchObject({
      addOns: [{ code: seats.code }],
      pendingChange: { tier: null, at: end },
      limits: { teamMembers: 5 },
    })
    await standIn.advanceTime(new Date(end).getTime() / 1000 - standIn.now() + 60)
    expect((await syncSubscriptionFromStripe(req, shop.subscriptionId))!.subscription).toMatchObject({
      addOns: [],
      pendingChangeAt: null,
    })
  })

  it('removing an add-on during the trial races with no new team member: its usage check and the limited inserts share the lock', async () => {
    const shop = await subscribedVendor(essential, { trial: true })
    await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })
    const held = standIn.hold('POST /v1/subscriptions/:id')
    const removal = rest('DELETE', `/api/billing/addons/${seats.code}`, { token: shop.token })
    await held.reached
    const invites: number[] = []
    for (const n of [1, 2, 3]) {
      const answer = await rest('POST', '/api/users', {
        token: shop.token,
        body: {
          email: `m${n}-${shop.vendor.slug}@example.test`,
          password: 'pw-123456',
          roles: ['vendor-member'],
          vendors: [shop.vendor.id],
        },
      })
      invites.push(answer.status)
    }
    held.release()
    const removed = await removal
    expect(invites).toContain(201)
    const members = await payload.count({ collection: 'users', where: { vendors: { contains: shop.vendor.id } } })
    const limit = (await rest('GET', '/api/billing/subscription', { token: shop.token })).body.limits.teamMembers
    expect(members.totalDocs, `removal answered ${removed.status}`).toBeLessThanOrEqual(limit)
  })

  it('makes an add-on bought during the trial part of it, billed from its end', async () => {
    const shop = await subscribedVendor(essential, { trial: true })
    const added = await rest('POST', '/api/billing/addons', { token: shop.token, body: { code: seats.code } })
    expect(added.body).toMatchObject({ status: 'trialing', addOns: [{ code: seats.code }], limits: { teamMembers: 5 } })
    // nothing charged: the trial's €0 invoice only
    expect((await stripeInvoices(shop.customerId)).map((invoice) => invoice.total)).toEqual([0])
    const trialEnd = (await row(shop.rowId)).trialEndsAt!
    await standIn.advanceTime(new Date(trialEnd).getTime() / 1000 - standIn.now() + 60)
    const [first] = await stripeInvoices(shop.customerId)
    expect(first.total).toBe(1000 + 900)
    expect(first.lines.data[0].period.start).toBe(new Date(trialEnd).getTime() / 1000)
  })
})

describe('cancel, resume and the card', () => {
  it('cancels at the period end and resumes', async () => {
    const shop = await subscribedVendor(essential)
    const canceled = await rest('POST', '/api/billing/cancel', { token: shop.token })
    expect(canceled.status, JSON.stringify(canceled.body)).toBe(200)
    expect(canceled.body).toMatchObject({ cancelAtPeriodEnd: true, status: 'active' })
    expect((await rest('POST', '/api/billing/cancel', { token: shop.token })).status).toBe(409)
    expect((await rest('GET', '/api/billing/upcoming-invoice', { token: shop.token })).body.invoice).toBeNull()
    const resumed = await rest('POST', '/api/billing/resume', { token: shop.token })
    expect(resumed.body).toMatchObject({ cancelAtPeriodEnd: false })
    expect((await rest('POST', '/api/billing/resume', { token: shop.token })).status).toBe(409)

    // Stripe changes, then reading it back fails: the answer says so, and the next sync (the webhook's) converges.
    await rest('POST', '/api/billing/cancel', { token: shop.token })
    standIn.failNext(`GET /v1/subscriptions/${shop.subscriptionId}`, 500)
    const unconfirmed = await rest('POST', '/api/billing/resume', { token: shop.token })
    expect(unconfirmed.status).toBe(502)
    expect(message(unconfirmed)).toContain('Your change was made')
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.cancel_at_period_end).toBe(false)
    expect((await row(shop.rowId)).cancelAtPeriodEnd).toBe(true)
    expect((await syncSubscriptionFromStripe(req, shop.subscriptionId))!.subscription.cancelAtPeriodEnd).toBe(false)
  })

  it('refuses a downgrade while the subscription is set to end (a schedule would own the cancellation); an upgrade goes through', async () => {
    const shop = await subscribedVendor(professional)
    expect((await rest('POST', '/api/billing/cancel', { token: shop.token })).status).toBe(200)
    const down = await rest('POST', '/api/billing/change-tier', { token: shop.token, body: { tier: essential.code } })
    expect(down.status, JSON.stringify(down.body)).toBe(409)
    expect(message(down)).toMatch(/set to end on \d{4}-\d{2}-\d{2}: resume it first/)
    const preview = await rest('GET', `/api/billing/upcoming-invoice?tier=${essential.code}`, { token: shop.token })
    expect(preview.status).toBe(409)
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.schedule).toBeNull()
    // Stripe itself refuses to change the cancellation of a subscription a schedule manages.
    await rest('POST', '/api/billing/resume', { token: shop.token })
    expect(
      (await rest('POST', '/api/billing/change-tier', { token: shop.token, body: { tier: essential.code } })).status,
    ).toBe(200)
    const direct = await stripe.subscriptions
      .update(shop.subscriptionId, { cancel_at_period_end: true })
      .catch((error) => error)
    expect(direct).toMatchObject({ statusCode: 400, param: 'cancel_at_period_end' })
    expect(direct.message).toContain('managed by the subscription schedule')
    // Cancelling through the app releases the schedule first (the waiting downgrade is dropped).
    const canceled = await rest('POST', '/api/billing/cancel', { token: shop.token })
    expect(canceled.body).toMatchObject({ cancelAtPeriodEnd: true, pendingChange: null })
  })

  it('replaces the card through a SetupIntent, then makes it the default', async () => {
    const shop = await subscribedVendor(essential)
    const intent = await rest('POST', '/api/billing/payment-method', { token: shop.token })
    expect(intent.status, JSON.stringify(intent.body)).toBe(200)
    expect(intent.body).toMatchObject({
      publishableKey: 'pk_test_billing',
      clientSecret: expect.stringContaining('_secret_'),
    })
    expect(
      (
        await rest('POST', '/api/billing/payment-method', {
          token: shop.token,
          body: { setupIntentId: intent.body.setupIntentId },
        })
      ).status,
    ).toBe(402)
    const confirmed = await stripe.setupIntents.confirm(intent.body.setupIntentId, {
      payment_method: 'pm_card_mastercard',
    })
    const used = await rest('POST', '/api/billing/payment-method', {
      token: shop.token,
      body: { setupIntentId: intent.body.setupIntentId },
    })
    expect(used.status, JSON.stringify(used.body)).toBe(200)
    expect(used.body.paymentMethod).toBe(confirmed.payment_method)
    expect(standIn.state.customers.get(shop.customerId)!.invoice_settings.default_payment_method).toBe(
      confirmed.payment_method,
    )
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.default_payment_method).toBe(confirmed.payment_method)
    const other = await subscribedVendor(essential)
    expect(
      (
        await rest('POST', '/api/billing/payment-method', {
          token: other.token,
          body: { setupIntentId: intent.body.setupIntentId },
        })
      ).status,
    ).toBe(409)
  })
})

describe('what a subscription allows (GET /api/billing/subscription `actions`), by the rules the changes enforce', () => {
  const view = async (token: string) => (await rest('GET', '/api/billing/subscription', { token })).body
  const none = { changePlan: false, addOns: false, replaceCard: false, cancel: false, resume: false }

  /** Every change the billing page offers, each as its endpoint is called, one after the other. */
  async function attempts(token: string) {
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/billing/upcoming-invoice?tier=${professional.code}`],
      ['POST', '/api/billing/change-tier', { tier: professional.code }],
      ['POST', '/api/billing/addons', { code: seats.code }],
      ['DELETE', `/api/billing/addons/${seats.code}`],
      ['POST', '/api/billing/payment-method'],
      ['POST', '/api/billing/cancel'],
      ['POST', '/api/billing/resume'],
    ]
    const answers = []
    for (const [method, path, body] of calls) answers.push(await rest(method, path, { token, body }))
    return answers
  }

  it('allows a live shop billed on Stripe every change; once it is set to end, resume instead of cancel', async () => {
    const shop = await subscribedVendor(essential)
    expect(await view(shop.token)).toMatchObject({
      billedOnStripe: true,
      changesRefused: null,
      actions: { changePlan: true, addOns: true, replaceCard: true, cancel: true, resume: false },
    })
    const canceled = await rest('POST', '/api/billing/cancel', { token: shop.token })
    expect(canceled.body).toMatchObject({
      changesRefused: null,
      actions: { changePlan: true, addOns: true, replaceCard: true, cancel: false, resume: true },
    })
  })

  it('allows nothing to a shop not billed on Stripe, and each change answers 409 saying so', async () => {
    const vendor = await createVendor(payload, [{ platform, tier: essential }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expect(await view(token)).toMatchObject({
      status: 'trialing',
      billedOnStripe: false,
      changesRefused: 'not_billed_online',
      actions: none,
    })
    for (const refused of await attempts(token)) {
      expect(refused.status, JSON.stringify(refused.body)).toBe(409)
      expect(message(refused)).toBe('This subscription is not billed online: contact us to change it.')
    }
  })

  it('allows nothing to an ended subscription on Stripe (canceled or expired), not even a new card, and each change answers 409 "ended"', async () => {
    const shop = await subscribedVendor(essential)
    await stripe.subscriptions.cancel(shop.subscriptionId)
    await syncSubscriptionFromStripe(req, shop.subscriptionId)
    expect(await view(shop.token)).toMatchObject({
      status: 'canceled',
      readOnly: true,
      billedOnStripe: true,
      changesRefused: 'ended',
      actions: none,
    })
    for (const refused of await attempts(shop.token)) {
      expect(refused.status, JSON.stringify(refused.body)).toBe(409)
      expect(message(refused)).toBe(
        'This subscription is canceled: it can no longer be changed. Contact us to start again.',
      )
    }

    const expired = await subscribedVendor(essential)
    await payload.update({ collection: 'vendor-subscriptions', id: expired.rowId, data: { status: 'expired' } })
    expect(await view(expired.token)).toMatchObject({ status: 'expired', changesRefused: 'ended', actions: none })
    const card = await rest('POST', '/api/billing/payment-method', { token: expired.token })
    expect(card.status).toBe(409)
    expect(message(card)).toBe('This subscription is expired: it can no longer be changed. Contact us to start again.')
  })
})

describe('vendors that go away stop being billed', () => {
  const runCancelJobs = () => payload.jobs.run({ where: { taskSlug: { equals: 'cancelVendorBilling' } }, silent: true })

  it('deleting a vendor cancels its Stripe subscription and deletes the customer, through an idempotent job', async () => {
    const shop = await subscribedVendor(essential)
    const { token: superAdmin } = await createUser(payload, ['super-admin'])
    expect((await rest('DELETE', `/api/vendors/${shop.vendor.id}`, { token: superAdmin })).status).toBe(200)
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'cancelVendorBilling' },
        'input.stripeSubscriptionId': { equals: shop.subscriptionId },
      },
    })
    expect(queued.docs).toHaveLength(1)
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.status).toBe('active') // nothing before the job runs
    await runCancelJobs()
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.status).toBe('canceled')
    expect(standIn.state.customers.get(shop.customerId)!.deleted).toBe(true)

    // Run again (a second worker, a retry): nothing more happens, nothing fails.
    await payload.jobs.queue({
      task: 'cancelVendorBilling',
      input: { stripeSubscriptionId: shop.subscriptionId, stripeCustomerId: shop.customerId, deleteCustomer: true },
    })
    const cancels = () =>
      standIn.requests.filter((request) => request.method === 'DELETE' && request.path.includes(shop.subscriptionId))
        .length
    const before = cancels()
    await runCancelJobs()
    expect(cancels()).toBe(before)
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'cancelVendorBilling' }, hasError: { equals: true } },
    })
    expect(left.docs).toHaveLength(0)
  })

  it('deactivating a vendor on the platform cancels that subscription and keeps the customer', async () => {
    const shop = await subscribedVendor(essential)
    const membership = (
      await payload.find({ collection: 'vendor-platforms', where: { vendor: { equals: shop.vendor.id } } })
    ).docs[0]
    await payload.update({ collection: 'vendor-platforms', id: membership.id, data: { isActive: false } })
    await runCancelJobs()
    expect(standIn.state.subscriptions.get(shop.subscriptionId)!.status).toBe('canceled')
    expect(standIn.state.customers.get(shop.customerId)!.deleted).toBeUndefined()
    expect((await syncSubscriptionFromStripe(req, shop.subscriptionId))!.subscription.status).toBe('canceled')
  })

  it('a delete that rolls back queues nothing', async () => {
    const shop = await subscribedVendor(essential)
    const count = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { 'input.stripeSubscriptionId': { equals: shop.subscriptionId } },
        })
      ).totalDocs
    const { token: owner } = shop
    expect((await rest('DELETE', `/api/vendors/${shop.vendor.id}`, { token: owner })).status).toBe(403)
    expect(await count()).toBe(0)
  })
})

describe('Stripe clock and dunning hooks for later', () => {
  it('rolls a trial into a paid period and resets the order counter once', async () => {
    const shop = await subscribedVendor(essential, { trial: true })
    await payload.update({ collection: 'vendor-subscriptions', id: shop.rowId, data: { ordersThisPeriod: 4 } })
    const trialEnd = (await row(shop.rowId)).trialEndsAt!
    await standIn.advanceTime(new Date(trialEnd).getTime() / 1000 - standIn.now() + DAY)
    const first = await syncSubscriptionFromStripe(req, shop.subscriptionId)
    expect(first!.subscription).toMatchObject({ status: 'active', ordersThisPeriod: 0 })
    await payload.update({ collection: 'vendor-subscriptions', id: shop.rowId, data: { ordersThisPeriod: 1 } })
    expect((await syncSubscriptionFromStripe(req, shop.subscriptionId))!.subscription.ordersThisPeriod).toBe(1)
  })
})
