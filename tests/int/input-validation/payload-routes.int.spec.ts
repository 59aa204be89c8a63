/**
 * Payload's own REST routes on input they do not expect: a 4xx saying what is wrong (never a 5xx, which production
 * shows as "An unknown error occurred."), and a refused write, bulk ones included, stores nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentPage, Platform, Vendor } from '@/payload-types'

import { createPage, createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let vendor: Vendor
let ownerId: number
let ownerToken: string
let member: { id: number; email: string }
let page: ContentPage

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }])
  platform = oms.platform
  vendor = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  ;({
    user: { id: ownerId },
    token: ownerToken,
  } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
  ;({ user: member } = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] }))
  page = await createPage(payload, { platform, vendor, slug: `p-${uid()}`, title: 'Original title', status: 'draft' })
})

describe("Payload's own routes on unexpected input", () => {
  it.each(['like', 'contains'])('where on a rich-text field with %s answers 400, not 500', async (operator) => {
    const response = await rest('GET', `/api/content-pages?where[content][${operator}]=x`, { token: ownerToken })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(
      `where[content] cannot use "${operator}" on a json field. See https://payloadcms.com/docs/queries/overview.`,
    )
  })

  it('POST /api/users/verify/<token> on a collection without verification answers 404 saying so, not 500', async () => {
    const response = await rest('POST', '/api/users/verify/abc')
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toBe('Email verification is not used here: there is nothing to verify.')
  })

  it('DELETE /api/payload-preferences/<key> of a key the user never saved answers 404, not 500, and deletes nothing', async () => {
    const saved = await rest('POST', '/api/payload-preferences/admin-language', {
      token: ownerToken,
      body: { value: 'fr' },
    })
    expect(saved.status).toBe(200)
    const missing = await rest('DELETE', '/api/payload-preferences/2', { token: ownerToken })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('You have no saved preference with this key.')
    expect((await rest('GET', '/api/payload-preferences/admin-language', { token: ownerToken })).body.value).toBe('fr')
  })

  it('a localized field sent as a string with locale=all is refused with 400 naming the field, and nothing is stored', async () => {
    const response = await rest('PATCH', `/api/content-pages/${page.id}?locale=all&draft=true`, {
      token: ownerToken,
      body: { title: 'New title' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('The following field is invalid: title')
    expect(response.body.errors[0].data.errors).toEqual([
      {
        path: 'title',
        message: 'With locale=all, send one value per locale, e.g. {"en": …}; or write one locale with ?locale=en.',
      },
    ])
    const stored = await payload.findByID({ collection: 'content-pages', id: page.id, draft: true, locale: 'en' })
    expect(stored.title).toBe('Original title')
  })

  it('a bulk update that is refused for one row changes no row (no 4xx with a partial commit)', async () => {
    const newEmail = `changed-${uid()}@example.test`
    const response = await rest('PATCH', `/api/users?where[id][in]=${ownerId},${member.id}`, {
      token: ownerToken,
      body: { email: newEmail },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(
      "Only the user or a super admin can change a user's email or password. Nothing was changed: the request applies to all matching documents or none.",
    )
    const owner = await payload.findByID({ collection: 'users', id: ownerId })
    expect(owner.email).not.toBe(newEmail)
    expect((await payload.findByID({ collection: 'users', id: member.id })).email).toBe(member.email)
  })
})
