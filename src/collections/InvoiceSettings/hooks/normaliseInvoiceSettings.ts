import type { CollectionBeforeValidateHook } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { checkVatNumber } from '@/services/signup/vat'
import { normaliseBic, normaliseIban } from '@/services/invoices/settingsRules'

/** Stored forms: IBAN and BIC without spaces in upper case, the VAT number as the checker writes it, country upper case. */
export const normaliseInvoiceSettings: CollectionBeforeValidateHook<VendorInvoiceSetting> = ({ data, originalDoc }) => {
  if (!data) return data
  if (typeof data.iban === 'string') data.iban = normaliseIban(data.iban) || null
  if (typeof data.bic === 'string') data.bic = normaliseBic(data.bic) || null
  if (data.address && typeof data.address.country === 'string') data.address.country = data.address.country.trim().toUpperCase()
  if (typeof data.vatNumber === 'string') {
    const country = data.address?.country ?? originalDoc?.address?.country
    const trimmed = data.vatNumber.trim()
    const check = country && trimmed ? checkVatNumber(trimmed, country) : null
    data.vatNumber = check?.ok ? check.value : trimmed || null
  }
  return data
}
