import type { Payload, Where } from 'payload'

import type { Config } from '@/payload-types'
import { PLATFORMS } from '@/platforms'
import type { Localized, PageCopy, PlatformDefinition } from '@/platforms/types'
import { LOCALES } from '@/services/locales'
import { richText } from '@/services/richText'

import { DEMO_PASSWORD, DEMO_VENDORS, type DemoVendor, PLATFORM_ADMINS, superAdminCredentials } from './demoAccounts'
import { seedDemoInvoices } from './demoInvoices'

type Slug = keyof Config['collections']
type Log = (message: string) => void

/** Finds the row matching `where`, or creates it: re-running the seed changes nothing that exists. */
async function ensure<S extends Slug>(
  payload: Payload,
  collection: S,
  where: Where,
  create: () => Promise<Config['collections'][S]>,
): Promise<{ doc: Config['collections'][S]; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return { doc: found.docs[0] as Config['collections'][S], created: false }
  return { doc: await create(), created: true }
}

async function ensurePage(
  payload: Payload,
  platformId: number,
  vendorId: number | null,
  isPlatformPage: boolean,
  copy: PageCopy,
) {
  const where: Where = {
    and: [
      { platform: { equals: platformId } },
      { slug: { equals: copy.slug } },
      { isPlatformPage: { equals: isPlatformPage } },
      vendorId === null ? { vendor: { exists: false } } : { vendor: { equals: vendorId } },
    ],
  }
  return ensure(payload, 'content-pages', where, async () => {
    const page = await payload.create({
      collection: 'content-pages',
      locale: 'en',
      overrideAccess: true,
      data: {
        platform: platformId,
        vendor: vendorId,
        isPlatformPage,
        slug: copy.slug,
        title: copy.title.en,
        content: richText(...copy.body.en),
        meta: { title: copy.title.en, description: copy.metaDescription?.en ?? copy.body.en[0] },
        template: copy.template ?? 'default',
        showInHeader: copy.showInHeader ?? false,
        showInFooter: copy.showInFooter ?? false,
        sortOrder: copy.sortOrder ?? 0,
        _status: 'published',
      },
    })
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await payload.update({
        collection: 'content-pages',
        id: page.id,
        locale,
        overrideAccess: true,
        data: {
          title: copy.title[locale],
          content: richText(...copy.body[locale]),
          meta: { title: copy.title[locale], description: copy.metaDescription?.[locale] ?? copy.body[locale][0] },
          _status: 'published',
        },
      })
    }
    return page
  })
}

const englishTexts = (texts: { name: Localized<string>; description: Localized<string> }) => ({
  name: texts.name.en,
  description: texts.description.en,
})

/**
 * A tier's or add-on's name and description in each locale that has none yet (created in English; a database
 * migrated from before names were localized holds English only): an edited text is never overwritten.
 */
async function fillLocalizedTexts(
  payload: Payload,
  collection: 'subscription-tiers' | 'add-ons',
  id: number,
  texts: { name: Localized<string>; description: Localized<string> },
) {
  for (const locale of LOCALES) {
    const doc = await payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })
    const data = {
      ...(doc.name ? {} : { name: texts.name[locale] }),
      ...(doc.description ? {} : { description: texts.description[locale] }),
    }
    if (Object.keys(data).length > 0) await payload.update({ collection, id, locale, overrideAccess: true, data })
  }
}

async function seedPlatform(payload: Payload, definition: PlatformDefinition, log: Log) {
  const { doc: platform, created } = await ensure(payload, 'platforms', { code: { equals: definition.code } }, () =>
    payload.create({
      collection: 'platforms',
      locale: 'en',
      overrideAccess: true,
      data: {
        code: definition.code,
        name: definition.name,
        domains: definition.domains.map((domain) => ({ domain })),
        branding: { primaryColor: definition.branding.primaryColor, tagline: definition.branding.tagline.en },
        config: definition.config,
        isActive: true,
      },
    }),
  )
  if (created) {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await payload.update({
        collection: 'platforms',
        id: platform.id,
        locale,
        overrideAccess: true,
        data: { branding: { tagline: definition.branding.tagline[locale] } },
      })
    }
  }
  for (const tier of definition.tiers) {
    const { doc } = await ensure(
      payload,
      'subscription-tiers',
      { and: [{ platform: { equals: platform.id } }, { code: { equals: tier.code } }] },
      () =>
        payload.create({
          collection: 'subscription-tiers',
          locale: 'en',
          overrideAccess: true,
          data: { ...tier, ...englishTexts(tier), platform: platform.id, isPublic: true },
        }),
    )
    await fillLocalizedTexts(payload, 'subscription-tiers', doc.id, tier)
  }
  for (const addOn of definition.addOns) {
    const { doc } = await ensure(
      payload,
      'add-ons',
      { and: [{ platform: { equals: platform.id } }, { code: { equals: addOn.code } }] },
      () =>
        payload.create({
          collection: 'add-ons',
          locale: 'en',
          overrideAccess: true,
          data: { ...addOn, ...englishTexts(addOn), platform: platform.id },
        }),
    )
    await fillLocalizedTexts(payload, 'add-ons', doc.id, addOn)
  }
  for (const copy of definition.marketingPages) await ensurePage(payload, platform.id, null, true, copy)
  for (const copy of definition.vendorDefaultPages) await ensurePage(payload, platform.id, null, false, copy)
  log(
    `  platform ${definition.code}: ${definition.tiers.length} tiers, ${definition.addOns.length} add-ons, ${definition.marketingPages.length} marketing pages, ${definition.vendorDefaultPages.length} vendor default pages`,
  )
  return platform
}

async function seedVendor(payload: Payload, vendor: DemoVendor, platformIds: Record<string, number>, log: Log) {
  const { doc } = await ensure(payload, 'vendors', { slug: { equals: vendor.slug } }, () =>
    payload.create({
      collection: 'vendors',
      overrideAccess: true,
      data: {
        name: vendor.name,
        slug: vendor.slug,
        country: vendor.country,
        vatNumber: vendor.vatNumber,
        letzshopSlug: vendor.letzshopSlug,
      },
    }),
  )
  for (const [code, tierCode] of Object.entries(vendor.platforms)) {
    const tier = await payload.find({
      collection: 'subscription-tiers',
      where: { and: [{ platform: { equals: platformIds[code] } }, { code: { equals: tierCode } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    await ensure(
      payload,
      'vendor-platforms',
      { and: [{ vendor: { equals: doc.id } }, { platform: { equals: platformIds[code] } }] },
      () =>
        payload.create({
          collection: 'vendor-platforms',
          overrideAccess: true,
          data: { vendor: doc.id, platform: platformIds[code], tier: tier.docs[0]?.id, isActive: true },
        }),
    )
  }
  for (const override of vendor.overrides) {
    await ensurePage(payload, platformIds[override.platform], doc.id, false, {
      slug: override.slug,
      title: { en: override.title, fr: override.title, de: override.title },
      body: { en: override.body, fr: override.body, de: override.body },
      showInHeader: true,
    })
  }
  await ensureUser(payload, vendor.owner, DEMO_PASSWORD, { roles: ['vendor-owner'], vendors: [doc.id] })
  log(`  vendor ${vendor.slug} on ${Object.keys(vendor.platforms).join(' + ')}, owner ${vendor.owner}`)
}

async function ensureUser(
  payload: Payload,
  email: string,
  password: string,
  data: {
    roles: ('super-admin' | 'platform-admin' | 'vendor-owner' | 'vendor-member')[]
    vendors?: number[]
    platforms?: number[]
  },
) {
  return ensure(payload, 'users', { email: { equals: email } }, () =>
    payload.create({ collection: 'users', overrideAccess: true, data: { email, password, ...data } }),
  )
}

/** Loads the demo platforms, tiers, pages, vendors and logins. Idempotent. */
export async function seedDemoData(payload: Payload, log: Log = console.log): Promise<void> {
  log('Seeding demo data ...')
  const platformIds: Record<string, number> = {}
  for (const definition of PLATFORMS) platformIds[definition.code] = (await seedPlatform(payload, definition, log)).id
  for (const vendor of DEMO_VENDORS) await seedVendor(payload, vendor, platformIds, log)
  const admin = superAdminCredentials()
  await ensureUser(payload, admin.email, admin.password, { roles: ['super-admin'] })
  for (const { email, platform } of PLATFORM_ADMINS) {
    await ensureUser(payload, email, DEMO_PASSWORD, { roles: ['platform-admin'], platforms: [platformIds[platform]] })
  }
  await seedDemoInvoices(payload, platformIds.oms, log)
  log('Demo data ready.')
}

/** True when the database has no platform yet: the first start of a fresh install. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'platforms', overrideAccess: true })
  return totalDocs === 0
}
