import type { Payload } from 'payload'

import type { ContentPage, Order, Platform, Product, SubscriptionTier, User, Vendor } from '@/payload-types'
import { oms } from '@/platforms/oms'
import type { Locale } from '@/services/locales'
import { richText } from '@/services/richText'
import type { FeatureCode } from '@/services/tiers/featureCodes'
import type { LimitKey } from '@/services/tiers/limitKeys'

import { login } from './payload'

let counter = 0
/** A short unique suffix, so tests sharing one database never collide. */
export const uid = () => `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}${(counter++).toString(36)}`

export const PASSWORD = 'test-password-1'

type TierInput = {
  code?: string
  limits?: Partial<Record<LimitKey, number | null>>
  features?: FeatureCode[]
  sortOrder?: number
}

async function createTiers(payload: Payload, platform: Platform, tiers: TierInput[], unique = false) {
  const created: SubscriptionTier[] = []
  for (const [index, tier] of tiers.entries()) {
    const code = tier.code ?? `tier-${index}`
    created.push(
      await payload.create({
        collection: 'subscription-tiers',
        data: {
          platform: platform.id,
          code: unique ? `${code}-${uid()}` : code,
          name: `Tier ${index}`,
          priceMonthly: 1000 * (index + 1),
          priceAnnual: 10000 * (index + 1),
          limits: tier.limits ?? {},
          features: tier.features ?? ['cms_basic'],
          sortOrder: tier.sortOrder ?? index,
        },
      }),
    )
  }
  return created
}

/** Without tiers given, the platform gets one tier with every CMS feature and no limits. */
export async function createPlatform(
  payload: Payload,
  tiers: TierInput[] = [{ features: ['cms_basic', 'cms_custom_pages'] }],
) {
  const code = `p${uid()}`
  const platform: Platform = await payload.create({
    collection: 'platforms',
    data: { code, name: `Platform ${code}`, domains: [{ domain: `${code}.test` }] },
  })
  return { platform, tiers: await createTiers(payload, platform, tiers) }
}

/**
 * The OMS platform (products and orders live only there), shared by the test files of a run; each caller
 * adds its own tiers under unique codes. Vendors on it must be given a tier: the entry tier is anyone's.
 */
export async function omsPlatform(payload: Payload, tiers: TierInput[]) {
  const find = () => payload.find({ collection: 'platforms', where: { code: { equals: oms.code } }, limit: 1 })
  let platform = (await find()).docs[0]
  if (!platform) {
    try {
      platform = await payload.create({
        collection: 'platforms',
        data: { code: oms.code, name: oms.name, config: oms.config },
      })
    } catch {
      platform = (await find()).docs[0] // another test file created it first
    }
  }
  return { platform, tiers: await createTiers(payload, platform, tiers, true) }
}

export async function createVendor(payload: Payload, platforms: { platform: Platform; tier?: SubscriptionTier }[]) {
  const slug = `v${uid()}`
  const vendor: Vendor = await payload.create({ collection: 'vendors', data: { name: `Vendor ${slug}`, slug } })
  for (const { platform, tier } of platforms) {
    await payload.create({
      collection: 'vendor-platforms',
      data: { vendor: vendor.id, platform: platform.id, tier: tier?.id },
    })
  }
  return vendor
}

export async function createUser(
  payload: Payload,
  roles: User['roles'],
  relations: { vendors?: number[]; platforms?: number[] } = {},
) {
  const email = `u${uid()}@example.test`
  const user: User = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles, ...relations },
  })
  return { user, token: await login(email, PASSWORD) }
}

type PageInput = {
  platform: Platform
  vendor?: Vendor | null
  isPlatformPage?: boolean
  slug: string
  title?: string
  fr?: string
  status?: 'draft' | 'published'
  showInHeader?: boolean
}

export async function createPage(payload: Payload, input: PageInput): Promise<ContentPage> {
  const title = input.title ?? `${input.slug} title`
  const page = await payload.create({
    collection: 'content-pages',
    locale: 'en',
    data: {
      platform: input.platform.id,
      vendor: input.vendor?.id ?? null,
      isPlatformPage: input.isPlatformPage ?? false,
      slug: input.slug,
      title,
      content: richText(`${title} body`),
      showInHeader: input.showInHeader ?? false,
      _status: input.status ?? 'published',
    },
  })
  if (input.fr) {
    await payload.update({
      collection: 'content-pages',
      id: page.id,
      locale: 'fr',
      data: { title: input.fr, _status: input.status ?? 'published' },
    })
  }
  return page
}

/**
 * A page written in the given languages only (title and body in each, as an editor writing in those locales
 * leaves it): the other languages have no row at all.
 */
export async function createPageIn(
  payload: Payload,
  input: Omit<PageInput, 'title' | 'fr'>,
  titles: Partial<Record<Locale, string>>,
): Promise<ContentPage> {
  const [[first, firstTitle], ...others] = Object.entries(titles) as [Locale, string][]
  const _status = input.status ?? 'published'
  const page = await payload.create({
    collection: 'content-pages',
    locale: first,
    data: {
      platform: input.platform.id,
      vendor: input.vendor?.id ?? null,
      isPlatformPage: input.isPlatformPage ?? false,
      slug: input.slug,
      title: firstTitle,
      content: richText(`${firstTitle} body`),
      showInHeader: input.showInHeader ?? false,
      _status,
    },
  })
  for (const [locale, title] of others) {
    await payload.update({
      collection: 'content-pages',
      id: page.id,
      locale,
      data: { title, content: richText(`${title} body`), _status },
    })
  }
  return page
}

/** A product of 1.00 EUR under a unique SKU (products live on the OMS platform: see omsPlatform). */
export const createProduct = (
  payload: Payload,
  { platform, vendor, title }: { platform: Platform; vendor: Vendor; title: string },
): Promise<Product> =>
  payload.create({
    collection: 'products',
    data: { vendor: vendor.id, platform: platform.id, title, sku: `sku-${uid()}`, price: 100 },
  })

/** A pending direct order of one 1.00 EUR line, placed now, by customer "Ann". */
export const createOrder = (
  payload: Payload,
  { platform, vendor }: { platform: Platform; vendor: Vendor },
): Promise<Order> =>
  payload.create({
    collection: 'orders',
    data: {
      vendor: vendor.id,
      platform: platform.id,
      customerName: 'Ann',
      source: 'direct',
      status: 'pending',
      placedAt: new Date().toISOString(),
      lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
    },
  })
