import type { PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/services/locales'
import { userVendorIds } from '@/utilities/roles'

/**
 * The language a new invoice is written in unless the customer speaks another: the shop's (its invoice settings'
 * `language`), else the language of the person creating it (their admin or Accept-Language), else English.
 */
export async function defaultCustomerLocale({
  req,
  user,
}: {
  req: PayloadRequest
  user?: PayloadRequest['user']
}): Promise<Locale> {
  const vendorId = userVendorIds(user ?? req.user)[0]
  if (vendorId !== undefined) {
    const { docs } = await req.payload.find({
      collection: 'vendor-invoice-settings',
      where: { vendor: { equals: vendorId } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      select: { language: true },
      req,
    })
    if (isLocale(docs[0]?.language)) return docs[0].language
  }
  const language = req.i18n?.language
  return isLocale(language) ? language : 'en'
}
