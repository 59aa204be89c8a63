import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import { createPage, createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let essential: SubscriptionTier
let professional: SubscriptionTier
let unlimited: SubscriptionTier

const DEFAULT_SLUGS = ['about', 'shipping', 'returns', 'privacy', 'terms', 'contact']

async function vendorWithOwner(tier?: SubscriptionTier) {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  const create = (slug: string) =>
    rest('POST', '/api/content-pages', {
      token,
      body: { platform: platform.id, vendor: vendor.id, slug, title: `${slug} page`, _status: 'published' },
    })
  return { vendor, token, create }
}

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform,
    tiers: [essential, professional, unlimited],
  } = await createPlatform(payload, [
    { code: 'essential', limits: { cmsPages: 3, cmsCustomPages: 0 }, features: ['cms_basic'] },
    { code: 'professional', limits: { cmsPages: 5, cmsCustomPages: 2 }, features: ['cms_basic', 'cms_custom_pages'] },
    { code: 'enterprise', limits: { cmsPages: 1 }, features: ['cms_basic', 'cms_custom_pages', 'cms_unlimited_pages'] },
  ]))
  for (const slug of DEFAULT_SLUGS) await createPage(payload, { platform, slug })
})

describe('cmsPages', () => {
  it('allows pages below and at the limit and refuses the next with 403 naming the limit', async () => {
    const { create } = await vendorWithOwner(essential)
    expect((await create('about')).status).toBe(201)
    expect((await create('shipping')).status).toBe(201)
    expect((await create('returns')).status).toBe(201)
    const over = await create('privacy')
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toBe(
      'CMS page limit reached: your Tier 0 plan allows 3 pages (cmsPages). Upgrade or delete a page.',
    )
  })

  it("uses the platform's entry tier when the vendor has none assigned", async () => {
    const { create } = await vendorWithOwner()
    for (const slug of ['about', 'shipping', 'returns']) expect((await create(slug)).status).toBe(201)
    expect((await create('terms')).status).toBe(403)
  })

  it('counts again after a page is deleted', async () => {
    const { create, token } = await vendorWithOwner(essential)
    const pages = [await create('about'), await create('shipping'), await create('returns')]
    expect((await create('terms')).status).toBe(403)
    await rest('DELETE', `/api/content-pages/${pages[0].body.doc.id}`, { token })
    expect((await create('terms')).status).toBe(201)
  })

  it('cms_unlimited_pages lifts the page limit', async () => {
    const { create } = await vendorWithOwner(unlimited)
    for (const slug of ['about', 'shipping', 'returns', 'privacy']) expect((await create(slug)).status).toBe(201)
  })

  it('holds under concurrent creates: exactly the allowed number survive', async () => {
    const { create, vendor } = await vendorWithOwner(essential)
    const responses = await Promise.all(DEFAULT_SLUGS.map((slug) => create(slug)))
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([201, 201, 201, 403, 403, 403])
    const { totalDocs } = await payload.count({ collection: 'content-pages', where: { vendor: { equals: vendor.id } } })
    expect(totalDocs).toBe(3)
  })
})

describe('custom pages', () => {
  it('refuses a slug that is not a default page without cms_custom_pages', async () => {
    const { create } = await vendorWithOwner(essential)
    const response = await create('our-team')
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain('Custom pages are not included in your Tier 0 plan')
    expect(response.body.errors[0].message).toContain('about, contact, privacy, returns, shipping, terms')
  })

  it('allows custom pages up to cmsCustomPages with the feature', async () => {
    const { create } = await vendorWithOwner(professional)
    expect((await create('our-team')).status).toBe(201)
    expect((await create('lookbook')).status).toBe(201)
    const over = await create('press')
    expect(over.status).toBe(403)
    expect(over.body.errors[0].message).toContain(
      'Custom page limit reached: your Tier 1 plan allows 2 custom pages (cmsCustomPages)',
    )
    expect((await create('about')).status).toBe(201)
  })

  it('applies when an existing page is renamed to a custom slug', async () => {
    const { create, token } = await vendorWithOwner(essential)
    const page = await create('about')
    const renamed = await rest('PATCH', `/api/content-pages/${page.body.doc.id}`, {
      token,
      body: { slug: 'secret-sale' },
    })
    expect(renamed.status).toBe(403)
  })

  it('applies to server-side writes too (no user, local API)', async () => {
    const vendor = await createVendor(payload, [{ platform, tier: essential }])
    await expect(createPage(payload, { platform, vendor, slug: 'imported-page' })).rejects.toThrow(
      /Custom pages are not included/,
    )
  })
})

describe('counted once for enforcement and display', () => {
  // A default page saved as a draft may have no slug yet; it must not hide the vendor's custom pages from the usage
  // shown (a NULL in `slug NOT IN (...)` made the displayed count 0 while enforcement counted them).
  it('the usage shown counts the custom pages the limit is enforced on, with a slugless default draft on the platform', async () => {
    const {
      platform: own,
      tiers: [tier],
    } = await createPlatform(payload, [
      { limits: { cmsPages: 10, cmsCustomPages: 2 }, features: ['cms_basic', 'cms_custom_pages'] },
    ])
    await createPage(payload, { platform: own, slug: 'about' })
    const draft = await createPage(payload, { platform: own, slug: 'draft-default', status: 'draft' })
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(
      sql`UPDATE content_pages SET slug = NULL WHERE id = ${draft.id}`,
    )
    const vendor = await createVendor(payload, [{ platform: own, tier }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const create = (slug: string) =>
      rest('POST', '/api/content-pages', {
        token,
        body: { platform: own.id, vendor: vendor.id, slug, title: slug, _status: 'published' },
      })
    expect((await create('about')).status).toBe(201)
    expect((await create('our-team')).status).toBe(201)
    const usage = await rest('GET', `/api/billing/usage?vendor=${vendor.slug}`, { token })
    expect({ pages: usage.body.usage.cmsPages.used, custom: usage.body.usage.cmsCustomPages.used }).toEqual({
      pages: 2,
      custom: 1,
    })
    expect((await create('lookbook')).status).toBe(201)
    expect((await create('press')).status).toBe(403)
  })
})

describe('uniqueness', () => {
  it('refuses a second page with the same slug for the same vendor', async () => {
    const { create } = await vendorWithOwner(professional)
    expect((await create('about')).status).toBe(201)
    const duplicate = await create('about')
    expect(duplicate.status).toBe(400)
  })

  it('refuses a second vendor default with the same slug on a platform', async () => {
    await expect(createPage(payload, { platform, slug: 'about' })).rejects.toThrow()
  })
})
