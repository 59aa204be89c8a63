import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { offeredSitePageCaching } from '@/endpoints/offeredSitePageCaching'
import { SITE_PAGE_CACHE_CONTROL, SITE_PAGE_PRIVATE_CACHE_CONTROL, sitePageCaching } from '@/endpoints/sitePageCaching'
import type { ContentPage, Platform, SubscriptionTier, Vendor } from '@/payload-types'
import type { Locale } from '@/services/locales'
import { appBuild } from '@/services/site/appBuild'

import { contentCacheCaughtUp } from '../../helpers/contentCache'
import { createPage, createPlatform, createVendor } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let tier: SubscriptionTier
let vendor: Vendor
let about: ContentPage

beforeAll(async () => {
  payload = await testPayload()
  ;({
    platform,
    tiers: [tier],
  } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform, tier }])
  await createPage(payload, { platform, isPlatformPage: true, slug: 'home', title: 'Home', fr: 'Accueil' })
  await createPage(payload, { platform, isPlatformPage: true, slug: 'pricing', title: 'Pricing' })
  about = await createPage(payload, { platform, isPlatformPage: true, slug: 'about', title: 'About', fr: 'À propos' })
  await createPage(payload, { platform, slug: 'shipping', title: 'Shipping' })
})

type Ask = { locale?: Locale; host?: string; method?: string; headers?: Record<string, string>; build?: string }

/** The caching decision for a path, as the proxy takes it. */
function caching(path: string, { locale = 'en', host = 'localhost:3000', method = 'GET', headers, build }: Ask = {}) {
  const request = new Request(`http://localhost${path}`, { method, headers: { host, ...headers } })
  return sitePageCaching(payload, request, locale, build ?? 'build-1')
}

async function etagOf(path: string, ask?: Ask): Promise<string> {
  const decision = await caching(path, ask)
  if (!decision) throw new Error(`${path} is not cacheable`)
  return decision.etag
}

/** After a write, this instance's read cache has applied its notification. */
const published = () => contentCacheCaughtUp(payload)

describe('a content page of a site', () => {
  it('gets a weak ETag and, with its language in the URL, a Cache-Control a CDN can keep', async () => {
    const decision = await caching(`/platforms/${platform.code}/about?locale=fr`, { locale: 'fr' })
    expect(decision?.etag).toMatch(/^W\/"[\w-]+"$/)
    expect(decision?.headers).toEqual({ ETag: decision?.etag, 'Cache-Control': SITE_PAGE_CACHE_CONTROL })
    expect(SITE_PAGE_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    expect(decision?.notModified).toBe(false)
  })

  it('in the language of Accept-Language (no or an unknown ?locale=), is for the browser only', async () => {
    for (const path of [`/platforms/${platform.code}/about`, `/platforms/${platform.code}/about?locale=es`]) {
      const decision = await caching(path, { locale: 'fr', headers: { 'accept-language': 'fr' } })
      expect(decision?.headers).toEqual({ ETag: decision?.etag, 'Cache-Control': SITE_PAGE_PRIVATE_CACHE_CONTROL })
    }
    expect(SITE_PAGE_PRIVATE_CACHE_CONTROL).toBe('private, no-cache')
  })

  it('is not modified for a matching If-None-Match (weak comparison, lists, *), and is for another', async () => {
    const path = `/platforms/${platform.code}/about`
    const etag = await etagOf(path)
    const asked = async (ifNoneMatch: string) =>
      (await caching(path, { headers: { 'if-none-match': ifNoneMatch } }))?.notModified
    expect(await asked(etag)).toBe(true)
    expect(await asked(etag.slice(2))).toBe(true)
    expect(await asked(`"other", ${etag}`)).toBe(true)
    expect(await asked('*')).toBe(true)
    expect(await asked('W/"other"')).toBe(false)
  })

  it('changes when the page is published again, and the old version is then modified', async () => {
    const path = `/platforms/${platform.code}/about`
    const before = await etagOf(path)
    await payload.update({ collection: 'content-pages', id: about.id, data: { title: 'About, edited' } })
    await published()
    const after = await etagOf(path)
    expect(after).not.toBe(before)
    expect((await caching(path, { headers: { 'if-none-match': before } }))?.notModified).toBe(false)
    expect(await etagOf(path)).toBe(after)
  })

  it('differs by language, billing switch, origin and build', async () => {
    const path = `/platforms/${platform.code}/about`
    const en = await etagOf(path)
    expect(await etagOf(path, { locale: 'fr' })).not.toBe(en)
    expect(await etagOf(path, { locale: 'de' })).not.toBe(en)
    expect(await etagOf(`${path}?billing=annual`)).not.toBe(en)
    expect(await etagOf(path, { host: 'example.com' })).not.toBe(en)
    expect(await etagOf(path, { build: 'build-2' })).not.toBe(en)
    expect(await etagOf(`${path}?utm_source=x`)).toBe(en)
  })

  it('changes with the menus: another page shown in the header', async () => {
    const path = `/platforms/${platform.code}/about`
    const before = await etagOf(path)
    await createPage(payload, { platform, isPlatformPage: true, slug: 'news', showInHeader: true })
    await published()
    expect(await etagOf(path)).not.toBe(before)
  })

  it("changes with the platform's branding", async () => {
    const path = `/platforms/${platform.code}/about`
    const before = await etagOf(path)
    await payload.update({ collection: 'platforms', id: platform.id, data: { branding: { primaryColor: '#123456' } } })
    await published()
    expect(await etagOf(path)).not.toBe(before)
  })

  it('changes with the plans on the pages that show them, not on the others', async () => {
    const home = await etagOf(`/platforms/${platform.code}`)
    const pricing = await etagOf(`/platforms/${platform.code}/pricing`)
    const aboutPage = await etagOf(`/platforms/${platform.code}/about`)
    await payload.update({ collection: 'subscription-tiers', id: tier.id, data: { priceMonthly: 4321 } })
    expect(await etagOf(`/platforms/${platform.code}`)).not.toBe(home)
    expect(await etagOf(`/platforms/${platform.code}/pricing`)).not.toBe(pricing)
    expect(await etagOf(`/platforms/${platform.code}/about`)).toBe(aboutPage)
  })

  it("on the platform's own domain, by Host", async () => {
    const host = `${platform.code}.test`
    expect(await etagOf('/', { host })).toMatch(/^W\//)
    expect(await etagOf('/about', { host })).not.toBe(await etagOf('/', { host }))
  })

  it("of a vendor's storefront, changes when the vendor is renamed", async () => {
    const path = `/platforms/${platform.code}/vendors/${vendor.slug}/shipping`
    const before = await etagOf(path)
    await payload.update({ collection: 'vendors', id: vendor.id, data: { name: 'Renamed shop' } })
    await published()
    expect(await etagOf(path)).not.toBe(before)
  })
})

describe('the proxy', () => {
  it('is offered the decision, bound to the running build, by the Payload that started', async () => {
    const path = `/platforms/${platform.code}/about?locale=en`
    const request = new Request(`http://localhost${path}`, { headers: { host: 'localhost:3000' } })
    const offered = await offeredSitePageCaching()?.(request, 'en')
    expect(offered?.etag).toBe(await etagOf(path, { build: appBuild() }))
  })
})

describe('not cached as a page', () => {
  it.each([
    ['a page that does not exist (404)', () => `/platforms/${platform.code}/no-such-page`],
    ['a storefront of an unknown vendor', () => `/platforms/${platform.code}/vendors/nobody/about`],
    ['an unknown platform', () => '/platforms/no-such-platform/about'],
    ['the signup wizard (a per-visitor session)', () => `/platforms/${platform.code}/signup`],
    ['the /home redirect', () => `/platforms/${platform.code}/home`],
    ['the platform list (no platform on this host)', () => '/'],
    ['the admin', () => '/admin'],
    ['the API', () => `/platforms/${platform.code}/api/content-pages/resolve`],
    ['the sitemap', () => `/platforms/${platform.code}/sitemap.xml`],
  ])('%s', async (_, path) => {
    expect(await caching(path())).toBeNull()
  })

  it('an RSC payload request or a write', async () => {
    const path = `/platforms/${platform.code}/about`
    expect(await caching(path, { headers: { rsc: '1' } })).toBeNull()
    expect(await caching(`${path}?_rsc=abc`)).toBeNull()
    expect(await caching(path, { method: 'POST' })).toBeNull()
    expect(await caching(path, { method: 'HEAD' })).not.toBeNull()
  })

  it('a page unpublished since: its old version no longer matches', async () => {
    const page = await createPage(payload, { platform, isPlatformPage: true, slug: 'short-lived' })
    const path = `/platforms/${platform.code}/short-lived`
    await etagOf(path)
    await payload.update({ collection: 'content-pages', id: page.id, data: { _status: 'draft' } })
    await published()
    expect(await caching(path)).toBeNull()
  })
})
