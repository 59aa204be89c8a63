import type { CollectionBeforeValidateHook } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { normaliseBic, normaliseIban } from '@/services/invoices/settingsRules'
import { normalizeVatNumber } from '@/services/vat'

/** Stored forms: IBAN and BIC without spaces in upper case, the VAT number as the checker writes it, country upper case. */
export const normaliseInvoiceSettings: CollectionBeforeValidateHook<VendorInvoiceSetting> = ({ data }) => {
  if (!data) return data
  if (typeof data.iban === 'string') data.iban = normaliseIban(data.iban) || null
  if (typeof data.bic === 'string') data.bic = normaliseBic(data.bic) || null
  if (data.address && typeof data.address.country === 'string')
    data.address.country = data.address.country.trim().toUpperCase()
  if (typeof data.vatNumber === 'string') {
    data.vatNumber = normalizeVatNumber(data.vatNumber) || null
  }
  return data
}
