import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { marketingMetadata } from '@/app/(frontend)/components/marketingMetadata'
import { PricingCards } from '@/app/(frontend)/components/PricingCards'
import * as prefixRobots from '@/app/(frontend)/platforms/[platform]/robots.txt/route'
import * as prefixSitemap from '@/app/(frontend)/platforms/[platform]/sitemap.xml/route'
import * as domainRobots from '@/app/(frontend)/robots.txt/route'
import * as domainSitemap from '@/app/(frontend)/sitemap.xml/route'
import type { Platform } from '@/payload-types'
import { platformPricing, type PricingTier } from '@/services/pricing/platformPricing'
import { pagePath, signupPath } from '@/services/site/siteUrls'

import { createPage, createPlatform } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload, [
    {
      code: 'small',
      limits: { products: 100, ordersPerMonth: 50, teamMembers: 1 },
      features: ['cms_basic'],
      sortOrder: 1,
    },
    {
      code: 'large',
      limits: { products: null, ordersPerMonth: null, teamMembers: null },
      features: ['cms_basic', 'invoicing'],
      sortOrder: 2,
    },
  ]))
  await payload.update({
    collection: 'platforms',
    id: platform.id,
    locale: 'fr',
    data: { branding: { tagline: 'La plateforme des tests' } },
  })
  await createPage(payload, { platform, isPlatformPage: true, slug: 'home', title: 'Test home', fr: 'Accueil test' })
  await createPage(payload, { platform, isPlatformPage: true, slug: 'about', title: 'About us', fr: 'À propos' })
  await createPage(payload, { platform, isPlatformPage: true, slug: 'secret-draft', status: 'draft' })
  // A vendor default page (storefronts) is not a marketing page.
  await createPage(payload, { platform, isPlatformPage: false, slug: 'vendor-only' })
})

describe('pricing cards', () => {
  const render = async (locale: 'en' | 'fr' | 'de', billing: 'monthly' | 'annual') => {
    const pricing = await platformPricing(payload, { platformCode: platform.code })
    if ('status' in pricing) throw new Error(pricing.message)
    return renderToStaticMarkup(
      createElement(PricingCards, {
        tiers: pricing.tiers as PricingTier[],
        locale,
        billing,
        billingHref: (period) => pagePath('/platforms/x', 'home', locale, { billing: period }),
        signupHref: (tier, period) => signupPath('/platforms/x', tier, period, locale),
      }),
    )
  }

  it('shows the monthly prices, limits in words, "unlimited" for empty limits and readable features', async () => {
    const html = await render('fr', 'monthly')
    expect(html).toContain('10\u00a0€')
    expect(html).toContain('/ mois')
    expect(html).toContain('100 produits')
    expect(html).toContain('1 membre d’équipe')
    expect(html).toContain('Produits illimités')
    expect(html).toContain('Factures TVA UE')
    expect(html).not.toMatch(/cms_basic|invoicing|null|undefined/)
    expect(html).toContain('href="/platforms/x/signup?tier=large&amp;billingPeriod=monthly&amp;locale=fr"')
  })

  it('shows the annual price, its monthly equivalent and the saving, and signs up for annual billing', async () => {
    const html = await render('de', 'annual')
    // Fixture tiers: 10 €/month or 100 €/year → 20 € (17 %) saved.
    expect(html).toContain('100\u00a0€')
    expect(html).toContain('/ Jahr')
    expect(html).toContain('Sie sparen 20\u00a0€ pro Jahr (17 %)')
    expect(html).toContain('entspricht 8,33\u00a0€ pro Monat')
    expect(html).toContain('billingPeriod=annual')
    expect(html).toMatch(/aria-current="true" data-billing="annual"/)
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists the published marketing pages of the platform in the three languages, with alternates (local prefix)', async () => {
    const response = await prefixSitemap.GET(
      new Request(`http://localhost:3000/platforms/${platform.code}/sitemap.xml`, {
        headers: { host: 'localhost:3000' },
      }),
      {
        params: Promise.resolve({ platform: platform.code }),
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xml')
    const xml = await response.text()
    const base = `http://localhost:3000/platforms/${platform.code}`
    for (const locale of ['en', 'fr', 'de']) {
      expect(xml).toContain(`<loc>${base}?locale=${locale}</loc>`)
      expect(xml).toContain(`<loc>${base}/about?locale=${locale}</loc>`)
    }
    expect(xml).toContain(`hreflang="x-default" href="${base}"`)
    expect(xml).not.toContain('secret-draft')
    expect(xml).not.toContain('vendor-only')
    expect(xml.match(/<url>/g)).toHaveLength(6)
  })

  it('serves them on the platform domain by its Host header, https outside localhost', async () => {
    const host = platform.domains![0].domain
    const sitemap = await domainSitemap.GET(new Request(`http://${host}/sitemap.xml`, { headers: { host } }))
    const xml = await sitemap.text()
    expect(xml).toContain(`<loc>https://${host}/about?locale=fr</loc>`)
    expect(xml).toContain(`<loc>https://${host}/?locale=de</loc>`)

    const robots = await domainRobots.GET(new Request(`http://${host}/robots.txt`, { headers: { host } }))
    expect(robots.headers.get('content-type')).toContain('text/plain')
    const text = await robots.text()
    expect(text).toContain('Disallow: /admin')
    expect(text).toContain(`Sitemap: https://${host}/sitemap.xml`)

    const local = await prefixRobots.GET(
      new Request('http://localhost:3000/x', { headers: { host: 'localhost:3000' } }),
      {
        params: Promise.resolve({ platform: platform.code }),
      },
    )
    expect(await local.text()).toContain(`Sitemap: http://localhost:3000/platforms/${platform.code}/sitemap.xml`)
  })

  it('answers 404 for a host or code no platform has', async () => {
    expect(
      (await domainSitemap.GET(new Request('http://nobody.test/sitemap.xml', { headers: { host: 'nobody.test' } })))
        .status,
    ).toBe(404)
    expect(
      (await domainRobots.GET(new Request('http://localhost:3000/robots.txt', { headers: { host: 'localhost:3000' } })))
        .status,
    ).toBe(404)
    const unknown = await prefixSitemap.GET(new Request('http://localhost:3000/x'), {
      params: Promise.resolve({ platform: 'nope' }),
    })
    expect(unknown.status).toBe(404)
  })
})

describe('page metadata', () => {
  const origin = 'https://sites.test'

  it('gives the home page a title from name and tagline, a description, a canonical URL and hreflang alternates', async () => {
    const meta = await marketingMetadata({
      scope: { platformCode: platform.code },
      slug: 'home',
      basePath: '',
      locale: 'fr',
      origin,
    })
    expect(meta.title).toBe(`${platform.name} : La plateforme des tests`)
    expect(meta.description).toBe('La plateforme des tests')
    expect(meta.alternates).toEqual({
      canonical: `${origin}/?locale=fr`,
      languages: {
        en: `${origin}/?locale=en`,
        fr: `${origin}/?locale=fr`,
        de: `${origin}/?locale=de`,
        'x-default': `${origin}/`,
      },
    })
  })

  it('titles other pages by the page and the platform, under the local prefix', async () => {
    const basePath = `/platforms/${platform.code}`
    const meta = await marketingMetadata({
      scope: { platformCode: platform.code },
      slug: 'about',
      basePath,
      locale: 'fr',
      origin,
    })
    expect(meta.title).toBe(`À propos | ${platform.name}`)
    expect(meta.alternates?.canonical).toBe(`${origin}${basePath}/about?locale=fr`)
    expect((meta.alternates?.languages as Record<string, string>).de).toBe(`${origin}${basePath}/about?locale=de`)
    const missing = await marketingMetadata({
      scope: { platformCode: platform.code },
      slug: 'nope',
      basePath,
      locale: 'en',
      origin,
    })
    expect(missing.robots).toEqual({ index: false })
  })
})
