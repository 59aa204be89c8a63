import type { CollectionBeforeValidateHook } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { electronicAddressOfVatNumber } from '@/services/invoices/einvoice/electronicAddress'
import { normaliseBic, normaliseIban } from '@/services/invoices/settingsRules'
import { normalizeVatNumber } from '@/services/vat'

type Address = { scheme?: string | null; identifier?: string | null } | null | undefined

const sameAddress = (a: Address, b: Address) =>
  (a?.scheme || null) === (b?.scheme || null) && (a?.identifier || null) === (b?.identifier || null)

/**
 * Stored forms: IBAN and BIC without spaces in upper case, the VAT number as the checker writes it, country upper
 * case. The electronic address defaults to the one the VAT number gives (9938 + LU… for Luxembourg), and follows a
 * changed VAT number while it is still that default.
 */
export const normaliseInvoiceSettings: CollectionBeforeValidateHook<VendorInvoiceSetting> = ({ data, originalDoc }) => {
  if (!data) return data
  if (typeof data.iban === 'string') data.iban = normaliseIban(data.iban) || null
  if (typeof data.bic === 'string') data.bic = normaliseBic(data.bic) || null
  if (data.address && typeof data.address.country === 'string')
    data.address.country = data.address.country.trim().toUpperCase()
  if (typeof data.vatNumber === 'string') {
    data.vatNumber = normalizeVatNumber(data.vatNumber) || null
  }
  const address = data.electronicAddress
  if (address) {
    address.scheme = address.scheme?.trim() || null
    address.identifier = address.identifier?.replace(/\s+/g, '') || null
  }
  const vatNumber = data.vatNumber === undefined ? originalDoc?.vatNumber : data.vatNumber
  const current = address ?? originalDoc?.electronicAddress
  const unset = !current?.scheme && !current?.identifier
  const wasDefault = sameAddress(current, electronicAddressOfVatNumber(originalDoc?.vatNumber))
  if (unset || (data.vatNumber !== undefined && wasDefault)) {
    const derived = electronicAddressOfVatNumber(vatNumber)
    data.electronicAddress = { scheme: derived?.scheme ?? null, identifier: derived?.identifier ?? null }
  }
  return data
}
