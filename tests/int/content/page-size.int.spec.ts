import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Vendor } from '@/payload-types'
import { DEFAULT_PAGE_BYTES, formatBytes, PLATFORM_PAGE_BYTES } from '@/services/content/pageSize'
import { richText } from '@/services/richText'

import { createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let vendor: Vendor
let ownerToken: string

/** A rich-text page of `bytes` bytes and a few hundred more (one paragraph). */
const pageOf = (bytes: number) => richText('x'.repeat(Math.round(bytes)))

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
  ;({ token: ownerToken } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
})

describe('page size limit', () => {
  it('refuses a 3.9 MB rich-text page from a vendor with a 403 naming the limit, and accepts one within it', async () => {
    const data = { platform: platform.id, vendor: vendor.id, slug: 'about', title: 'Big', _status: 'published' }
    const big = await rest('POST', '/api/content-pages', {
      token: ownerToken,
      body: { ...data, content: pageOf(3.9 * 1024 * 1024) },
    })
    expect(big.status).toBe(403)
    expect(big.body.errors[0].message).toMatch(/^Page too large: this page is 3\.9 MB; .* allows pages up to/)
    expect(big.body.errors[0].message).toContain(`up to ${formatBytes(DEFAULT_PAGE_BYTES)} (page size)`)

    const fits = await rest('POST', '/api/content-pages', {
      token: ownerToken,
      body: { ...data, content: pageOf(DEFAULT_PAGE_BYTES - 20_000) },
    })
    expect(fits.status).toBe(201)

    const grown = await rest('PATCH', `/api/content-pages/${fits.body.doc.id}`, {
      token: ownerToken,
      body: { content: pageOf(DEFAULT_PAGE_BYTES + 10_000) },
    })
    expect(grown.status).toBe(403)
  })

  it("gives the platform's own pages the platform limit", async () => {
    const create = (bytes: number) =>
      payload.create({
        collection: 'content-pages',
        data: {
          platform: platform.id,
          isPlatformPage: true,
          slug: `big-${bytes}`,
          title: 'Big',
          content: pageOf(bytes) as never,
          _status: 'published',
        },
      })
    await expect(create(PLATFORM_PAGE_BYTES - 100_000)).resolves.toMatchObject({ title: 'Big' })
    await expect(create(PLATFORM_PAGE_BYTES + 100_000)).rejects.toThrow(`up to ${formatBytes(PLATFORM_PAGE_BYTES)}`)
  })
})
