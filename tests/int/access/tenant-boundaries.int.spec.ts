/**
 * Each attempt here was made over REST against a production build and succeeded before the vendorOwned plugin
 * and the boundary hooks: each must be refused (403/404/400/409) and change nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type {
  AddOn,
  Order,
  Platform,
  Product,
  SubscriptionTier,
  User,
  Vendor,
  VendorSubscription,
} from '@/payload-types'

import {
  createPage,
  createPlatform,
  createUser,
  createVendor,
  omsPlatform,
  PASSWORD,
  uid,
} from '../../helpers/fixtures'
import { login, rest } from '../../helpers/payload'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let mine: Platform
let theirs: Platform
let mineTier: SubscriptionTier
let theirsTier: SubscriptionTier
let theirsAddOn: AddOn
let ownVendor: Vendor
let foreignVendor: Vendor
let adminToken: string
let ownerToken: string

const refused = (status: number) => expect([400, 403, 404, 409]).toContain(status)

const subscriptionOf = async (vendor: Vendor): Promise<VendorSubscription> =>
  (
    await payload.find({
      collection: 'vendor-subscriptions',
      where: { vendor: { equals: vendor.id } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform: mine,
    tiers: [mineTier],
  } = await createPlatform(payload))
  ;({
    platform: theirs,
    tiers: [theirsTier],
  } = await createPlatform(payload))
  theirsAddOn = await payload.create({
    collection: 'add-ons',
    data: {
      platform: theirs.id,
      code: `extra-${uid()}`,
      name: 'Extra',
      price: 500,
      interval: 'month',
      raises: { limit: 'products', amount: 10 },
    },
  })
  ownVendor = await createVendor(payload, [{ platform: mine }])
  foreignVendor = await createVendor(payload, [{ platform: theirs }])
  ;({ token: adminToken } = await createUser(payload, ['platform-admin'], { platforms: [mine.id] }))
  ;({ token: ownerToken } = await createUser(payload, ['vendor-owner'], { vendors: [ownVendor.id] }))
})

describe('platform admins stay on their platforms', () => {
  it("cannot attach another platform's vendor to their platform, nor edit that vendor's record", async () => {
    const attach = await rest('POST', '/api/vendor-platforms', {
      token: adminToken,
      body: { vendor: foreignVendor.id, platform: mine.id },
    })
    expect(attach.status).toBe(403)
    expect(attach.body.errors[0].message).toContain('another platform')
    const memberships = await payload.count({
      collection: 'vendor-platforms',
      where: { vendor: { equals: foreignVendor.id } },
    })
    expect(memberships.totalDocs).toBe(1)

    const edit = await rest('PATCH', `/api/vendors/${foreignVendor.id}`, {
      token: adminToken,
      body: { customDomain: 'evil.test', letzshopSlug: 'evil', vatNumber: 'LU00000000' },
    })
    refused(edit.status)
    const after = await payload.findByID({ collection: 'vendors', id: foreignVendor.id })
    expect(after.customDomain ?? null).toBeNull()
    expect(after.letzshopSlug ?? null).toBeNull()
  })

  it('read the vendors on their platforms but do not change their records; owners do', async () => {
    const read = await rest('GET', `/api/vendors/${ownVendor.id}`, { token: adminToken })
    expect(read.status).toBe(200)
    const edit = await rest('PATCH', `/api/vendors/${ownVendor.id}`, {
      token: adminToken,
      body: { vatNumber: 'LU11111111' },
    })
    refused(edit.status)
    const own = await rest('PATCH', `/api/vendors/${ownVendor.id}`, {
      token: ownerToken,
      body: { vatNumber: 'LU22222222' },
    })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'vendors', id: ownVendor.id })).vatNumber).toBe('LU22222222')
  })

  it('can attach a new vendor that is on no other platform', async () => {
    const created = await rest('POST', '/api/vendors', {
      token: adminToken,
      body: { name: 'Fresh shop', slug: `fresh-${uid()}` },
    })
    expect(created.status).toBe(201)
    const attach = await rest('POST', '/api/vendor-platforms', {
      token: adminToken,
      body: { vendor: created.body.doc.id, platform: mine.id },
    })
    expect(attach.body.errors?.[0]?.message ?? 'ok').toBe('ok')
    expect(attach.status).toBe(201)
  })

  it('cannot move a tier, add-on, subscription or membership to another platform', async () => {
    const tier = await rest('PATCH', `/api/subscription-tiers/${mineTier.id}`, {
      token: adminToken,
      body: { platform: theirs.id },
    })
    refused(tier.status)
    expect((await payload.findByID({ collection: 'subscription-tiers', id: mineTier.id, depth: 0 })).platform).toBe(
      mine.id,
    )

    const addOn = await payload.create({
      collection: 'add-ons',
      data: { platform: mine.id, code: `mine-${uid()}`, name: 'Mine', price: 100, interval: 'month' },
    })
    refused(
      (await rest('PATCH', `/api/add-ons/${addOn.id}`, { token: adminToken, body: { platform: theirs.id } })).status,
    )
    expect((await payload.findByID({ collection: 'add-ons', id: addOn.id, depth: 0 })).platform).toBe(mine.id)

    const subscription = await subscriptionOf(ownVendor)
    refused(
      (
        await rest('PATCH', `/api/vendor-subscriptions/${subscription.id}`, {
          token: adminToken,
          body: { platform: theirs.id },
        })
      ).status,
    )
    refused(
      (
        await rest('PATCH', `/api/vendor-subscriptions/${subscription.id}`, {
          token: adminToken,
          body: { vendor: foreignVendor.id },
        })
      ).status,
    )
    const stored = await payload.findByID({ collection: 'vendor-subscriptions', id: subscription.id, depth: 0 })
    expect([stored.vendor, stored.platform]).toEqual([ownVendor.id, mine.id])

    const membership = (
      await payload.find({ collection: 'vendor-platforms', where: { vendor: { equals: ownVendor.id } }, depth: 0 })
    ).docs[0]
    refused(
      (
        await rest('PATCH', `/api/vendor-platforms/${membership.id}`, {
          token: adminToken,
          body: { platform: theirs.id },
        })
      ).status,
    )
    expect((await payload.findByID({ collection: 'vendor-platforms', id: membership.id, depth: 0 })).platform).toBe(
      mine.id,
    )
  })

  it("cannot give a subscription or membership another platform's tier or add-on, whoever writes", async () => {
    const subscription = await subscriptionOf(ownVendor)
    const tier = await rest('PATCH', `/api/vendor-subscriptions/${subscription.id}`, {
      token: adminToken,
      body: { tier: theirsTier.id },
    })
    expect(tier.status).toBe(400)
    expect(tier.body.errors[0].message).toContain('same platform')
    const addOn = await rest('PATCH', `/api/vendor-subscriptions/${subscription.id}`, {
      token: adminToken,
      body: { addOns: [theirsAddOn.id] },
    })
    expect(addOn.status).toBe(400)
    // Server-side writes (webhooks, jobs) are held to the same rule.
    await expect(
      payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { tier: theirsTier.id } }),
    ).rejects.toThrow(/same platform/)
    const membership = (
      await payload.find({ collection: 'vendor-platforms', where: { vendor: { equals: ownVendor.id } }, depth: 0 })
    ).docs[0]
    expect(
      (
        await rest('PATCH', `/api/vendor-platforms/${membership.id}`, {
          token: adminToken,
          body: { tier: theirsTier.id },
        })
      ).status,
    ).toBe(400)
    const stored = await payload.findByID({ collection: 'vendor-subscriptions', id: subscription.id, depth: 0 })
    expect(stored.tier).toBe(mineTier.id)
    expect(stored.addOns ?? []).toEqual([])
  })
})

describe('users: an owner manages its team, not other shops’ accounts', () => {
  it('cannot change the email or password of a member shared with another vendor, nor take the account over', async () => {
    const email = `shared-${uid()}@example.test`
    const shared: User = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, roles: ['vendor-member'], vendors: [ownVendor.id, foreignVendor.id] },
    })
    const hijack = await rest('PATCH', `/api/users/${shared.id}`, {
      token: ownerToken,
      body: { email: `owned-${uid()}@example.test`, password: 'new-pass-1' },
    })
    expect(hijack.status).toBe(403)
    expect(hijack.body.errors[0].message).toContain('Only the user or a super admin')
    const password = await rest('PATCH', `/api/users/${shared.id}`, {
      token: ownerToken,
      body: { password: 'new-pass-1' },
    })
    expect(password.status).toBe(403)
    // The original credentials still work, the new ones do not.
    await expect(login(email, PASSWORD)).resolves.toBeTruthy()
    await expect(login(email, 'new-pass-1')).rejects.toThrow()

    const deleted = await rest('DELETE', `/api/users/${shared.id}`, { token: ownerToken })
    expect(deleted.status).toBe(403)
    const removed = await rest('PATCH', `/api/users/${shared.id}`, {
      token: ownerToken,
      body: { vendors: [foreignVendor.id] },
    })
    expect(removed.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: shared.id, depth: 0 })).vendors).toEqual([
      foreignVendor.id,
    ])
    const gone = await rest('GET', `/api/users/${shared.id}`, { token: ownerToken })
    expect(gone.status).toBe(404)
  })

  it('a user changes its own email and password; roles and vendors are not theirs to grant (403, not silently dropped)', async () => {
    const { user, token } = await createUser(payload, ['vendor-member'], { vendors: [ownVendor.id] })
    const self = await rest('PATCH', `/api/users/${user.id}`, { token, body: { password: 'my-new-pass-1' } })
    expect(self.status).toBe(200)
    await expect(login(user.email, 'my-new-pass-1')).resolves.toBeTruthy()
    const roles = await rest('PATCH', `/api/users/${user.id}`, { token, body: { roles: ['vendor-owner'] } })
    expect(roles.status).toBe(403)
    const vendors = await rest('PATCH', `/api/users/${user.id}`, {
      token,
      body: { vendors: [ownVendor.id, foreignVendor.id] },
    })
    expect(vendors.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(stored.roles).toEqual(['vendor-member'])
    expect(stored.vendors).toEqual([ownVendor.id])
  })
})

describe("a platform's identity", () => {
  it('code, path prefix and active state are changed by super admins only; branding by its admins', async () => {
    for (const body of [{ code: `other-${uid()}` }, { pathPrefix: '/platforms/loyalty' }, { isActive: false }]) {
      const response = await rest('PATCH', `/api/platforms/${mine.id}`, { token: adminToken, body })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].message).toContain('Only a super admin')
    }
    const stored = await payload.findByID({ collection: 'platforms', id: mine.id })
    expect([stored.code, stored.isActive]).toEqual([mine.code, true])
    const branding = await rest('PATCH', `/api/platforms/${mine.id}`, {
      token: adminToken,
      body: { branding: { primaryColor: '#123456' } },
    })
    expect(branding.status).toBe(200)
  })
})

describe('an empty password', () => {
  it('is refused with 400 rather than answered 200 and ignored', async () => {
    const { user, token } = await createUser(payload, ['vendor-member'], { vendors: [ownVendor.id] })
    const response = await rest('PATCH', `/api/users/${user.id}`, { token, body: { password: '' } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('cannot be empty')
  })
})

describe('platform config', () => {
  it("is read by super admins and that platform's admins only", async () => {
    await payload.update({ collection: 'platforms', id: theirs.id, data: { config: { stripeAccount: 'acct_secret' } } })
    const asOwner = await rest('GET', `/api/platforms/${theirs.id}`, { token: ownerToken })
    expect(asOwner.status).toBe(200)
    expect(asOwner.body.config).toBeUndefined()
    const asOtherAdmin = await rest('GET', `/api/platforms?where[id][equals]=${theirs.id}`, { token: adminToken })
    // Another platform's admin does not see that platform at all (platform admins' lists are scoped to theirs).
    expect(asOtherAdmin.body.docs).toEqual([])
    const probing = await rest('GET', `/api/platforms?where[config.stripeAccount][equals]=acct_secret`, {
      token: ownerToken,
    })
    expect(probing.body.docs ?? []).toHaveLength(0)
    const { token: theirAdmin } = await createUser(payload, ['platform-admin'], { platforms: [theirs.id] })
    const asAdmin = await rest('GET', `/api/platforms/${theirs.id}`, { token: theirAdmin })
    expect(asAdmin.body.config).toEqual({ stripeAccount: 'acct_secret' })
    expect((await rest('GET', `/api/platforms/${theirs.id}`)).body.config).toBeUndefined()
  })
})

describe("a vendor's record", () => {
  it('the owner cannot set the Letzshop claim fields', async () => {
    const claim = await rest('PATCH', `/api/vendors/${ownVendor.id}`, {
      token: ownerToken,
      body: { letzshopVendorId: 'lz-123', letzshopClaimedAt: new Date().toISOString() },
    })
    expect(claim.status).toBe(403)
    const stored = await payload.findByID({ collection: 'vendors', id: ownVendor.id })
    expect(stored.letzshopVendorId ?? null).toBeNull()
  })

  it('a custom domain is unique across platforms and vendors', async () => {
    const platformDomain = theirs.domains![0].domain
    const taken = await rest('PATCH', `/api/vendors/${ownVendor.id}`, {
      token: ownerToken,
      body: { customDomain: platformDomain.toUpperCase() },
    })
    expect(taken.status).toBe(409)
    expect(taken.body.errors[0].message).toContain('already in use')

    const domain = `shop-${uid()}.example.test`
    expect(
      (await rest('PATCH', `/api/vendors/${ownVendor.id}`, { token: ownerToken, body: { customDomain: domain } }))
        .status,
    ).toBe(200)
    const other = await createVendor(payload, [{ platform: mine }])
    const { token: otherOwner } = await createUser(payload, ['vendor-owner'], { vendors: [other.id] })
    expect(
      (await rest('PATCH', `/api/vendors/${other.id}`, { token: otherOwner, body: { customDomain: domain } })).status,
    ).toBe(409)
    const asPlatform = await rest('PATCH', `/api/platforms/${mine.id}`, {
      token: adminToken,
      body: { domains: [...(mine.domains ?? []), { domain }] },
    })
    expect(asPlatform.status).toBe(409)
    expect(
      (await rest('PATCH', `/api/vendors/${other.id}`, { token: otherOwner, body: { customDomain: 'https://x/y' } }))
        .status,
    ).toBe(400)
  })
})

describe('read-only when the subscription is canceled or expired', () => {
  it.each(['expired', 'canceled'] as const)(
    '%s: no update, delete, publish or new team member; reads work',
    async (status) => {
      const { platform, tiers } = await omsPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }])
      const vendor = await createVendor(payload, [{ platform, tier: tiers[0] }])
      const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
      const product: Product = await payload.create({
        collection: 'products',
        data: { vendor: vendor.id, platform: platform.id, title: 'Kept', sku: `s-${uid()}`, price: 100 },
      })
      const order: Order = await payload.create({
        collection: 'orders',
        data: {
          vendor: vendor.id,
          platform: platform.id,
          customerName: 'Ann',
          source: 'direct',
          status: 'pending',
          placedAt: new Date().toISOString(),
          lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
        },
      })
      const draft = await createPage(payload, {
        platform,
        vendor,
        slug: `draft-${uid()}`,
        title: 'Draft',
        status: 'draft',
      })
      await payload.update({
        collection: 'vendor-subscriptions',
        id: (await subscriptionOf(vendor)).id,
        data: { status },
      })

      const attempts = [
        rest('PATCH', `/api/products/${product.id}`, { token, body: { title: 'Changed' } }),
        rest('DELETE', `/api/products/${product.id}`, { token }),
        rest('PATCH', `/api/orders/${order.id}`, { token, body: { status: 'canceled' } }),
        rest('DELETE', `/api/orders/${order.id}`, { token }),
        rest('PATCH', `/api/content-pages/${draft.id}`, { token, body: { _status: 'published' } }),
        rest('PATCH', `/api/content-pages/${draft.id}?draft=true`, { token, body: { title: 'New draft' } }),
        rest('DELETE', `/api/content-pages/${draft.id}`, { token }),
        rest('POST', '/api/users', {
          token,
          body: {
            email: `m-${uid()}@example.test`,
            password: PASSWORD,
            roles: ['vendor-member'],
            vendors: [vendor.id],
          },
        }),
      ]
      for (const response of await Promise.all(attempts)) {
        expect(response.status).toBe(403)
        expect(response.body.errors[0].message).toContain('read-only until you renew')
        expect(response.body.errors[0].message).toContain('Billing')
      }
      expect((await payload.findByID({ collection: 'products', id: product.id })).title).toBe('Kept')
      expect((await payload.findByID({ collection: 'orders', id: order.id })).status).toBe('pending')
      expect((await payload.findByID({ collection: 'content-pages', id: draft.id, draft: true })).title).toBe('Draft')
      expect((await payload.count({ collection: 'users', where: { vendors: { in: [vendor.id] } } })).totalDocs).toBe(1)
      expect((await rest('GET', `/api/products/${product.id}`, { token })).status).toBe(200)
      expect((await rest('GET', `/api/orders/${order.id}`, { token })).status).toBe(200)
    },
  )
})

describe('orders', () => {
  it('keep their source and external id after creation', async () => {
    const { platform, tiers } = await omsPlatform(payload, [{ features: ['cms_basic', 'letzshop_sync'] }])
    const vendor = await createVendor(payload, [{ platform, tier: tiers[0] }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const created = await rest('POST', '/api/orders', {
      token,
      body: {
        platform: platform.id,
        vendor: vendor.id,
        source: 'letzshop',
        externalId: 'LZ-1',
        customerName: 'Ann',
        lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
      },
    })
    expect(created.status).toBe(201)
    for (const body of [{ source: 'direct' }, { externalId: 'LZ-2' }, { externalId: null }]) {
      const patch = await rest('PATCH', `/api/orders/${created.body.doc.id}`, { token, body })
      expect(patch.status).toBe(400)
      expect(patch.body.errors[0].message).toContain('cannot change after it is created')
    }
    const german = await rest('PATCH', `/api/orders/${created.body.doc.id}`, {
      token,
      body: { source: 'direct' },
      headers: { 'Accept-Language': 'de' },
    })
    expect(german.body.errors[0].message).toContain('können nach dem Anlegen nicht mehr geändert werden')
    const same = await rest('PATCH', `/api/orders/${created.body.doc.id}`, {
      token,
      body: { source: 'letzshop', externalId: 'LZ-1', status: 'confirmed' },
    })
    expect(same.status).toBe(200)
    const stored = await payload.findByID({ collection: 'orders', id: created.body.doc.id })
    expect([stored.source, stored.externalId, stored.status]).toEqual(['letzshop', 'LZ-1', 'confirmed'])
  })
})
