import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'
import { checkVatNumber } from '@/services/signup/vat'

import { type LetzshopStandIn, startLetzshopStandIn } from '../../../scripts/stand-ins/letzshop/server'
import { type SmtpStandIn, startSmtpStandIn } from '../../../scripts/stand-ins/smtp/server'
import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { login, rest, type RestResponse } from '../../helpers/payload'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let stripeStandIn: StripeStandIn
let letzshop: LetzshopStandIn
let smtp: SmtpStandIn
let stripe: Stripe
let platform: Platform
let tier: SubscriptionTier
let privateTier: SubscriptionTier
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signup-spec-'))
const run = uid()
const shops = Array.from({ length: 8 }, (_, index) => ({
  id: `sg${run}${index}`,
  slug: `signup-shop-${run}-${index}`,
  name: `Épicerie Signup ${index}`,
  url: `https://letzshop.lu/fr/vendors/signup-shop-${run}-${index}`,
  languages: ['fr'],
  logo: null,
  location: { city: 'Luxembourg', country: 'LU' },
}))

let addressCounter = 0
const newAddress = () => `10.77.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`

const post = (step: string, body: unknown, address = newAddress(), headers: Record<string, string> = {}) =>
  rest('POST', `/api/platform/signup/${step}`, { body, headers: { 'X-Forwarded-For': address, ...headers } })

const message = (response: RestResponse) => response.body?.errors?.[0]?.message as string

const PASSWORD = 'a-long-password-1'

async function start(address?: string, input: Record<string, unknown> = {}) {
  const response = await post(
    'start',
    { platform: platform.code, tier: tier.code, billingPeriod: 'monthly', ...input },
    address,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.sessionId as string
}

async function account(
  sessionId: string,
  input: Record<string, unknown> = {},
  address?: string,
  headers?: Record<string, string>,
) {
  return post(
    'account',
    {
      sessionId,
      email: `owner-${uid()}@shop.test`,
      password: PASSWORD,
      companyName: 'Épicerie Müller',
      country: 'LU',
      ...input,
    },
    address,
    headers,
  )
}

/** Up to a confirmed card: what the wizard and Stripe.js do before `complete`. */
async function readyToComplete(card = 'pm_card_visa', accountInput: Record<string, unknown> = {}) {
  const sessionId = await start()
  const email = `owner-${uid()}@shop.test`
  expect((await account(sessionId, { email, ...accountInput })).status).toBe(200)
  const intent = await post('setup-intent', { sessionId })
  expect(intent.status, JSON.stringify(intent.body)).toBe(200)
  const setupIntentId = (intent.body.clientSecret as string).split('_secret_')[0]
  const confirmed = await stripe.setupIntents.confirm(setupIntentId, { payment_method: card }).catch((error) => error)
  return { sessionId, email, setupIntentId, confirmed }
}

const countVendors = async (where: object) =>
  (await payload.count({ collection: 'vendors', where: where as never })).totalDocs

beforeAll(async () => {
  const fixtures = path.join(tmp, 'shops.json')
  fs.writeFileSync(fixtures, JSON.stringify({ vendors: shops }))
  ;[stripeStandIn, letzshop, smtp] = await Promise.all([
    startStripeStandIn({ port: 0 }),
    startLetzshopStandIn({ port: 0, fixtures }),
    startSmtpStandIn({ port: 0, dir: tmp, log: () => {} }),
  ])
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_x',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_x',
    STRIPE_API_URL: stripeStandIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
    STRIPE_TIMEOUT_MS: '1500',
    LETZSHOP_API_URL: letzshop.url,
    SMTP_URL: `smtp://127.0.0.1:${new URL(smtp.url).port}`,
    TRUST_PROXY: '1',
  })
  const url = new URL(stripeStandIn.url)
  stripe = new Stripe('sk_test_x', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  })
  payload = await testPayload()
  const created = await createPlatform(payload, [
    { code: 'pro', limits: { cmsPages: 3 }, features: ['cms_basic'] },
    { code: 'hidden', features: ['cms_basic'] },
  ])
  platform = created.platform
  ;[tier, privateTier] = created.tiers
  await payload.update({ collection: 'subscription-tiers', id: privateTier.id, data: { isPublic: false } })
})

afterEach(() => {
  delete process.env.RATE_LIMIT_SIGNUP_PER_10_MIN
  delete process.env.RATE_LIMIT_SIGNUP_PER_SESSION_PER_10_MIN
})

afterAll(async () => {
  await Promise.all([stripeStandIn?.close(), letzshop?.close(), smtp?.close()])
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('signup: the happy path', () => {
  it('creates vendor, owner, trialing subscription with Stripe ids, claim and welcome mail in French, signed in', async () => {
    const sessionId = await start()
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect((await post('claim', { sessionId, letzshopUrl: `${shops[0].url}/?utm=x` })).status).toBe(200)
    const email = `Owner-${uid()}@Shop.test`
    const saved = await account(sessionId, { email, vatNumber: 'LU 26375245' }, undefined, { 'Accept-Language': 'fr' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(JSON.stringify(saved.body)).not.toContain(PASSWORD)
    expect(JSON.stringify(saved.body)).not.toMatch(/pbkdf2|passwordHash|salt/)

    const intent = await post('setup-intent', { sessionId })
    expect(intent.status).toBe(200)
    expect(intent.body.publishableKey).toBe('pk_test_x')
    const setupIntentId = intent.body.clientSecret.split('_secret_')[0]
    expect((await post('setup-intent', { sessionId })).body.clientSecret).toBe(intent.body.clientSecret) // a reload
    expect((await stripe.setupIntents.confirm(setupIntentId, { payment_method: 'pm_card_visa' })).status).toBe(
      'succeeded',
    )

    const progress = await rest('GET', `/api/platform/signup/session?sessionId=${sessionId}`, {
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(progress.status).toBe(200)
    expect(progress.body.steps).toEqual({ plan: true, claim: true, account: true, setupIntent: true, complete: false })
    expect(progress.body.plan).toEqual({ platform: platform.code, tier: tier.code, billingPeriod: 'monthly' })
    expect(JSON.stringify(progress.body)).not.toMatch(/pbkdf2|secret|cus_|seti_/)

    const done = await post('complete', { sessionId, setupIntentId }, undefined, { 'Accept-Language': 'fr-LU,fr' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.vendor.slug).toBe(shops[0].slug)
    expect(done.body.subscription.status).toBe('trialing')
    const trialEnd = new Date(done.body.subscription.trialEndsAt).getTime()
    expect(Math.abs(trialEnd - Date.now() - 30 * 86_400_000)).toBeLessThan(120_000)
    const cookie = done.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=[^;]+;.*HttpOnly/i)

    // The cookie signs the browser in as the new owner.
    const me = await rest('GET', '/api/users/me', { headers: { Cookie: cookie.split(';')[0] } })
    expect(me.body.user).toMatchObject({ email: email.toLowerCase(), roles: ['vendor-owner'] })
    // Its admin session edits content in the browser's language from the first page on.
    const contentLocale = await rest('GET', '/api/payload-preferences/locale', {
      headers: { Cookie: cookie.split(';')[0] },
    })
    expect(contentLocale.body.value).toBe('fr')

    const vendor = await payload.findByID({ collection: 'vendors', id: done.body.vendor.id })
    expect(vendor).toMatchObject({
      name: 'Épicerie Müller',
      country: 'LU',
      vatNumber: 'LU26375245',
      letzshopVendorId: shops[0].id,
      letzshopSlug: shops[0].slug,
    })
    const subscriptions = await payload.find({
      collection: 'vendor-subscriptions',
      where: { vendor: { equals: vendor.id } },
    })
    expect(subscriptions.docs).toHaveLength(1)
    const sub = subscriptions.docs[0]
    expect(sub).toMatchObject({
      status: 'trialing',
      billingPeriod: 'monthly',
      trialEndsAt: done.body.subscription.trialEndsAt,
    })
    expect(sub.stripeCustomerId).toMatch(/^cus_/)
    const stripeSub = stripeStandIn.state.subscriptions.get(sub.stripeSubscriptionId!)!
    expect(stripeSub).toMatchObject({ status: 'trialing', customer: sub.stripeCustomerId })
    expect(new Date(stripeSub.trial_end * 1000).toISOString()).toBe(sub.trialEndsAt)

    // The owner signs in with the password typed in the wizard; the tier's limits apply to it.
    const token = await login(email.toLowerCase(), PASSWORD)
    const usage = await rest('GET', '/api/billing/usage', { token })
    expect(usage.status).toBe(200)
    expect(usage.body.tier.code).toBe(tier.code)
    expect(JSON.stringify(usage.body.usage)).toContain('"limit":3')

    // The session is closed: steps are refused, and so is a repeated complete, which signs no one in.
    expect(
      (await post('account', { sessionId, email: 'x@y.lu', password: PASSWORD, companyName: 'X', country: 'LU' }))
        .status,
    ).toBe(409)
    const again = await post('complete', { sessionId, setupIntentId })
    expect(again.status).toBe(409)
    expect(message(again)).toMatch(/already complete/)
    expect(again.headers.get('set-cookie')).toBeNull()

    // The welcome mail, in French, once the jobs run.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      limit: 200,
      pagination: false,
    })
    const job = jobs.docs.find((doc) => (doc.input as { mailId?: string }).mailId === `welcome:${vendor.id}`)
    expect(job).toBeDefined()
    await payload.jobs.run({ where: { id: { equals: job!.id } }, silent: true })
    const mails = smtp.messages().filter((mail) => mail.envelope.to.includes(email.toLowerCase()))
    expect(mails).toHaveLength(1)
    const parsed = await simpleParser(fs.readFileSync(mails[0].file))
    expect(parsed.subject).toBe(`Bienvenue sur ${platform.name} : « Épicerie Müller » est prêt`)
    expect(parsed.text).toMatch(/^Bonjour,\n/)
    expect(parsed.text).toContain(`Vous vous connectez avec ${email.toLowerCase()}.`)
    expect(parsed.text).toContain(`Votre formule est ${tier.name}.`)
    expect(parsed.text).toContain('http://localhost:3000/admin')
  })
})

describe('signup: the admin link', () => {
  it('is publicBaseUrl + /admin: SERVER_URL trimmed, or the request origin when it is empty', async () => {
    const links: string[] = []
    for (const value of ['', ' https://admin.example.lu/ ']) {
      process.env.SERVER_URL = value
      try {
        const { sessionId, setupIntentId } = await readyToComplete()
        const done = await post('complete', { sessionId, setupIntentId })
        expect(done.status, JSON.stringify(done.body)).toBe(200)
        const jobs = await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'sendEmail' } },
          limit: 500,
          pagination: false,
        })
        const job = jobs.docs.find(
          (doc) => (doc.input as { mailId?: string }).mailId === `welcome:${done.body.vendor.id}`,
        )
        links.push((job?.input as { vars: { adminUrl: string } }).vars.adminUrl)
      } finally {
        delete process.env.SERVER_URL
      }
    }
    expect(links).toEqual(['http://localhost:3000/admin', 'https://admin.example.lu/admin'])
  })
})

describe('signup: bad input answers 4xx with a message', () => {
  it('start', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{}, 400, /platform/],
      [{ platform: 42, tier: tier.code, billingPeriod: 'monthly' }, 400, /platform/],
      [{ platform: platform.code, tier: tier.code, billingPeriod: 'weekly' }, 400, /billingPeriod/],
      [{ platform: platform.code, tier: ['x'], billingPeriod: 'monthly' }, 400, /tier/],
      [{ platform: 'nope-platform', tier: tier.code, billingPeriod: 'monthly' }, 404, /platform/],
      [{ platform: platform.code, tier: 'nope', billingPeriod: 'monthly' }, 404, /plan/],
      [{ platform: platform.code, tier: privateTier.code, billingPeriod: 'annual' }, 404, /plan/],
      ['just a string', 400, /JSON object/],
    ]
    for (const [body, status, text] of cases) {
      const response = await post('start', body)
      expect(response.status, JSON.stringify(body)).toBe(status)
      expect(message(response)).toMatch(text)
    }
  })

  it('unknown or expired session, missing sessionId', async () => {
    for (const sessionId of ['x'.repeat(43), 'short', '']) {
      const response = await post('account', {
        sessionId,
        email: 'a@b.lu',
        password: PASSWORD,
        companyName: 'A',
        country: 'LU',
      })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(message(response)).toMatch(/session/i)
    }
    const sessionId = await start()
    const session = (await payload.find({ collection: 'signup-sessions', where: { token: { equals: sessionId } } }))
      .docs[0]
    await payload.update({
      collection: 'signup-sessions',
      id: session.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const expired = await rest('GET', `/api/platform/signup/session?sessionId=${sessionId}`, {
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(expired.status).toBe(404)
    expect(message(expired)).toMatch(/expired/)
    expect((await post('setup-intent', {})).status).toBe(400)
  })

  it('account: fields, VAT valid / bad checksum / wrong country, email already registered', async () => {
    const sessionId = await start()
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ email: 'not-an-email' }, /email/],
      [{ email: 42 }, /email/],
      [{ password: 'short' }, /password/],
      [{ password: null }, /password/],
      [{ companyName: '' }, /companyName/],
      [{ country: 'Luxembourg' }, /country/],
      [{ country: 'ZZ' }, /country/],
      [{ vatNumber: 'LU26375246' }, /not valid/],
      [{ vatNumber: 'DE136695976' }, /not a VAT number of LU/],
      [{ country: 'US', vatNumber: '123' }, /cannot be checked/],
      [{ locale: 'es' }, /locale/],
    ]
    for (const [input, text] of cases) {
      const response = await account(sessionId, input)
      expect(response.status, JSON.stringify(input)).toBe(400)
      expect(message(response)).toMatch(text)
    }
    expect(checkVatNumber('136695976', 'DE')).toEqual({ ok: true, value: 'DE136695976' })
    expect(checkVatNumber('FR40303265045', 'FR').ok).toBe(true)
    expect((await account(sessionId, { country: 'de', vatNumber: 'DE 136 695 976' })).status).toBe(200)

    const taken = `taken-${uid()}@shop.test`
    await payload.create({ collection: 'users', data: { email: taken, password: PASSWORD, roles: ['vendor-member'] } })
    const duplicate = await account(sessionId, { email: taken.toUpperCase() })
    expect(duplicate.status).toBe(409)
    expect(message(duplicate)).toBe('An account with this email already exists: sign in instead.')
  })

  it('wrong order of steps says which step is missing', async () => {
    const sessionId = await start()
    const intent = await post('setup-intent', { sessionId })
    expect(intent.status).toBe(409)
    expect(message(intent)).toMatch(/account step is missing/)
    expect(message(await post('complete', { sessionId, setupIntentId: 'seti_123' }))).toMatch(/account step is missing/)
    await account(sessionId)
    const complete = await post('complete', { sessionId, setupIntentId: 'seti_123' })
    expect(complete.status).toBe(409)
    expect(message(complete)).toMatch(/card step is missing/)
    expect((await post('complete', { sessionId, setupIntentId: 'nope' })).status).toBe(400)
  })
})

describe('signup: Letzshop shop claiming', () => {
  it('a shop claimed twice, and two parallel claims of one shop', async () => {
    const [a, b, c] = [await start(), await start(), await start()]
    const bad = await post('claim', { sessionId: a, letzshopUrl: 'https://example.com/x' })
    expect(bad.status).toBe(400)
    expect((await post('claim', { sessionId: a })).status).toBe(400)
    expect((await post('claim', { sessionId: a, letzshopSlug: 'no-such-shop-here' })).status).toBe(404)

    expect((await post('claim', { sessionId: a, letzshopSlug: shops[1].slug })).status).toBe(200)
    const second = await post('claim', { sessionId: b, letzshopSlug: shops[1].slug })
    expect(second.status).toBe(409)
    expect(message(second)).toMatch(/signing up this Letzshop shop right now/)

    const racing = await Promise.all(
      [b, c].map((sessionId) => post('claim', { sessionId, letzshopSlug: shops[2].slug })),
    )
    expect(racing.map((response) => response.status).sort()).toEqual([200, 409])
  })
})

describe('signup: the soft hold on a shop', () => {
  const CONTACT = 'hello@platform.example.lu'
  const sessionRow = async (token: string) =>
    (await payload.find({ collection: 'signup-sessions', where: { token: { equals: token } } })).docs[0]
  const lapse = async (token: string) =>
    payload.update({
      collection: 'signup-sessions',
      id: (await sessionRow(token)).id,
      data: { shopHeldUntil: new Date(Date.now() - 1000).toISOString() },
    })
  const lookup = (slug: string) =>
    rest('GET', `/api/platform/letzshop-vendors/lookup?slug=${slug}&platform=${platform.code}`, {
      headers: { 'X-Forwarded-For': newAddress() },
    })

  beforeAll(async () => {
    await payload.update({
      collection: 'platforms',
      id: platform.id,
      data: { config: { ...((platform.config as object) ?? {}), contactEmail: CONTACT } },
    })
  })

  it('holds 15 minutes: a second claimant is told to try again in N minutes, with a mail link; the lookup says the same', async () => {
    const shop = shops[5]
    const [a, b] = [await start(), await start()]
    expect((await post('claim', { sessionId: a, letzshopSlug: shop.slug })).status).toBe(200)
    const held = new Date((await sessionRow(a)).shopHeldUntil!).getTime() - Date.now()
    expect(held).toBeGreaterThan(14 * 60_000)
    expect(held).toBeLessThanOrEqual(15 * 60_000)

    const refused = await post('claim', { sessionId: b, letzshopSlug: shop.slug })
    expect(refused.status).toBe(409)
    expect(message(refused)).toBe(
      `Someone is signing up this Letzshop shop right now. Try again in 15 minutes; if it is yours, write to us at ${CONTACT}.`,
    )
    expect(refused.body.errors[0].data).toMatchObject({
      shop: 'held',
      retryAfterMinutes: 15,
      contact: `mailto:${CONTACT}`,
    })
    const seen = await lookup(shop.slug)
    expect(seen.body).toMatchObject({ claimed: false, held: true, taken: { message: message(refused) } })

    // The same session resumes: its next step renews the hold.
    await lapse(a)
    expect((await account(a)).status).toBe(200)
    expect(new Date((await sessionRow(a)).shopHeldUntil!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)

    // Once the hold has lapsed, the next claimant gets the shop; the first session goes on without it.
    await lapse(a)
    expect((await lookup(shop.slug)).body).toMatchObject({ held: false, taken: null })
    expect((await post('claim', { sessionId: b, letzshopSlug: shop.slug })).status).toBe(200)
    const resumed = await post('setup-intent', { sessionId: a })
    expect(resumed.status).toBe(200)
    const progress = await rest('GET', `/api/platform/signup/session?sessionId=${a}`, {
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(progress.body).toMatchObject({ shop: null, steps: { claim: false } })
  })

  it("a vendor's own claim waits for a live hold and passes once it has lapsed", async () => {
    const shop = shops[6]
    const sessionId = await start()
    expect((await post('claim', { sessionId, letzshopSlug: shop.slug })).status).toBe(200)
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const claim = () =>
      rest('POST', '/api/vendor/letzshop-claim', {
        token,
        body: { letzshopSlug: shop.slug },
        headers: { 'X-Forwarded-For': newAddress() },
      })
    const refused = await claim()
    expect(refused.status).toBe(409)
    expect(message(refused)).toMatch(/signing up this Letzshop shop right now. Try again in 15 minutes/)
    await lapse(sessionId)
    expect((await claim()).status).toBe(200)
    const claimed = await lookup(shop.slug)
    expect(claimed.body).toMatchObject({ claimed: true, held: false })
    expect(claimed.body.taken.message).toContain(`write to us at ${CONTACT}`)
    expect(claimed.body.taken.contact).toBe(`mailto:${CONTACT}`)
  })
})

describe('signup: completion with Stripe', () => {
  it('a declined card is refused, then a good card completes', async () => {
    const { sessionId, setupIntentId, confirmed } = await readyToComplete('pm_card_chargeDeclined')
    expect(confirmed).toBeInstanceOf(Stripe.errors.StripeCardError)
    const refused = await post('complete', { sessionId, setupIntentId })
    expect(refused.status).toBe(402)
    expect(message(refused)).toMatch(/declined/)
    await stripe.setupIntents.confirm(setupIntentId, { payment_method: 'pm_card_visa' })
    expect((await post('complete', { sessionId, setupIntentId })).status).toBe(200)
  })

  it('a SetupIntent of another session is refused', async () => {
    const one = await readyToComplete()
    const other = await readyToComplete()
    const response = await post('complete', { sessionId: one.sessionId, setupIntentId: other.setupIntentId })
    expect(response.status).toBe(409)
    expect(message(response)).toMatch(/does not belong/)
  })

  it('parallel double complete: one vendor, one user, one Stripe customer and subscription; one sign-in', async () => {
    const { sessionId, email, setupIntentId } = await readyToComplete('pm_card_visa', { companyName: `Twin ${run}` })
    const answers = await Promise.all([1, 2, 3].map(() => post('complete', { sessionId, setupIntentId })))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409])
    expect(answers.filter((answer) => answer.headers.get('set-cookie'))).toHaveLength(1)
    expect(await countVendors({ name: { equals: `Twin ${run}` } })).toBe(1)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
    const customers = [...stripeStandIn.state.customers.values()].filter((customer) => customer.email === email)
    expect(customers).toHaveLength(1)
    expect(
      [...stripeStandIn.state.subscriptions.values()].filter((sub) => sub.customer === customers[0].id),
    ).toHaveLength(1)
  })

  for (const failure of [500, 'timeout'] as const) {
    it(`Stripe answering ${failure} during complete: nothing of ours created, a retry succeeds`, async () => {
      const companyName = `Flaky ${failure} ${run}`
      const { sessionId, email, setupIntentId } = await readyToComplete('pm_card_visa', { companyName })
      stripeStandIn.failNext('POST /v1/subscriptions', failure)
      const failed = await post('complete', { sessionId, setupIntentId })
      // An error answer means Stripe made nothing; no answer at all means it may have (never "nothing was created").
      expect(failed.status).toBe(failure === 500 ? 502 : 504)
      expect(message(failed)).toMatch(failure === 500 ? /nothing was created/ : /may have been made/)
      expect(await countVendors({ name: { equals: companyName } })).toBe(0)
      expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
      const retried = await post('complete', { sessionId, setupIntentId })
      expect(retried.status, JSON.stringify(retried.body)).toBe(200)
      expect(await countVendors({ name: { equals: companyName } })).toBe(1)
    })
  }

  /** A session up to a confirmed card whose signup reserved `shop`. */
  async function readyWithShop(shop: (typeof shops)[number], input: Record<string, unknown> = {}) {
    const sessionId = await start()
    expect((await post('claim', { sessionId, letzshopSlug: shop.slug })).status).toBe(200)
    const email = `owner-${uid()}@shop.test`
    expect((await account(sessionId, { email, ...input })).status).toBe(200)
    const setupIntentId = (await post('setup-intent', { sessionId })).body.clientSecret.split('_secret_')[0]
    await stripe.setupIntents.confirm(setupIntentId, { payment_method: 'pm_card_visa' })
    const customer = (await payload.find({ collection: 'signup-sessions', where: { token: { equals: sessionId } } }))
      .docs[0].stripeCustomerId!
    return { sessionId, email, setupIntentId, customer }
  }

  const stripeLeftovers = (customer: string) => ({
    customer: stripeStandIn.state.customers.has(customer) && !stripeStandIn.state.customers.get(customer)!.deleted,
    live: [...stripeStandIn.state.subscriptions.values()].filter(
      (sub) => sub.customer === customer && sub.status !== 'canceled',
    ).length,
  })

  it('the shop claimed meanwhile: 409, and the Stripe customer and subscription made for it are removed at once', async () => {
    const companyName = `Claimed ${run}`
    const { sessionId, email, setupIntentId, customer } = await readyWithShop(shops[3], { companyName })
    // Another vendor gets the shop in the meantime: the vendor insert fails after the Stripe subscription exists.
    await payload.create({
      collection: 'vendors',
      data: { name: 'Other', slug: `other-${uid()}`, letzshopVendorId: shops[3].id },
    })
    const refused = await post('complete', { sessionId, setupIntentId })
    expect(refused.status).toBe(409)
    expect(message(refused)).toMatch(/already claimed/)
    expect(await countVendors({ name: { equals: companyName } })).toBe(0)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
    expect(stripeLeftovers(customer)).toEqual({ customer: false, live: 0 })
    // The session is over (expired, so the cleanup job would remove what Stripe refused to remove here).
    expect((await post('complete', { sessionId, setupIntentId })).status).toBe(404)
  })

  it('two sessions of one e-mail completing in parallel: one vendor; the other Stripe subscription is removed', async () => {
    const email = `twice-${uid()}@shop.test`
    const first = await readyToComplete('pm_card_visa', { email })
    const second = await readyToComplete('pm_card_visa', { email })
    const customers = await Promise.all(
      [first, second].map(
        async ({ sessionId }) =>
          (await payload.find({ collection: 'signup-sessions', where: { token: { equals: sessionId } } })).docs[0]
            .stripeCustomerId!,
      ),
    )
    const answers = await Promise.all(
      [first, second].map(({ sessionId, setupIntentId }) => post('complete', { sessionId, setupIntentId })),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
    const loser = answers[0].status === 409 ? 0 : 1
    expect(stripeLeftovers(customers[loser])).toEqual({ customer: false, live: 0 })
    expect(stripeLeftovers(customers[1 - loser]).live).toBe(1)
  })

  it("a vendor's Letzshop claim respects a live signup's reservation of the shop", async () => {
    const { sessionId, setupIntentId } = await readyWithShop(shops[4])
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const claim = await rest('POST', '/api/vendor/letzshop-claim', {
      token,
      body: { letzshopSlug: shops[4].slug },
      headers: { 'X-Forwarded-For': newAddress() },
    })
    expect(claim.status).toBe(409)
    expect(message(claim)).toMatch(/signing up this Letzshop shop right now/)
    const done = await post('complete', { sessionId, setupIntentId })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.vendor.slug).toBe(shops[4].slug)
  })

  it('Stripe not configured: 503 naming the variable', async () => {
    const sessionId = await start()
    await account(sessionId)
    const key = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      const response = await post('setup-intent', { sessionId })
      expect(response.status).toBe(503)
      expect(message(response)).toContain('STRIPE_SECRET_KEY')
    } finally {
      process.env.STRIPE_SECRET_KEY = key
    }
  })
})

describe('signup: rate limits', () => {
  it('per address and per session: 429 with Retry-After', async () => {
    process.env.RATE_LIMIT_SIGNUP_PER_10_MIN = '3'
    const address = newAddress()
    for (let i = 0; i < 3; i++) expect((await post('start', {}, address)).status).toBe(400)
    const limited = await post('start', {}, address)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(message(limited)).toMatch(/Too many requests/)

    process.env.RATE_LIMIT_SIGNUP_PER_10_MIN = '1000'
    process.env.RATE_LIMIT_SIGNUP_PER_SESSION_PER_10_MIN = '2'
    const sessionId = `rate-${uid()}`
    expect((await post('setup-intent', { sessionId })).status).toBe(404)
    expect((await post('setup-intent', { sessionId })).status).toBe(404)
    expect((await post('setup-intent', { sessionId })).status).toBe(429)
  })
})
