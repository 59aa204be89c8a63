/**
 * Dunning: a failed payment (invoice.payment_failed, Stripe's subscription past_due) → mails to the owner at 0, 3 and
 * 7 days in their language → read-only after the platform's grace period → invoice.paid lifts it at once. Time is
 * injected through the dunningReminders job's input; mails go through the sendEmail job to the SMTP stand-in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'
import { stripeClient } from '@/services/stripe/client'

import { type SmtpStandIn, startSmtpStandIn } from '../../../scripts/stand-ins/smtp/server'
import type { StripeObject } from '../../../scripts/stand-ins/stripe/resources'
import { startStripeStandIn, type StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { type AppHttpServer, startAppHttpServer } from '../../helpers/appHttpServer'
import { createPlatform, createUser, omsPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'
import { type BilledVendor, billedVendor, pricedTier } from '../../helpers/stripeBilling'
import { deleteEventJobs } from '../../helpers/stripeEventJobs'

const SECRET = 'whsec_dunning_spec_secret'
const DAY = 86_400_000

let payload: Payload
let standIn: StripeStandIn
let app: AppHttpServer
let smtp: SmtpStandIn
let stripe: Stripe
let platform: Platform
let tier: SubscriptionTier
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dunning-spec-'))

/** Runs queued jobs of one task whose input matches, now (backoff waits included), as the worker would. */
async function runJobs(
  task: 'processStripeEvent' | 'sendEmail' | 'dunningReminders',
  matches: (input: Record<string, unknown>) => boolean = () => true,
) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
  })
  const ids = docs.filter((job) => matches((job.input ?? {}) as Record<string, unknown>)).map((job) => job.id)
  if (ids.length === 0) return
  await payload.update({
    collection: 'payload-jobs',
    where: { id: { in: ids } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
  await payload.jobs.run({ where: { id: { in: ids } }, silent: true })
}

const processEvent = (eventId: string) => runJobs('processStripeEvent', (input) => input.eventId === eventId)

/** The dunningReminders job as the worker runs it, with its clock at `now`. */
async function runDunning(now: Date) {
  const job = await payload.jobs.queue({ task: 'dunningReminders', input: { now: now.toISOString() } })
  await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
}

/** Delivers the owner's queued mails and returns the subjects of all mails they received so far. */
async function mailsTo(email: string): Promise<string[]> {
  await runJobs('sendEmail', (input) => input.to === email)
  return smtp
    .messages()
    .filter((message) => message.envelope.to.includes(email))
    .map((message) => message.subject)
}

const row = (billed: BilledVendor) =>
  payload.findByID({ collection: 'vendor-subscriptions', id: billed.row.id, depth: 0 })

const invoiceOf = (billed: BilledVendor, id = `in_${uid()}`) => ({
  id,
  object: 'invoice',
  customer: billed.customerId,
  status: 'open',
  parent: { type: 'subscription_details', subscription_details: { subscription: billed.subscriptionId } },
})

/** Stripe's state after a renewal charge failed: the subscription past_due, and the invoice.payment_failed event. */
async function paymentFails(billed: BilledVendor, invoice = invoiceOf(billed)) {
  standIn.state.subscriptions.get(billed.subscriptionId)!.status = 'past_due'
  const event = await standIn.emit('invoice.payment_failed', invoice as unknown as StripeObject)
  await processEvent(event.id)
  return invoice
}

async function paymentSucceeds(billed: BilledVendor, invoice: { id: string }) {
  standIn.state.subscriptions.get(billed.subscriptionId)!.status = 'active'
  const event = await standIn.emit('invoice.paid', { ...invoice, object: 'invoice', status: 'paid' })
  await processEvent(event.id)
}

const createProduct = (billed: BilledVendor) =>
  rest('POST', '/api/products', {
    token: billed.token,
    body: { vendor: billed.vendor.id, platform: platform.id, title: 'Wallet', sku: `sku-${uid()}`, price: 3450 },
  })

const createOrder = (billed: BilledVendor) =>
  rest('POST', '/api/orders', {
    token: billed.token,
    body: {
      vendor: billed.vendor.id,
      platform: platform.id,
      customerName: 'Anne Muller',
      lines: [{ description: 'Belt', quantity: 1, unitPrice: 5900 }],
    },
  })

/** What the admin's language selector stores for the user (AdminLanguagePreference). */
async function preferLanguage(owner: BilledVendor['owner'], language: 'en' | 'fr' | 'de') {
  await payload.create({
    collection: 'payload-preferences',
    data: { key: 'admin-language', value: language, user: { relationTo: 'users', value: owner.id } },
    user: { ...owner, collection: 'users' },
  })
}

beforeAll(async () => {
  smtp = await startSmtpStandIn({ port: 0, dir: mailDir, log: () => {} })
  app = await startAppHttpServer()
  standIn = await startStripeStandIn({ port: 0, webhookSecret: SECRET, forwardUrl: `${app.url}/api/stripe/webhook` })
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${new URL(smtp.url).port}`,
    STRIPE_SECRET_KEY: 'sk_test_dunning_spec',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_dunning_spec',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_URL: standIn.url,
    STRIPE_MAX_NETWORK_RETRIES: '0',
  })
  payload = await testPayload()
  stripe = stripeClient()
  ;({ platform } = await omsPlatform(payload, []))
  tier = await pricedTier(payload, stripe, platform)
})

afterAll(async () => {
  // Leave no job of ours waiting for specs that run the whole queue.
  await payload?.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'dunningReminders' } } })
  if (payload)
    await deleteEventJobs(
      payload,
      (standIn?.deliveries ?? []).map((delivery) => delivery.eventId),
    )
  await standIn?.close()
  await app?.close()
  await smtp?.close()
  fs.rmSync(mailDir, { recursive: true, force: true })
})

describe('a failed payment', () => {
  it('mails at 0, 3 and 7 days in the owner language, read-only after the grace period, lifted at once by invoice.paid', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await preferLanguage(billed.owner, 'fr')
    const invoice = await paymentFails(billed)

    let subscription = await row(billed)
    expect(subscription.status).toBe('past_due')
    expect(subscription.dunningSince).toBeTruthy()
    const since = new Date(subscription.dunningSince!)
    expect(new Date(subscription.dunningGraceEndsAt!).getTime()).toBe(since.getTime() + 14 * DAY)
    expect(subscription.dunningRemindersSent).toBe(1)
    let subjects = await mailsTo(billed.owner.email)
    expect(subjects).toHaveLength(1)
    expect(subjects[0]).toMatch(/a échoué/) // French: the owner's admin language

    // The banner's data.
    const banner = await rest('GET', '/api/billing/subscription', { token: billed.token })
    expect(banner.status).toBe(200)
    expect(banner.body.dunning).toEqual({
      since: since.toISOString(),
      graceEndsAt: new Date(since.getTime() + 14 * DAY).toISOString(),
      daysLeft: 14,
      readOnly: false,
      remindersSent: 1,
    })
    expect(banner.body.readOnly).toBe(false)

    // Stripe retries the charge; it fails again (or the owner retries by hand): the same episode, no extra mail.
    await paymentFails(billed, invoice)
    expect((await row(billed)).dunningSince).toBe(subscription.dunningSince)
    expect((await row(billed)).dunningRemindersSent).toBe(1)

    await runDunning(new Date(since.getTime() + 2 * DAY))
    expect(await mailsTo(billed.owner.email)).toHaveLength(1)
    await runDunning(new Date(since.getTime() + 3 * DAY))
    await runDunning(new Date(since.getTime() + 3 * DAY + 3_600_000))
    subjects = await mailsTo(billed.owner.email)
    expect(subjects).toHaveLength(2)
    expect(subjects[1]).toMatch(/Rappel/)
    await runDunning(new Date(since.getTime() + 7 * DAY))
    expect(await mailsTo(billed.owner.email)).toHaveLength(3)
    expect((await row(billed)).dunningRemindersSent).toBe(3)

    // Still writable within the grace period.
    expect((await createProduct(billed)).status).toBe(201)
    await runDunning(new Date(since.getTime() + 14 * DAY - 60_000))
    expect((await row(billed)).dunningReadOnly).toBe(false)

    await runDunning(new Date(since.getTime() + 14 * DAY))
    subscription = await row(billed)
    expect(subscription.dunningReadOnly).toBe(true)
    expect(await mailsTo(billed.owner.email)).toHaveLength(3) // no fourth mail
    const refused = await createProduct(billed)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(
      /en retard et le délai de grâce est écoulé|past due and its grace period has ended/,
    )
    const order = await createOrder(billed)
    expect(order.status).toBe(403)
    const readOnlyBanner = await rest('GET', '/api/billing/subscription', { token: billed.token })
    expect(readOnlyBanner.body).toMatchObject({ readOnly: true, dunning: { readOnly: true, daysLeft: 0 } })

    await paymentSucceeds(billed, invoice)
    subscription = await row(billed)
    expect(subscription).toMatchObject({
      status: 'active',
      dunningSince: null,
      dunningGraceEndsAt: null,
      dunningRemindersSent: 0,
      dunningReadOnly: false,
    })
    expect((await createProduct(billed)).status).toBe(201)
    expect((await createOrder(billed)).status).toBe(201)
    expect((await rest('GET', '/api/billing/subscription', { token: billed.token })).body).toMatchObject({
      readOnly: false,
      dunning: null,
    })
  })

  it('a reminder missed while the workers were down goes out once when they come back (only the latest one)', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await paymentFails(billed)
    const since = new Date((await row(billed)).dunningSince!)
    expect(await mailsTo(billed.owner.email)).toHaveLength(1)

    await runDunning(new Date(since.getTime() + 8 * DAY)) // the 3-day and 7-day runs never happened
    await runDunning(new Date(since.getTime() + 8 * DAY + 60_000))
    const subjects = await mailsTo(billed.owner.email)
    expect(subjects).toHaveLength(2)
    expect(subjects[1]).toMatch(/Reminder/) // English: no language chosen, none at signup
    expect((await row(billed)).dunningRemindersSent).toBe(3)
  })

  it('a new episode after a paid one sends its own mails again; the grace period is the platform setting', async () => {
    const { platform: short } = await createPlatform(payload, [])
    await payload.update({ collection: 'platforms', id: short.id, data: { billing: { graceDays: 5 } } })
    const shortTier = await pricedTier(payload, stripe, short)
    const billed = await billedVendor(payload, stripe, short, shortTier)
    const first = await paymentFails(billed)
    const since = new Date((await row(billed)).dunningSince!)
    expect(new Date((await row(billed)).dunningGraceEndsAt!).getTime()).toBe(since.getTime() + 5 * DAY)
    await paymentSucceeds(billed, first)
    await paymentFails(billed)
    const again = await row(billed)
    expect(new Date(again.dunningSince!).getTime()).toBeGreaterThan(since.getTime())
    expect(again.dunningRemindersSent).toBe(1)
    expect(await mailsTo(billed.owner.email)).toHaveLength(2)
  })

  it('events arriving in any order converge: a late payment_failed after invoice.paid starts no episode', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    const invoice = invoiceOf(billed)
    standIn.state.subscriptions.get(billed.subscriptionId)!.status = 'past_due'
    const failed = await standIn.emit('invoice.payment_failed', invoice)
    standIn.state.subscriptions.get(billed.subscriptionId)!.status = 'active'
    const paid = await standIn.emit('invoice.paid', { ...invoice, status: 'paid' })
    await processEvent(paid.id)
    await processEvent(failed.id)
    expect(await row(billed)).toMatchObject({ status: 'active', dunningSince: null, dunningReadOnly: false })
    expect(await mailsTo(billed.owner.email)).toHaveLength(0)
  })

  it('the dunning run keeps itself going hourly while a subscription is in dunning', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'dunningReminders' } } })
    await paymentFails(billed)
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'dunningReminders' } }, { completedAt: { exists: false } }] },
    })
    expect(waiting.docs).toHaveLength(1)
    const at = new Date(waiting.docs[0].waitUntil!).getTime()
    expect(at).toBeGreaterThan(Date.now() + 50 * 60_000)
    expect(at).toBeLessThan(Date.now() + 61 * 60_000)
  })
})

describe('end to end with the Stripe stand-in clock', () => {
  it('trial ends with no working card → past_due and a mail; the owner replaces the card; Stripe retry pays → dunning over', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    // The card on file stops working (expired, say): Stripe has none it can charge.
    standIn.state.subscriptions.get(billed.subscriptionId)!.default_payment_method = null
    standIn.state.customers.get(billed.customerId)!.invoice_settings.default_payment_method = null
    await standIn.webhooksIdle()
    const seen = standIn.deliveries.length
    await standIn.advanceTime((30 * DAY) / 1000 + 3600) // the trial ends, the first charge is declined
    const delivered = standIn.deliveries.slice(seen)
    expect(delivered.map((delivery) => delivery.type)).toEqual(
      expect.arrayContaining(['customer.subscription.trial_will_end', 'invoice.payment_failed']),
    )
    expect(delivered.every((delivery) => delivery.status === 200)).toBe(true)
    for (const { eventId } of delivered) await processEvent(eventId)

    const inDunning = await row(billed)
    expect(inDunning.status).toBe('past_due')
    expect(inDunning.dunningSince).toBeTruthy()
    expect(inDunning.dunningRemindersSent).toBe(1)
    const subjects = await mailsTo(billed.owner.email)
    expect(subjects.filter((subject) => /payment failed/.test(subject))).toHaveLength(1)

    // The billing page's card replacement (a SetupIntent), then Stripe's own retry three days later.
    const intent = await stripe.setupIntents.create({
      customer: billed.customerId,
      usage: 'off_session',
      metadata: { purpose: 'replace_card' },
    })
    await stripe.setupIntents.confirm(intent.id, { payment_method: 'pm_card_visa' })
    await standIn.webhooksIdle()
    const afterCard = standIn.deliveries.length
    for (const { eventId } of standIn.deliveries.slice(seen + delivered.length)) await processEvent(eventId)
    await standIn.advanceTime((3 * DAY) / 1000 + 60)
    const retried = standIn.deliveries.slice(afterCard)
    expect(retried.map((delivery) => delivery.type)).toContain('invoice.paid')
    for (const { eventId } of retried) await processEvent(eventId)
    expect(await row(billed)).toMatchObject({ status: 'active', dunningSince: null, dunningReadOnly: false })
  })
})

describe('other billing mails', () => {
  it('customer.subscription.trial_will_end mails the owner once, in their language, with the trial end and the billing page', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    await preferLanguage(billed.owner, 'de')
    await standIn.webhooksIdle()
    const subscription = standIn.state.subscriptions.get(billed.subscriptionId)!
    const event = await standIn.emit('customer.subscription.trial_will_end', subscription)
    await processEvent(event.id)
    // Stripe sends the event again (a retry after a slow answer): the same mail, not a second one.
    const again = await standIn.emit('customer.subscription.trial_will_end', subscription)
    await processEvent(again.id)
    const subjects = await mailsTo(billed.owner.email)
    expect(subjects).toHaveLength(1)
    const trialEnd = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'Europe/Luxembourg' }).format(
      new Date(subscription.trial_end * 1000),
    )
    expect(subjects[0]).toBe(`Ihre ${platform.name}-Testphase endet am ${trialEnd}`)
    const mail = smtp.messages().find((message) => message.envelope.to.includes(billed.owner.email))!
    expect(fs.readFileSync(mail.file, 'utf8')).toMatch(/\/admin\/billing/)
  })

  it('invoice.payment_action_required mails the owner a link to the billing page', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    const event = await standIn.emit('invoice.payment_action_required', { ...invoiceOf(billed), object: 'invoice' })
    await processEvent(event.id)
    const subjects = await mailsTo(billed.owner.email)
    expect(subjects).toEqual([`Your ${platform.name} payment needs your confirmation`])
  })
})

describe('the grace period setting', () => {
  it('platforms.billing.graceDays defaults to 14 and takes whole days from 0 to 60', async () => {
    const { platform: fresh } = await createPlatform(payload, [])
    expect(fresh.billing?.graceDays).toBe(14)
    const { token } = await createUser(payload, ['super-admin'])
    for (const graceDays of [2.5, -1, 61]) {
      const response = await rest('PATCH', `/api/platforms/${fresh.id}`, { token, body: { billing: { graceDays } } })
      expect(response.status).toBe(400)
    }
    const ok = await rest('PATCH', `/api/platforms/${fresh.id}`, { token, body: { billing: { graceDays: 30 } } })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.billing.graceDays).toBe(30)
  })

  it('nobody sets the dunning fields over REST', async () => {
    const billed = await billedVendor(payload, stripe, platform, tier)
    const { token } = await createUser(payload, ['super-admin'])
    await rest('PATCH', `/api/vendor-subscriptions/${billed.row.id}`, {
      token,
      body: { dunningReadOnly: true, dunningSince: new Date().toISOString() },
    })
    expect(await row(billed)).toMatchObject({ dunningReadOnly: false, dunningSince: null })
  })
})
