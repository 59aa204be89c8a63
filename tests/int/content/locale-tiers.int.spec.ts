import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Vendor } from '@/payload-types'
import type { ContentSource } from '@/services/content/contentScope'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/services/locales'
import { plainText } from '@/services/richText'

import { createPageIn, createPlatform, createVendor, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

/*
 * Resolution per locale: a tier serves a locale only when its page has content in that locale or in the fallback
 * locale (English); otherwise the next tier serves it. Each test builds pages under a slug of its own and compares
 * the answers of the API with a model of that rule.
 */
type Tier = 'override' | 'default' | 'platform'
type TierPage = { locales: Locale[]; status: 'published' | 'draft' } | null
type World = Record<Tier, TierPage>

const TIERS: Tier[] = ['override', 'default', 'platform']
const SOURCE: Record<Tier, ContentSource> = {
  override: 'vendor_override',
  default: 'vendor_default',
  platform: 'platform',
}
const titleOf = (tier: Tier, locale: Locale) => `${tier} in ${locale}`

let payload: Payload
let platform: Platform
let vendor: Vendor

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
})

/** The model: the first published tier (of those the request reaches) with content in `locale` or in English. */
function expected(world: World, tiers: Tier[], locale: Locale): { source: ContentSource; title: string } | null {
  for (const tier of tiers) {
    const page = world[tier]
    if (!page || page.status !== 'published') continue
    const written = page.locales.includes(locale)
      ? locale
      : page.locales.includes(DEFAULT_LOCALE)
        ? DEFAULT_LOCALE
        : null
    if (written) return { source: SOURCE[tier], title: titleOf(tier, written) }
  }
  return null
}

async function build(world: World, slug: string): Promise<void> {
  for (const tier of TIERS) {
    const page = world[tier]
    if (!page) continue
    const titles = Object.fromEntries(page.locales.map((locale) => [locale, titleOf(tier, locale)]))
    await createPageIn(
      payload,
      {
        platform,
        vendor: tier === 'override' ? vendor : null,
        isPlatformPage: tier === 'platform',
        slug,
        status: page.status,
        showInHeader: true,
      },
      titles,
    )
  }
}

type Answer = { request: string; got: { source: ContentSource; title: string } | null; body: string | null }

/** What the API serves for `slug` in `locale`, from a storefront (with the vendor) or the marketing site. */
async function served(slug: string, locale: Locale, storefront: boolean): Promise<Answer> {
  const vendorQuery = storefront ? `&vendor=${vendor.slug}` : ''
  const request = `platform=${platform.code}${vendorQuery}&slug=${slug}&locale=${locale}`
  const { status, body } = await rest('GET', `/api/content-pages/resolve?${request}`)
  if (status === 404) return { request, got: null, body: null }
  expect(status, request).toBe(200)
  return { request, got: { source: body.source, title: body.page.title }, body: plainText(body.page.content) }
}

async function headerItem(slug: string, locale: Locale, storefront: boolean) {
  const vendorQuery = storefront ? `&vendor=${vendor.slug}` : ''
  const { body } = await rest(
    'GET',
    `/api/content-pages/navigation?platform=${platform.code}${vendorQuery}&locale=${locale}`,
  )
  const item = body.header.find((link: { slug: string }) => link.slug === slug)
  return item ? { source: item.source as ContentSource, title: item.title as string } : null
}

/** Checks every locale of `slug` from the storefront and the marketing site against the model; no page is empty. */
async function checkAll(world: World, slug: string): Promise<void> {
  for (const locale of LOCALES) {
    for (const storefront of [true, false]) {
      const tiers: Tier[] = storefront ? TIERS : ['platform']
      const answer = await served(slug, locale, storefront)
      const want = expected(world, tiers, locale)
      expect(answer.got, `${answer.request} in ${JSON.stringify(world)}`).toEqual(want)
      if (want) expect(answer.body, answer.request).toBe(`${want.title} body`)
      // Navigation: a storefront lists overrides and vendor defaults, the marketing site its platform pages.
      const navTiers: Tier[] = storefront ? ['override', 'default'] : ['platform']
      expect(await headerItem(slug, locale, storefront), `navigation of ${answer.request}`).toEqual(
        expected(world, navTiers, locale),
      )
    }
  }
}

describe('every tier × locale', () => {
  // For each tier and each language: that tier's page is written in that language only, the tiers below it in
  // every language, the tiers above it absent.
  const cases = TIERS.flatMap((tier) => LOCALES.map((only) => ({ tier, only })))

  it.each(cases)(
    'a $tier page written only in $only serves that locale and leaves the others whole',
    async ({ tier, only }) => {
      const rank = TIERS.indexOf(tier)
      const world = Object.fromEntries(
        TIERS.map((other, index) => [
          other,
          index < rank
            ? null
            : index === rank
              ? { locales: [only], status: 'published' }
              : { locales: [...LOCALES], status: 'published' },
        ]),
      ) as World
      const slug = `t${uid()}`
      await build(world, slug)
      await checkAll(world, slug)

      // Spelled out, so that the model cannot agree with a wrong answer on its own.
      const storefrontTiers: Tier[] = tier === 'platform' ? ['platform'] : TIERS
      for (const locale of LOCALES) {
        const answer = await served(slug, locale, tier !== 'platform')
        const servedByTier = locale === only || only === DEFAULT_LOCALE
        if (servedByTier) expect(answer.got?.source).toBe(SOURCE[tier])
        else if (tier === 'platform') expect(answer.got).toBeNull()
        else expect(answer.got?.source).toBe(SOURCE[storefrontTiers[rank + 1]])
      }
    },
  )

  it('a French-only override leaves the German and English pages and header links to the default', async () => {
    const slug = `about-${uid()}`
    await build(
      {
        override: { locales: ['fr'], status: 'published' },
        default: { locales: [...LOCALES], status: 'published' },
        platform: null,
      },
      slug,
    )
    expect((await served(slug, 'fr', true)).got).toEqual({ source: 'vendor_override', title: 'override in fr' })
    expect((await served(slug, 'de', true)).got).toEqual({ source: 'vendor_default', title: 'default in de' })
    expect((await served(slug, 'en', true)).got).toEqual({ source: 'vendor_default', title: 'default in en' })
    expect(await headerItem(slug, 'de', true)).toEqual({ source: 'vendor_default', title: 'default in de' })
    expect(await headerItem(slug, 'fr', true)).toEqual({ source: 'vendor_override', title: 'override in fr' })
  })

  it('an override in English serves German through its own fallback, field by field', async () => {
    const slug = `t${uid()}`
    const world: World = {
      override: { locales: ['en', 'fr'], status: 'published' },
      default: { locales: [...LOCALES], status: 'published' },
      platform: null,
    }
    await build(world, slug)
    expect((await served(slug, 'de', true)).got).toEqual({ source: 'vendor_override', title: 'override in en' })
  })
})

describe('any world of tiers and languages', () => {
  const tierPage: fc.Arbitrary<TierPage> = fc.option(
    fc.record({
      locales: fc.subarray([...LOCALES], { minLength: 1 }),
      status: fc.constantFrom('published', 'published', 'draft') as fc.Arbitrary<'published' | 'draft'>,
    }),
    { nil: null },
  )

  it('serves what the model says, in every locale, from the storefront and the site, navigation included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ override: tierPage, default: tierPage, platform: tierPage }), async (world) => {
        const slug = `w${uid()}`
        await build(world, slug)
        await checkAll(world, slug)
      }),
      { numRuns: 20 },
    )
  }, 600_000)
})
