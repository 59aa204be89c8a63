import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Vendor } from '@/payload-types'
import { plainText } from '@/services/richText'

import { contentCacheCaughtUp } from '../../helpers/contentCache'
import { createPage, createPlatform, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let other: Platform
let vendor: Vendor
let plainVendor: Vendor

const resolve = (query: string, headers?: Record<string, string>) =>
  rest('GET', `/api/content-pages/resolve?${query}`, { headers })

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  ;({ platform: other } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
  plainVendor = await createVendor(payload, [{ platform }])

  await createPage(payload, { platform, isPlatformPage: true, slug: 'home', title: 'Platform home', fr: 'Accueil' })
  await createPage(payload, { platform, isPlatformPage: true, slug: 'about', title: 'About the platform' })
  await createPage(payload, { platform, slug: 'about', title: 'Default about', fr: 'À propos (défaut)' })
  await createPage(payload, { platform, vendor, slug: 'about', title: 'Vendor about' })
  await createPage(payload, { platform, slug: 'shipping', title: 'Default shipping' })
  await createPage(payload, { platform, vendor, slug: 'shipping', title: 'Draft shipping', status: 'draft' })
  await createPage(payload, { platform: other, isPlatformPage: true, slug: 'home', title: 'Other home' })
})

describe('three-tier resolution', () => {
  it('serves the vendor override first', async () => {
    const { status, body } = await resolve(`platform=${platform.code}&vendor=${vendor.slug}&slug=about`)
    expect(status).toBe(200)
    expect(body.source).toBe('vendor_override')
    expect(body.page.title).toBe('Vendor about')
    expect(body.page.vendor).toEqual({ slug: vendor.slug, name: vendor.name })
    expect(plainText(body.page.content)).toBe('Vendor about body')
  })

  it('serves the vendor default when the vendor has no override', async () => {
    const { body } = await resolve(`platform=${platform.code}&vendor=${plainVendor.slug}&slug=about`)
    expect(body.source).toBe('vendor_default')
    expect(body.page.title).toBe('Default about')
    expect(body.page.vendor).toBeNull()
  })

  it('falls back to the default while the override is only a draft', async () => {
    const { body } = await resolve(`platform=${platform.code}&vendor=${vendor.slug}&slug=shipping`)
    expect(body.source).toBe('vendor_default')
    expect(body.page.title).toBe('Default shipping')
  })

  it('falls back to the platform page when there is no vendor page at all', async () => {
    const { body } = await resolve(`platform=${platform.code}&vendor=${vendor.slug}&slug=home`)
    expect(body.source).toBe('platform')
    expect(body.page.title).toBe('Platform home')
  })

  it('without a vendor serves only platform pages', async () => {
    expect((await resolve(`platform=${platform.code}&slug=about`)).body.page.title).toBe('About the platform')
    const shipping = await resolve(`platform=${platform.code}&slug=shipping`)
    expect(shipping.status).toBe(404)
    expect(shipping.body.errors[0].message).toContain('No published page "shipping"')
  })

  it('keeps platforms apart', async () => {
    expect((await resolve(`platform=${other.code}&slug=home`)).body.page.title).toBe('Other home')
    expect((await resolve(`platform=${other.code}&slug=about`)).status).toBe(404)
  })

  it('keeps serving the published version while a newer draft is being edited', async () => {
    const page = await createPage(payload, { platform, vendor, slug: 'returns', title: 'Published returns' })
    await payload.update({
      collection: 'content-pages',
      id: page.id,
      draft: true,
      data: { title: 'Unsaved idea', _status: 'draft' },
    })
    const { body } = await resolve(`platform=${platform.code}&vendor=${vendor.slug}&slug=returns`)
    expect(body.page.title).toBe('Published returns')
  })
})

describe('locales', () => {
  it('serves the requested locale', async () => {
    const { body } = await resolve(`platform=${platform.code}&vendor=${plainVendor.slug}&slug=about&locale=fr`)
    expect(body.page.title).toBe('À propos (défaut)')
    expect(body.page.locale).toBe('fr')
  })

  it('falls back to English field by field', async () => {
    const { body } = await resolve(`platform=${platform.code}&vendor=${vendor.slug}&slug=about&locale=de`)
    expect(body.page.title).toBe('Vendor about')
    const home = await resolve(`platform=${platform.code}&slug=home&locale=fr`)
    expect(home.body.page.title).toBe('Accueil')
    expect(plainText(home.body.page.content)).toBe('Platform home body')
  })
})

describe('platform context', () => {
  it('takes the platform from the Host header', async () => {
    const { status, body } = await resolve('slug=home', { host: `${platform.code}.test:3000` })
    expect(status).toBe(200)
    expect(body.page.platform.code).toBe(platform.code)
  })

  it('takes the platform from the /platforms/<code> path prefix', async () => {
    const { body } = await rest('GET', `/platforms/${other.code}/api/content-pages/resolve?slug=home`)
    expect(body.page.title).toBe('Other home')
  })

  it('prefers the explicit parameter over the Host header', async () => {
    const { body } = await resolve(`slug=home&platform=${other.code}`, { host: `${platform.code}.test` })
    expect(body.page.title).toBe('Other home')
  })

  it('answers 404 with a clear message for unknown platforms, hosts and vendors', async () => {
    const unknown = await resolve('slug=home&platform=nope')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toBe('Unknown platform "nope".')
    const host = await resolve('slug=home', { host: 'elsewhere.test' })
    expect(host.status).toBe(404)
    expect(host.body.errors[0].message).toContain('No platform serves host "elsewhere.test"')
    const missingVendor = await resolve(`slug=about&platform=${platform.code}&vendor=nobody`)
    expect(missingVendor.status).toBe(404)
    expect(missingVendor.body.errors[0].message).toContain('Unknown vendor "nobody"')
    const notMember = await resolve(`slug=about&platform=${other.code}&vendor=${vendor.slug}`)
    expect(notMember.status).toBe(404)
  })

  it.each([
    ['', 'slug: slug is required'],
    ['slug=', 'slug'],
    ['slug=Not%20A%20Slug', 'slug must be lowercase'],
    ['slug=about&locale=xx', 'locale must be one of en, fr, de'],
    ['slug=about&vendor=%27%3B--', 'vendor must be lowercase'],
    [`slug=${'a'.repeat(101)}`, 'at most 100'],
  ])('answers 400 for bad query "%s"', async (query, message) => {
    const { status, body } = await resolve(`${query}&platform=${platform.code}`)
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(message)
  })
})

describe('caching headers', () => {
  it('sends ETag and Cache-Control, answers 304 to a matching If-None-Match, and shows a change at once', async () => {
    const page = await createPage(payload, { platform, vendor, slug: 'contact', title: 'Contact v1' })
    const query = `platform=${platform.code}&vendor=${vendor.slug}&slug=contact`
    const first = await resolve(query)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('cache-control')).toBe('public, no-cache')

    const again = await resolve(query, { 'if-none-match': etag })
    expect(again.status).toBe(304)

    await payload.update({
      collection: 'content-pages',
      id: page.id,
      data: { title: 'Contact v2', _status: 'published' },
    })
    await contentCacheCaughtUp(payload)
    const changed = await resolve(query, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.body.page.title).toBe('Contact v2')
    expect(changed.headers.get('etag')).not.toBe(etag)
  })
})

describe('navigation', () => {
  it('lists header pages of a storefront with overrides replacing defaults', async () => {
    const { platform: site } = await createPlatform(payload)
    const shop = await createVendor(payload, [{ platform: site }])
    await createPage(payload, { platform: site, slug: 'about', title: 'Default about', showInHeader: true })
    await createPage(payload, { platform: site, slug: 'faq', title: 'Default FAQ', showInHeader: true })
    await createPage(payload, { platform: site, vendor: shop, slug: 'about', title: 'Our story', showInHeader: true })
    await createPage(payload, {
      platform: site,
      isPlatformPage: true,
      slug: 'pricing',
      title: 'Pricing',
      showInHeader: true,
    })

    const storefront = await rest('GET', `/api/content-pages/navigation?platform=${site.code}&vendor=${shop.slug}`)
    expect(storefront.status).toBe(200)
    expect(storefront.body.header.map((item: { title: string }) => item.title).sort()).toEqual([
      'Default FAQ',
      'Our story',
    ])
    expect(storefront.body.header.find((item: { slug: string }) => item.slug === 'about').source).toBe(
      'vendor_override',
    )

    const marketing = await rest('GET', `/api/content-pages/navigation?platform=${site.code}`)
    expect(marketing.body.header.map((item: { slug: string }) => item.slug)).toEqual(['pricing'])
    expect(marketing.body.vendor).toBeNull()
  })

  it('rejects bad parameters with 400 naming the parameter', async () => {
    const { status, body } = await rest('GET', `/api/content-pages/navigation?platform=${platform.code}&locale=klingon`)
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('locale: locale must be one of en, fr, de.')
  })
})
