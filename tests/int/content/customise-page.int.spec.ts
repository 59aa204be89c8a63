import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentPage, Platform, Vendor } from '@/payload-types'
import { LOCALES } from '@/services/locales'
import { plainText, richText } from '@/services/richText'

import { createPage, createPageIn, createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let otherPlatform: Platform
let shop: Vendor
let neighbour: Vendor
let ownerToken: string
let defaultAbout: ContentPage
let otherPlatformAbout: ContentPage

const TITLES = { en: 'About us', fr: 'À propos de nous', de: 'Über uns' }

const customise = (id: number | string, body?: unknown, token = ownerToken) =>
  rest('POST', `/api/vendor/content-pages/${id}/customise`, { token, body })

const pagesOf = async (vendor: Vendor, slug: string) =>
  (
    await payload.find({
      collection: 'content-pages',
      where: { vendor: { equals: vendor.id }, slug: { equals: slug } },
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  ;({ platform: otherPlatform } = await createPlatform(payload))
  shop = await createVendor(payload, [{ platform }])
  neighbour = await createVendor(payload, [{ platform }])
  ;({ token: ownerToken } = await createUser(payload, ['vendor-owner'], { vendors: [shop.id] }))
  defaultAbout = await createPageIn(payload, { platform, slug: 'about', showInHeader: true }, TITLES)
  await payload.update({
    collection: 'content-pages',
    id: defaultAbout.id,
    locale: 'de',
    data: { meta: { title: 'Über uns – SEO', description: 'Wer wir sind' } },
  })
  otherPlatformAbout = await createPage(payload, { platform: otherPlatform, slug: 'about', title: 'Elsewhere' })
})

describe('customising a default page', () => {
  it("creates the shop's draft copy with the default's content in every language, platform and slug preset", async () => {
    const { status, body } = await customise(defaultAbout.id)
    expect(status).toBe(201)
    expect(body.created).toBe(true)
    expect(body.page).toMatchObject({ slug: 'about', platform: platform.id, vendor: shop.id, _status: 'draft' })

    const copy = (await payload.findByID({
      collection: 'content-pages',
      id: body.page.id,
      locale: 'all',
      depth: 0,
    })) as unknown as {
      title: Record<string, string>
      content: Record<string, unknown>
      meta: { title: Record<string, string> }
      showInHeader: boolean
    }
    for (const locale of LOCALES) {
      expect(copy.title[locale]).toBe(TITLES[locale])
      expect(plainText(copy.content[locale])).toBe(`${TITLES[locale]} body`)
    }
    expect(copy.meta.title.de).toBe('Über uns – SEO')
    expect(copy.showInHeader).toBe(true)

    // A draft: the public site still serves the default until the shop publishes.
    const served = await rest(
      'GET',
      `/api/content-pages/resolve?platform=${platform.code}&vendor=${shop.slug}&slug=about&locale=fr`,
    )
    expect(served.body.source).toBe('vendor_default')
  })

  it('answers with the existing page when the shop already has one under that slug', async () => {
    const [existing] = await pagesOf(shop, 'about')
    const { status, body } = await customise(defaultAbout.id)
    expect(status).toBe(200)
    expect(body).toMatchObject({ created: false, page: { id: existing.id } })
    expect(await pagesOf(shop, 'about')).toHaveLength(1)
  })

  it('after a French edit is published, German and English are still whole, and in the header', async () => {
    const [copy] = await pagesOf(shop, 'about')
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [shop.id] })
    const published = await rest('PATCH', `/api/content-pages/${copy.id}?locale=fr`, {
      token,
      body: { title: 'Notre atelier', content: richText('Nous cousons à la main.'), _status: 'published' },
    })
    expect(published.status).toBe(200)
    const read = (locale: string) =>
      rest(
        'GET',
        `/api/content-pages/resolve?platform=${platform.code}&vendor=${shop.slug}&slug=about&locale=${locale}`,
      )
    const fr = await read('fr')
    expect(fr.body).toMatchObject({ source: 'vendor_override', page: { title: 'Notre atelier' } })
    for (const locale of ['de', 'en'] as const) {
      const { body } = await read(locale)
      expect(body.source).toBe('vendor_override')
      expect(body.page.title).toBe(TITLES[locale])
      expect(plainText(body.page.content)).toBe(`${TITLES[locale]} body`)
      const nav = await rest(
        'GET',
        `/api/content-pages/navigation?platform=${platform.code}&vendor=${shop.slug}&locale=${locale}`,
      )
      expect(nav.body.header).toContainEqual(expect.objectContaining({ slug: 'about', title: TITLES[locale] }))
    }
  })
})

describe('refusals', () => {
  it("refuses to customise into another vendor's shop, and creates nothing there", async () => {
    const { status, body } = await customise(defaultAbout.id, { vendor: neighbour.id })
    expect(status).toBe(403)
    expect(body.errors[0].message).toBe(
      'You can only customise pages for your own shop, on a platform your shop is on.',
    )
    expect(await pagesOf(neighbour, 'about')).toHaveLength(0)
  })

  it("refuses another platform's default page (not readable there) and a shop that is not on the page's platform", async () => {
    const elsewhere = await customise(otherPlatformAbout.id)
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body.errors[0].message).toBe(`No page ${otherPlatformAbout.id} that you can read.`)
    expect(await pagesOf(shop, 'about')).toHaveLength(1)

    // The other platform's admin-side default, asked for the shop by id, by a super admin: the shop is not there.
    const { token: superToken } = await createUser(payload, ['super-admin'])
    const asAdmin = await customise(otherPlatformAbout.id, { vendor: shop.id }, superToken)
    expect(asAdmin.status).toBe(403)
    const onOther = await payload.find({
      collection: 'content-pages',
      where: { platform: { equals: otherPlatform.id }, vendor: { equals: shop.id } },
    })
    expect(onOther.docs).toHaveLength(0)
  })

  it('refuses pages that are not defaults, unknown ids, the signed-out and unknown fields', async () => {
    const [own] = await pagesOf(shop, 'about')
    const ownPage = await customise(own.id)
    expect(ownPage.status).toBe(409)
    expect(ownPage.body.errors[0].message).toContain("Only a platform's default page can be customised")

    const theirs = await createPage(payload, { platform, vendor: neighbour, slug: 'shipping' })
    expect((await customise(theirs.id)).status).toBe(404)
    const marketing = await createPage(payload, { platform, isPlatformPage: true, slug: 'pricing' })
    expect((await customise(marketing.id)).status).toBe(404)

    expect((await customise(999999999)).status).toBe(404)
    expect((await customise('abc')).status).toBe(404)
    expect((await rest('POST', `/api/vendor/content-pages/${defaultAbout.id}/customise`)).status).toBe(401)
    const unknown = await customise(defaultAbout.id, { vendr: shop.id })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toContain('vendr')
  })
})
