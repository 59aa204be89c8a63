/**
 * The Stripe links and the pending change of a vendor subscription (stripeCustomerId, stripeSubscriptionId,
 * stripeScheduleId, pendingTier, pendingBillingPeriod, pendingChangeAt, cancelAtPeriodEnd) and its dunning fields
 * are written by the app only: a platform admin's PATCH over REST changes none of them.
 */
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, VendorSubscription } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let platform: Platform
let current: SubscriptionTier
let other: SubscriptionTier

beforeAll(async () => {
  ;({ standIn, stripe } = await stripeStandIn('service-fields'))
  payload = await testPayload()
  ;({
    platform,
    tiers: [current, other],
  } = await createPlatform(payload, [{ code: 'current' }, { code: 'other' }]))
})

afterAll(async () => {
  await standIn?.close?.()
})

const subscriptionRow = async (vendorId: number) =>
  (
    await payload.find({
      collection: 'vendor-subscriptions',
      where: { vendor: { equals: vendorId } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]

const pick = (row: VendorSubscription) => ({
  stripeCustomerId: row.stripeCustomerId ?? null,
  stripeSubscriptionId: row.stripeSubscriptionId ?? null,
  stripeScheduleId: row.stripeScheduleId ?? null,
  pendingTier: (row.pendingTier ? relationId(row.pendingTier) : row.pendingTier) ?? null,
  pendingBillingPeriod: row.pendingBillingPeriod ?? null,
  pendingChangeAt: row.pendingChangeAt ?? null,
  cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd),
})

describe('service-only fields of vendor-subscriptions over REST', () => {
  it('a platform admin cannot point a subscription at another Stripe customer/subscription or fake a pending change', async () => {
    const vendor = await createVendor(payload, [{ platform, tier: current }])
    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    const row = await subscriptionRow(vendor.id)
    expect(row).toBeDefined()
    const answer = await rest('PATCH', `/api/vendor-subscriptions/${row.id}`, {
      token: admin,
      body: {
        stripeCustomerId: 'cus_of_another_platforms_vendor',
        stripeSubscriptionId: 'sub_of_another_platforms_vendor',
        stripeScheduleId: 'sub_sched_fake',
        pendingTier: other.id,
        pendingBillingPeriod: 'annual',
        pendingChangeAt: '2030-01-01T00:00:00.000Z',
        cancelAtPeriodEnd: true,
      },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toBe(
      'These fields are set from Stripe by the app and cannot be changed here: stripeCustomerId, stripeSubscriptionId, stripeScheduleId, pendingTier, pendingBillingPeriod, pendingChangeAt, cancelAtPeriodEnd.',
    )
    const after = await payload.findByID({
      collection: 'vendor-subscriptions',
      id: row.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(pick(after)).toEqual(pick(row))
  })

  // The same rule end to end: a platform admin of platform A copies the Stripe ids of a vendor on platform B into a
  // subscription row of A, then would read B's Stripe invoices through /api/billing/invoices and, by deactivating its
  // own vendor on A, have the cancelVendorBilling job cancel B's Stripe subscription.
  it("a platform admin of another platform can neither read nor cancel a vendor's Stripe billing by copying its ids", async () => {
    const { platform: platformA } = await createPlatform(payload)
    const { platform: platformB } = await createPlatform(payload)
    const tierB = await pricedTier(payload, stripe, platformB)
    const victim = await billedVendor(payload, stripe, platformB, tierB)
    // An invoice of the victim's customer at Stripe (a paid, non-trial subscription issues one at once).
    await stripe.subscriptions.create({ customer: victim.customerId, items: [{ price: tierB.stripePriceAnnual! }] })
    expect((await stripe.invoices.list({ customer: victim.customerId })).data.length).toBeGreaterThan(0)
    const mine = await createVendor(payload, [{ platform: platformA }])
    const { token: adminA } = await createUser(payload, ['platform-admin'], { platforms: [platformA.id] })
    const myRow = await subscriptionRow(mine.id)

    const repoint = await rest('PATCH', `/api/vendor-subscriptions/${myRow.id}`, {
      token: adminA,
      body: { stripeCustomerId: victim.customerId, stripeSubscriptionId: victim.subscriptionId },
    })
    const seen = await rest('GET', `/api/billing/invoices?vendor=${mine.slug}`, { token: adminA })
    const membership = (
      await payload.find({
        collection: 'vendor-platforms',
        where: { vendor: { equals: mine.id } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    const deactivated = await rest('PATCH', `/api/vendor-platforms/${membership.id}`, {
      token: adminA,
      body: { isActive: false },
    })
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'cancelVendorBilling' } },
      pagination: false,
      depth: 0,
    })
    const mineJobs = jobs.filter(
      (job) => (job.input as { stripeSubscriptionId?: string }).stripeSubscriptionId === victim.subscriptionId,
    )
    if (mineJobs.length > 0)
      await payload.jobs.run({ where: { id: { in: mineJobs.map((job) => job.id) } }, silent: true })
    const victimAtStripe = await stripe.subscriptions.retrieve(victim.subscriptionId)

    expect({
      repoint: repoint.status,
      invoicesSeenByAdminA: (seen.body?.invoices ?? []).length,
      deactivated: deactivated.status,
      jobsCancellingVictim: mineJobs.length,
      victimStripeStatus: victimAtStripe.status,
    }).toEqual({
      repoint: 403,
      invoicesSeenByAdminA: 0,
      deactivated: 200,
      jobsCancellingVictim: 0,
      victimStripeStatus: 'trialing',
    })
  })

  it('the dunning fields are not writable over REST: 403 naming them', async () => {
    const vendor = await createVendor(payload, [{ platform, tier: current }])
    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    const row = await subscriptionRow(vendor.id)
    const answer = await rest('PATCH', `/api/vendor-subscriptions/${row.id}`, {
      token: admin,
      body: { dunningReadOnly: true, dunningRemindersSent: 5, dunningSince: '2026-01-01T00:00:00.000Z' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toBe(
      'These fields are set from Stripe by the app and cannot be changed here: dunningSince, dunningRemindersSent, dunningReadOnly.',
    )
    const after = await payload.findByID({
      collection: 'vendor-subscriptions',
      id: row.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(after.dunningReadOnly).toBeFalsy()
    expect(after.dunningSince ?? null).toBeNull()
  })
})
