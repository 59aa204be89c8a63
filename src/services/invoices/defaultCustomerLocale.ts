import type { PayloadRequest } from 'payload'

import { Conflict } from '@/services/errors'
import { isLocale, type Locale } from '@/services/locales'
import { userVendorIds } from '@/utilities/roles'

import { invoiceSettingsOf } from './priceInvoice'

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
    try {
      const { language } = await invoiceSettingsOf(req, vendorId)
      if (isLocale(language)) return language
    } catch (error) {
      if (!(error instanceof Conflict)) throw error // no settings yet: the creator's language
    }
  }
  const language = req.i18n?.language
  return isLocale(language) ? language : 'en'
}
