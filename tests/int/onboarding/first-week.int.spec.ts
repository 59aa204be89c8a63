import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, User, Vendor } from '@/payload-types'
import { firstWeekChecklist } from '@/services/onboarding/firstWeekChecklist'
import { shopOverviews } from '@/services/onboarding/shopOverview'

import { createOrder, createPage, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let req: PayloadRequest
let platform: Platform
let tier: SubscriptionTier

beforeAll(async () => {
  payload = await testPayload()
  req = await createLocalReq({}, payload)
  ;({
    platform,
    tiers: [tier],
  } = await omsPlatform(payload, [
    { code: 'first-week', features: ['cms_basic', 'cms_custom_pages', 'letzshop_sync'] },
  ]))
})

async function subscriptionOf(vendor: Vendor) {
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: { and: [{ vendor: { equals: vendor.id } }, { platform: { equals: platform.id } }] },
    depth: 0,
    limit: 1,
  })
  return docs[0]!
}

const stepsOf = async (vendorId: number) => {
  const vendor = await payload.findByID({ collection: 'vendors', id: vendorId, depth: 0 })
  const checklist = await firstWeekChecklist(req, {
    vendor,
    platformId: platform.id,
    subscription: await subscriptionOf(vendor),
  })
  return { ...Object.fromEntries(checklist.steps.map(({ step, done }) => [step, done])), complete: checklist.complete }
}

describe('the first week checklist', () => {
  it('starts with nothing done, ticks each step from the data, and is complete when all five are done', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const other = await createVendor(payload, [{ platform, tier }])
    const nothing = { claim: false, pages: false, team: false, card: false, orders: false, complete: false }
    expect(await stepsOf(vendor.id)).toEqual(nothing)

    await payload.update({
      collection: 'vendors',
      id: vendor.id,
      data: {
        letzshopSlug: `shop-${uid()}`,
        letzshopVendorId: `ls-${uid()}`,
        letzshopClaimedAt: new Date().toISOString(),
      },
    })
    expect(await stepsOf(vendor.id)).toMatchObject({ claim: true, pages: false })

    await createPage(payload, { platform, vendor, slug: 'about', title: 'Our about', status: 'draft' })
    expect(await stepsOf(vendor.id)).toMatchObject({ pages: true, team: false })

    // An owner alone is no team; a member is.
    await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expect(await stepsOf(vendor.id)).toMatchObject({ team: false })
    await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
    expect(await stepsOf(vendor.id)).toMatchObject({ team: true, card: false })

    const subscription = await subscriptionOf(vendor)
    await payload.update({
      collection: 'vendor-subscriptions',
      id: subscription.id,
      data: { stripeCustomerId: `cus_${uid()}`, stripeSubscriptionId: `sub_${uid()}` },
    })
    expect(await stepsOf(vendor.id)).toMatchObject({ card: true, orders: false })
    // A card that fails to be charged is not one to rely on.
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status: 'past_due' } })
    expect(await stepsOf(vendor.id)).toMatchObject({ card: false })
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status: 'trialing' } })

    await createOrder(payload, { platform, vendor })
    expect(await stepsOf(vendor.id)).toEqual({
      claim: true,
      pages: true,
      team: true,
      card: true,
      orders: true,
      complete: true,
    })
    // Another shop of the same platform has done none of it.
    expect(await stepsOf(other.id)).toEqual(nothing)
  })

  it('counts a Letzshop connection as the first order step', async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    await payload.create({
      collection: 'letzshop-connections',
      data: {
        vendor: vendor.id,
        platform: platform.id,
        status: 'active',
        apiKeySealed: 'sealed',
        keyLast4: 'abcd',
        heldByLimit: 0,
        connectedAt: new Date().toISOString(),
      },
    })
    expect(await stepsOf(vendor.id)).toMatchObject({ orders: true })
  })

  it("gives a vendor user the plan, the trial's end, the usage and the checklist of each of its shops", async () => {
    const vendor = await createVendor(payload, [{ platform, tier }])
    const { user } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const overviews = await shopOverviews(req, user as User)
    expect(overviews).toHaveLength(1)
    const [overview] = overviews
    expect(overview).toMatchObject({
      vendor: { id: vendor.id },
      platform: { id: platform.id, code: platform.code },
      plan: { tier: { code: tier.code }, subscription: { status: 'trialing', trialEndsAt: expect.any(String) } },
      usage: { teamMembers: { used: 1 } },
      checklist: { complete: false },
    })
    expect(overview.planName).toBe(tier.name)
    // The plan's name follows the interface language, whatever locale the content is edited in.
    await payload.update({ collection: 'subscription-tiers', id: tier.id, locale: 'fr', data: { name: 'Palier FR' } })
    const frenchAdmin = await createLocalReq({ locale: 'en' }, payload)
    frenchAdmin.i18n = { ...frenchAdmin.i18n, language: 'fr' }
    expect((await shopOverviews(frenchAdmin, user as User))[0].planName).toBe('Palier FR')
    expect((await shopOverviews(req, user as User))[0].planName).toBe(tier.name)
    // Someone else's shop is not in it.
    const stranger = await createVendor(payload, [{ platform, tier }])
    const { user: strangerOwner } = await createUser(payload, ['vendor-owner'], { vendors: [stranger.id] })
    expect((await shopOverviews(req, strangerOwner as User)).map((each) => each.vendor.id)).toEqual([stranger.id])
  })
})
