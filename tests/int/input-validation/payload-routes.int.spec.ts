/**
 * Found by an outside attack on a production build: inputs that still answer 5xx ("An unknown error occurred."
 * in production), a write answered 200 that stores nothing, and a bulk write answered 4xx that changes rows.
 * Each test fails while the hole is open.
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
  ;({ user: { id: ownerId }, token: ownerToken } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
  ;({ user: member } = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] }))
  page = await createPage(payload, { platform, vendor, slug: `p-${uid()}`, title: 'Original title', status: 'draft' })
})

describe('attack: bad input', () => {
  it.each(['like', 'contains'])('where on a rich-text field with %s answers 400, not 500', async (operator) => {
    const response = await rest('GET', `/api/content-pages?where[content][${operator}]=x`, { token: ownerToken })
    expect(response.status).toBe(400)
  })

  it('POST /api/users/verify/<token> on a collection without verification answers 4xx, not 500', async () => {
    const response = await rest('POST', '/api/users/verify/abc')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('DELETE /api/payload-preferences/<key> answers 2xx/4xx, not 500', async () => {
    const missing = await rest('DELETE', '/api/payload-preferences/2', { token: ownerToken })
    expect(missing.status).toBeLessThan(500)
  })

  it('a localized field sent as a string with locale=all is refused or stored, never answered 200 and dropped', async () => {
    const response = await rest('PATCH', `/api/content-pages/${page.id}?locale=all&draft=true`, { token: ownerToken, body: { title: 'New title' } })
    const stored = await payload.findByID({ collection: 'content-pages', id: page.id, draft: true, locale: 'en' })
    if (response.status === 200) expect(stored.title).toBe('New title')
    else expect(response.status).toBe(400)
  })

  it('a bulk update that is refused for one row changes no row (no 4xx with a partial commit)', async () => {
    const newEmail = `changed-${uid()}@example.test`
    const response = await rest('PATCH', `/api/users?where[id][in]=${ownerId},${member.id}`, { token: ownerToken, body: { email: newEmail } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    const owner = await payload.findByID({ collection: 'users', id: ownerId })
    expect(owner.email).not.toBe(newEmail)
  })
})
