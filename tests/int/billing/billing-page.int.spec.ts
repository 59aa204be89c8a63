import { readFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { createLocalReq, type Payload, type SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { billingTarget } from '@/admin/billing/billingTarget'
import type { Platform, User, Vendor } from '@/payload-types'

import { createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let sanitized: SanitizedConfig
let platform: Platform
let other: Platform
let vendor: Vendor
let elsewhere: Vendor
let twoPlatforms: Vendor
const users: Record<string, User> = {}

beforeAll(async () => {
  payload = await testPayload()
  sanitized = await config
  ;({ platform } = await createPlatform(payload))
  ;({ platform: other } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
  elsewhere = await createVendor(payload, [{ platform: other }])
  twoPlatforms = await createVendor(payload, [{ platform }, { platform: other }])
  users.owner = (await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })).user
  users.member = (await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })).user
  users.ownerOfTwo = (await createUser(payload, ['vendor-owner'], { vendors: [vendor.id, twoPlatforms.id] })).user
  users.platformAdmin = (await createUser(payload, ['platform-admin'], { platforms: [platform.id] })).user
  users.superAdmin = (await createUser(payload, ['super-admin'])).user
})

const reqAs = (user: User | null) =>
  createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
const target = async (user: User | null, vendorSlug?: string, platformCode?: string) =>
  billingTarget(await reqAs(user), vendorSlug, platformCode)

describe('who sees which billing (billingTarget)', () => {
  it('shows vendor users their own shop: the owner may change it, a member only reads', async () => {
    expect(await target(users.owner)).toEqual({
      kind: 'show',
      vendor: { slug: vendor.slug, name: vendor.name },
      platform: { code: platform.code, name: platform.name },
      viewer: 'owner',
    })
    expect(await target(users.member)).toMatchObject({ kind: 'show', viewer: 'member' })
    expect(await target(users.owner, vendor.slug)).toMatchObject({ kind: 'show', viewer: 'owner' })
  })

  it('asks a user of several shops which one, and which platform when the shop is on several', async () => {
    const choice = await target(users.ownerOfTwo)
    expect(choice).toMatchObject({ kind: 'choose-vendor' })
    expect(choice.kind === 'choose-vendor' && choice.vendors.map((shop) => shop.slug).sort()).toEqual(
      [vendor.slug, twoPlatforms.slug].sort(),
    )
    expect(await target(users.ownerOfTwo, twoPlatforms.slug)).toMatchObject({
      kind: 'choose-platform',
      platforms: expect.arrayContaining([{ code: other.code, name: other.name }]),
    })
    expect(await target(users.ownerOfTwo, twoPlatforms.slug, other.code)).toMatchObject({
      kind: 'show',
      platform: { code: other.code },
      viewer: 'owner',
    })
    expect(await target(users.ownerOfTwo, twoPlatforms.slug, 'nope')).toMatchObject({
      kind: 'refuse',
      message: 'billingPageNotOnPlatform',
    })
  })

  it("never shows a vendor user another shop's billing", async () => {
    expect(await target(users.owner, elsewhere.slug)).toEqual({
      kind: 'refuse',
      message: 'billingPageVendorNotFound',
      vars: { vendor: elsewhere.slug },
    })
    expect(await target(users.member, twoPlatforms.slug)).toMatchObject({
      kind: 'refuse',
      message: 'billingPageVendorNotFound',
    })
  })

  it("shows admins the shops they may read: a platform admin only its platform's, read only; a super admin any, acting for it", async () => {
    expect(await target(users.platformAdmin)).toEqual({ kind: 'refuse', message: 'billingPageNoVendor' })
    expect(await target(users.platformAdmin, vendor.slug)).toMatchObject({ kind: 'show', viewer: 'admin' })
    expect(await target(users.platformAdmin, elsewhere.slug)).toMatchObject({
      kind: 'refuse',
      message: 'billingPageVendorNotFound',
    })
    expect(await target(users.superAdmin, elsewhere.slug)).toMatchObject({
      kind: 'show',
      viewer: 'support',
      platform: { code: other.code },
    })
    expect(await target(users.superAdmin, 'no-such-shop')).toMatchObject({
      kind: 'refuse',
      message: 'billingPageVendorNotFound',
    })
  })

  it('refuses signed-out requests', async () => {
    expect(await target(null, vendor.slug)).toEqual({ kind: 'refuse', message: 'billingSignIn' })
  })

  // The page and the billing endpoints answer from one rule: a user who is both a vendor user and a platform admin is
  // treated as the vendor user, so the page does not show a shop whose every billing call then answers 403.
  it('answers as the billing endpoints do for a vendor owner who is also a platform admin, on another shop of its platform', async () => {
    const { user, token } = await createUser(payload, ['vendor-owner', 'platform-admin'], {
      vendors: [vendor.id],
      platforms: [other.id],
    })
    const api = await rest('GET', `/api/billing/subscription?vendor=${elsewhere.slug}`, { token })
    expect({ page: await target(user, elsewhere.slug), api: api.status }).toEqual({
      page: { kind: 'refuse', message: 'billingPageVendorNotFound', vars: { vendor: elsewhere.slug } },
      api: 403,
    })
  })

  it("a platform admin is not offered, nor shown, another platform's membership of a shared vendor", async () => {
    const { platform: own } = await createPlatform(payload)
    const { platform: foreign } = await createPlatform(payload)
    const shared = await createVendor(payload, [{ platform: own }, { platform: foreign }])
    const { user } = await createUser(payload, ['platform-admin'], { platforms: [own.id] })
    const plain = await target(user, shared.slug)
    const forced = await target(user, shared.slug, foreign.code)
    expect({ plain, forcedKind: forced.kind }).toEqual({
      plain: {
        kind: 'show',
        vendor: { slug: shared.slug, name: shared.name },
        platform: { code: own.code, name: own.name },
        viewer: 'admin',
      },
      forcedKind: 'refuse',
    })
  })
})

describe('admin wiring', () => {
  const importMap = readFileSync(
    path.resolve(import.meta.dirname, '../../../src/app/(payload)/admin/importMap.js'),
    'utf8',
  )
  const vendors = () => sanitized.collections.find((collection) => collection.slug === 'vendors')!

  it('registers the view at /billing, the nav link, the banner and the vendor record link, each in the import map', () => {
    const { components } = sanitized.admin
    const view = components.views?.billing
    expect(view).toMatchObject({ path: '/billing' })
    const paths = [
      view?.Component,
      ...(components.afterNavLinks ?? []),
      ...(components.header ?? []),
      ...(vendors().admin.components?.edit?.beforeDocumentControls ?? []),
    ].map((component) => (typeof component === 'string' ? component : (component as { path: string }).path))
    expect(paths.filter((component) => component?.includes('/billing/'))).toHaveLength(4)
    // A component missing from the import map silently disappears from the admin: regenerate it (generate:importmap).
    for (const component of paths) expect(importMap, component).toContain(`"${component}"`)
  })
})
