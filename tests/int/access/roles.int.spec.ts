import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentPage, Platform, Vendor } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { createPage, createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let foreign: Platform
let alice: Vendor
let bob: Vendor
let aliceToken: string
let aliceMemberToken: string
let bobToken: string
let platformAdminToken: string
let bobDraft: ContentPage
let bobPublished: ContentPage
let defaultAbout: ContentPage
let marketing: ContentPage
let foreignDefault: ContentPage

const ids = (body: { docs: { id: number }[] }) => body.docs.map((doc) => doc.id)

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  ;({ platform: foreign } = await createPlatform(payload))
  alice = await createVendor(payload, [{ platform }])
  bob = await createVendor(payload, [{ platform }])
  ;({ token: aliceToken } = await createUser(payload, ['vendor-owner'], { vendors: [alice.id] }))
  ;({ token: aliceMemberToken } = await createUser(payload, ['vendor-member'], { vendors: [alice.id] }))
  ;({ token: bobToken } = await createUser(payload, ['vendor-owner'], { vendors: [bob.id] }))
  ;({ token: platformAdminToken } = await createUser(payload, ['platform-admin'], { platforms: [platform.id] }))

  defaultAbout = await createPage(payload, { platform, slug: 'about', title: 'Default about' })
  marketing = await createPage(payload, { platform, isPlatformPage: true, slug: 'pricing', title: 'Pricing' })
  foreignDefault = await createPage(payload, { platform: foreign, slug: 'about', title: 'Foreign default' })
  bobDraft = await createPage(payload, { platform, vendor: bob, slug: 'about', title: 'Bob draft', status: 'draft' })
  bobPublished = await createPage(payload, { platform, vendor: bob, slug: 'shipping', title: 'Bob shipping' })
})

describe('vendor isolation over REST', () => {
  it("a vendor cannot read another vendor's pages, draft or published", async () => {
    const list = await rest('GET', '/api/content-pages?limit=100&depth=0', { token: aliceToken })
    expect(list.status).toBe(200)
    expect(ids(list.body)).not.toContain(bobDraft.id)
    expect(ids(list.body)).not.toContain(bobPublished.id)
    expect((await rest('GET', `/api/content-pages/${bobDraft.id}`, { token: aliceToken })).status).toBe(404)
    expect((await rest('GET', `/api/content-pages/${bobPublished.id}?draft=true`, { token: aliceToken })).status).toBe(
      404,
    )
  })

  it("a vendor reads its own page history but not another vendor's", async () => {
    const path = `/api/content-pages/versions?where[parent][equals]=${bobPublished.id}&depth=0`
    const own = await rest('GET', path, { token: bobToken })
    expect(own.status).toBe(200)
    expect(own.body.docs.length).toBeGreaterThan(0)
    const foreignHistory = await rest('GET', path, { token: aliceToken })
    expect(foreignHistory.body.docs ?? []).toHaveLength(0)
  })

  it("a vendor cannot edit or delete another vendor's page", async () => {
    const patch = await rest('PATCH', `/api/content-pages/${bobPublished.id}`, {
      token: aliceToken,
      body: { title: 'hacked' },
    })
    expect([403, 404]).toContain(patch.status)
    const del = await rest('DELETE', `/api/content-pages/${bobPublished.id}`, { token: aliceToken })
    expect([403, 404]).toContain(del.status)
    const bulk = await rest('PATCH', `/api/content-pages?where[vendor][equals]=${bob.id}`, {
      token: aliceToken,
      body: { title: 'hacked' },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const still = await payload.findByID({ collection: 'content-pages', id: bobPublished.id })
    expect(still.title).toBe('Bob shipping')
  })

  it("a vendor cannot create a page in another vendor's name", async () => {
    const response = await rest('POST', '/api/content-pages', {
      token: aliceToken,
      body: { platform: platform.id, vendor: bob.id, slug: 'about', title: 'Fake', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain("your own shop's pages")
  })

  it('a vendor cannot move its page to another vendor', async () => {
    const own = await createPage(payload, { platform, vendor: alice, slug: 'returns', title: 'Alice returns' })
    const response = await rest('PATCH', `/api/content-pages/${own.id}`, {
      token: aliceToken,
      body: { vendor: bob.id },
    })
    expect(response.status).toBe(403)
  })

  it('a vendor reads its platform defaults to copy from, but never edits or deletes them', async () => {
    const list = await rest('GET', '/api/content-pages?limit=100&depth=0', { token: aliceMemberToken })
    expect(ids(list.body)).toContain(defaultAbout.id)
    expect(ids(list.body)).not.toContain(foreignDefault.id)
    expect(ids(list.body)).not.toContain(marketing.id)
    const patch = await rest('PATCH', `/api/content-pages/${defaultAbout.id}`, {
      token: aliceToken,
      body: { title: 'mine now' },
    })
    expect(patch.status).toBe(403)
    const del = await rest('DELETE', `/api/content-pages/${defaultAbout.id}`, { token: aliceToken })
    expect(del.status).toBe(403)
    const create = await rest('POST', '/api/content-pages', {
      token: aliceToken,
      body: { platform: platform.id, vendor: null, slug: 'faq', title: 'New default', _status: 'published' },
    })
    expect(create.status).toBe(403)
    expect(create.body.errors[0].message).toContain('create your own page')
  })

  it('a vendor member creates and publishes its own override', async () => {
    const response = await rest('POST', '/api/content-pages', {
      token: aliceMemberToken,
      body: { platform: platform.id, vendor: alice.id, slug: 'about', title: 'Alice about', _status: 'published' },
    })
    expect(response.status).toBe(201)
    const resolved = await rest(
      'GET',
      `/api/content-pages/resolve?platform=${platform.code}&vendor=${alice.slug}&slug=about`,
    )
    expect(resolved.body.page.title).toBe('Alice about')
  })

  it('a vendor cannot publish on a platform its shop is not on', async () => {
    const response = await rest('POST', '/api/content-pages', {
      token: aliceToken,
      body: { platform: foreign.id, vendor: alice.id, slug: 'about', title: 'Wrong platform', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain('not on this platform')
  })

  it('a vendor sees only its own vendor record', async () => {
    const list = await rest('GET', '/api/vendors?limit=100&depth=0', { token: bobToken })
    expect(ids(list.body)).toEqual([bob.id])
    expect((await rest('PATCH', `/api/vendors/${alice.id}`, { token: bobToken, body: { name: 'x' } })).status).toBe(403)
  })
})

describe('anonymous', () => {
  it('sees published pages only, never drafts', async () => {
    const list = await rest('GET', '/api/content-pages?limit=200&depth=0&draft=true')
    expect(list.status).toBe(200)
    expect(list.body.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    expect(ids(list.body)).not.toContain(bobDraft.id)
    expect((await rest('GET', `/api/content-pages/${bobDraft.id}?draft=true`)).status).toBe(404)
  })

  it('cannot write anything', async () => {
    const response = await rest('POST', '/api/content-pages', {
      body: { platform: platform.id, slug: 'x', title: 'x' },
    })
    expect(response.status).toBe(403)
    expect((await rest('GET', '/api/vendors')).status).toBe(403)
    expect((await rest('GET', '/api/users')).status).toBe(403)
  })
})

describe('platform admins', () => {
  it("edit their platform's defaults and marketing pages, not vendor overrides or other platforms", async () => {
    const own = await rest('PATCH', `/api/content-pages/${marketing.id}`, {
      token: platformAdminToken,
      body: { title: 'New pricing' },
    })
    expect(own.status).toBe(200)
    const override = await rest('PATCH', `/api/content-pages/${bobPublished.id}`, {
      token: platformAdminToken,
      body: { title: 'x' },
    })
    expect(override.status).toBe(403)
    const elsewhere = await rest('PATCH', `/api/content-pages/${foreignDefault.id}`, {
      token: platformAdminToken,
      body: { title: 'x' },
    })
    expect([403, 404]).toContain(elsewhere.status)
    const create = await rest('POST', '/api/content-pages', {
      token: platformAdminToken,
      body: { platform: foreign.id, isPlatformPage: true, slug: 'home', title: 'Takeover', _status: 'published' },
    })
    expect(create.status).toBe(403)
  })

  it("manage their platform's tiers only", async () => {
    const own = await rest('POST', '/api/subscription-tiers', {
      token: platformAdminToken,
      body: {
        platform: platform.id,
        code: 'extra',
        name: 'Extra',
        priceMonthly: 100,
        priceAnnual: 1000,
        sortOrder: 10,
      },
    })
    expect(own.status).toBe(201)
    const other = await rest('POST', '/api/subscription-tiers', {
      token: platformAdminToken,
      body: { platform: foreign.id, code: 'extra', name: 'Extra', priceMonthly: 100, priceAnnual: 1000 },
    })
    expect(other.status).toBe(403)
  })

  it('cannot create platforms', async () => {
    const response = await rest('POST', '/api/platforms', {
      token: platformAdminToken,
      body: { code: 'mine', name: 'Mine' },
    })
    expect(response.status).toBe(403)
  })
})

describe('deleting a vendor', () => {
  it('removes its pages instead of turning them into vendor defaults', async () => {
    const gone = await createVendor(payload, [{ platform }])
    const page = await createPage(payload, { platform, vendor: gone, slug: 'about', title: 'Gone about' })
    await payload.delete({ collection: 'vendors', id: gone.id })
    const left = await payload.find({ collection: 'content-pages', where: { id: { equals: page.id } } })
    expect(left.docs).toHaveLength(0)
    const resolved = await rest(
      'GET',
      `/api/content-pages/resolve?platform=${platform.code}&vendor=${bob.slug}&slug=about`,
    )
    expect(resolved.body.page.title).toBe('Default about')
  })
})

describe('team members', () => {
  it('an owner adds a vendor-member to its own vendor, and nothing else', async () => {
    const member = await rest('POST', '/api/users', {
      token: aliceToken,
      body: {
        email: `member-${alice.slug}@example.test`,
        password: 'pw-123456',
        roles: ['vendor-member'],
        vendors: [alice.id],
      },
    })
    expect(member.status).toBe(201)
    const admin = await rest('POST', '/api/users', {
      token: aliceToken,
      body: {
        email: `boss-${alice.slug}@example.test`,
        password: 'pw-123456',
        roles: ['super-admin'],
        vendors: [alice.id],
      },
    })
    expect(admin.status).toBe(403)
    const foreignMember = await rest('POST', '/api/users', {
      token: aliceToken,
      body: {
        email: `spy-${alice.slug}@example.test`,
        password: 'pw-123456',
        roles: ['vendor-member'],
        vendors: [bob.id],
      },
    })
    expect(foreignMember.status).toBe(403)
  })

  it("a new member of a one-shop owner belongs to the owner's shop unless told otherwise", async () => {
    const member = await rest('POST', '/api/users', {
      token: aliceToken,
      body: { email: `default-${alice.slug}@example.test`, password: 'pw-123456' },
    })
    expect(member.status, JSON.stringify(member.body)).toBe(201)
    expect(member.body.doc.roles).toEqual(['vendor-member'])
    expect(member.body.doc.vendors.map((vendor: number | { id: number }) => relationId(vendor))).toEqual([alice.id])
  })

  it("an owner removes its own team members, not other vendors' users", async () => {
    const { user: member } = await createUser(payload, ['vendor-member'], { vendors: [alice.id] })
    const { user: bobMember } = await createUser(payload, ['vendor-member'], { vendors: [bob.id] })
    expect([403, 404]).toContain((await rest('DELETE', `/api/users/${bobMember.id}`, { token: aliceToken })).status)
    expect((await rest('DELETE', `/api/users/${member.id}`, { token: aliceToken })).status).toBe(200)
    expect([403, 404]).toContain((await rest('DELETE', `/api/users/${member.id}`, { token: aliceMemberToken })).status)
  })

  it('a member cannot give itself more roles', async () => {
    const me = await rest('GET', '/api/users/me', { token: aliceMemberToken })
    await rest('PATCH', `/api/users/${me.body.user.id}`, { token: aliceMemberToken, body: { roles: ['super-admin'] } })
    const after = await payload.findByID({ collection: 'users', id: me.body.user.id })
    expect(after.roles).toEqual(['vendor-member'])
  })
})
