import { canCheckVatNumbersOf, canonicalVatNumber, checkCustomerVatNumber } from '@/services/vat/vatNumber'

export type VatCheck = { ok: true; value: string } | { ok: false; problem: 'invalid' | 'wrongCountry' | 'unsupported' }

/** The signup's VAT number: format and checksum (offline), of `country`; the value as it is filed. */
export function checkVatNumber(raw: string, country: string): VatCheck {
  if (!canCheckVatNumbersOf(country)) return { ok: false, problem: 'unsupported' }
  const check = checkCustomerVatNumber(raw, country)
  if (!check.formatValid) return { ok: false, problem: 'invalid' }
  if (!check.valid) return { ok: false, problem: 'wrongCountry' }
  return { ok: true, value: canonicalVatNumber(raw, country) }
}
