import type { PayloadRequest } from 'payload'

import type { ContentPage } from '@/payload-types'
import { relationId } from '@/utilities/relationId'
import { userVendorIds } from '@/utilities/roles'

import { Conflict, Forbidden, InvalidInput, NotFound, NotSignedIn } from '../errors'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '../locales'
import { activeVendorIdsOnPlatform } from '../memberships'

export type CustomiseInput = { pageId: number; vendorId?: number }
export type Customised = { page: ContentPage; created: boolean }

type AllLocales<T> = Partial<Record<Locale, T | null>> | null | undefined
type DefaultPageInAllLocales = Omit<ContentPage, 'title' | 'content' | 'meta'> & {
  title: AllLocales<string>
  content: AllLocales<ContentPage['content']>
  meta?: { title?: AllLocales<string>; description?: AllLocales<string> } | null
}

/**
 * A vendor's own copy of a platform's vendor default page: same platform and slug, the default's title, text and
 * SEO fields in every language it has, as a draft the vendor then edits and publishes. When the vendor already has
 * its page under that slug, that page is the answer (`created: false`). Refused for pages the user cannot read,
 * for pages that are not vendor defaults, and for a vendor that is not the user's or not active on the page's
 * platform. Writes go through the collection with the user's access, so its scope, read-only and limit rules hold.
 */
export async function customiseDefaultPage(req: PayloadRequest, input: CustomiseInput): Promise<Customised> {
  if (!req.user) throw new NotSignedIn('customiseSignIn')
  const original = (await req.payload.findByID({
    collection: 'content-pages',
    id: input.pageId,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as unknown as DefaultPageInAllLocales | null
  if (!original) throw new NotFound('customisePageNotFound', { id: input.pageId })
  if (original.vendor || original.isPlatformPage) throw new Conflict('customiseOnlyDefaults')

  const platformId = relationId(original.platform)!
  const vendorId = await customisingVendor(req, platformId, input.vendorId)
  const existing = await req.payload.find({
    collection: 'content-pages',
    where: {
      platform: { equals: platformId },
      vendor: { equals: vendorId },
      slug: { equals: original.slug },
    },
    depth: 0,
    limit: 1,
    req,
  })
  if (existing.docs[0]) return { page: existing.docs[0], created: false }

  const written = LOCALES.filter((locale) => original.title?.[locale] || original.content?.[locale])
  const [first, ...others] = written.includes(DEFAULT_LOCALE)
    ? [DEFAULT_LOCALE, ...written.filter((locale) => locale !== DEFAULT_LOCALE)]
    : written
  if (!first) throw new Conflict('customiseOnlyDefaults')
  const inLocale = (locale: Locale) => ({
    title: original.title?.[locale] ?? '',
    content: original.content?.[locale] ?? null,
    meta: { title: original.meta?.title?.[locale] ?? null, description: original.meta?.description?.[locale] ?? null },
    _status: 'draft' as const,
  })
  const access = { depth: 0, overrideAccess: false, req } as const
  let page = await req.payload.create({
    collection: 'content-pages',
    locale: first,
    data: {
      ...inLocale(first),
      platform: platformId,
      vendor: vendorId,
      isPlatformPage: false,
      slug: original.slug,
      template: original.template,
      showInHeader: original.showInHeader,
      showInFooter: original.showInFooter,
      sortOrder: original.sortOrder,
    },
    ...access,
  })
  for (const locale of others) {
    page = await req.payload.update({
      collection: 'content-pages',
      id: page.id,
      locale,
      data: inLocale(locale),
      ...access,
    })
  }
  return { page, created: true }
}

/** The vendor the copy is for: the one named (the user's, active on the platform), else the user's only one there. */
async function customisingVendor(req: PayloadRequest, platformId: number, named?: number): Promise<number> {
  const memberships = await activeVendorIdsOnPlatform(req.payload, userVendorIds(req.user), platformId, req)
  if (named !== undefined) {
    if (!memberships.includes(named)) throw new Forbidden('customiseNotYourShop')
    return named
  }
  if (memberships.length === 1) return memberships[0]
  if (memberships.length === 0) throw new Forbidden('customiseNotYourShop')
  throw new InvalidInput('customiseChooseShop')
}
