import type { PayloadRequest } from 'payload'

import { Conflict } from '@/services/errors'
import { isLocale, type Locale } from '@/services/locales'
import { userVendorIds } from '@/utilities/roles'

import { invoiceSettingsOf } from './priceInvoice'

/**
 * The language a new invoice is written in unless the customer speaks another, for the admin's form and
 * `POST /api/vendor/invoices` alike: the shop's (its invoice settings' `language`), else the language of the person
 * creating it (their admin or Accept-Language), else English. `vendorId` names the shop; without it (the admin's
 * default value, which knows no row yet) it is the user's first shop.
 */
export async function defaultCustomerLocale({
  req,
  user,
  vendorId,
}: {
  req: PayloadRequest
  user?: PayloadRequest['user']
  vendorId?: number
}): Promise<Locale> {
  const shop = vendorId ?? userVendorIds(user ?? req.user)[0]
  if (shop !== undefined) {
    try {
      const { language } = await invoiceSettingsOf(req, shop)
      if (isLocale(language)) return language
    } catch (error) {
      if (!(error instanceof Conflict)) throw error // no settings yet: the creator's language
    }
  }
  const language = req.i18n?.language
  return isLocale(language) ? language : 'en'
}
