import * as jsvatModule from 'jsvat-next'
import type { Country } from 'jsvat-next'

import { isEuMemberState } from '../countries'

import type { CountryCode } from './types'
import { vatPrefix } from './vatPrefix'

// jsvat-next is CommonJS for Node (named exports only under `default`) and an ES module for bundlers: take either.
const jsvat: typeof jsvatModule =
  'checkVAT' in jsvatModule ? jsvatModule : (jsvatModule as unknown as { default: typeof jsvatModule }).default
const { checkVAT } = jsvat
const {
  austria,
  belgium,
  bulgaria,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  finland,
  france,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  netherlands,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
  switzerland,
  unitedKingdom,
} = jsvat

const EU_VAT_COUNTRIES: readonly Country[] = [
  austria,
  belgium,
  bulgaria,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  finland,
  france,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  netherlands,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
]
/** Customers outside the EU: the numbers jsvat can check offline and that carry their country's prefix. */
const CUSTOMER_VAT_COUNTRIES: readonly Country[] = [...EU_VAT_COUNTRIES, unitedKingdom, switzerland]

const KNOWN_PREFIXES = new Set(
  CUSTOMER_VAT_COUNTRIES.flatMap((country) => [...country.codes, country.name === 'Greece' ? 'EL' : '']).filter(
    (code) => /^[A-Z]{2,3}$/.test(code),
  ),
)

export type VatNumberCheck = {
  /** Format and checksum pass and the number belongs to the expected country. */
  valid: boolean
  /** Format and checksum pass (whatever the country). */
  formatValid: boolean
  /** The country the number belongs to (GR for an EL number), null when not recognised. */
  country: CountryCode | null
}

/** Upper case without spaces, dots, dashes or slashes. */
export function normalizeVatNumber(vatNumber: string): string {
  return vatNumber.toUpperCase().replace(/[\s.\-/]+/g, '')
}

/**
 * A number written without its country prefix ("20260743" for a Luxembourg address) is read as a number of
 * `country`: VAT numbers are often typed without it, and the prefix would be that country's anyway.
 */
function withPrefix(normalized: string, country: CountryCode): string {
  const prefixed = KNOWN_PREFIXES.has(normalized.slice(0, 2)) || KNOWN_PREFIXES.has(normalized.slice(0, 3))
  return prefixed ? normalized : `${vatPrefix(country)}${normalized}`
}

function check(vatNumber: string, country: CountryCode, countries: readonly Country[]): VatNumberCheck {
  const normalized = normalizeVatNumber(vatNumber)
  if (!normalized) return { valid: false, formatValid: false, country: null }
  const result = checkVAT(withPrefix(normalized, country), countries)
  const numberCountry = result.country?.isoCode.short ?? null
  const formatValid = result.isValid
  return { valid: formatValid && numberCountry === country, formatValid, country: numberCountry }
}

/** Whether VAT numbers of `country` can be checked offline (the EU, GB and CH). */
export function canCheckVatNumbersOf(country: CountryCode): boolean {
  return CUSTOMER_VAT_COUNTRIES.some((entry) => entry.codes.includes(country))
}

/** The number as it is filed: upper case, no separators, with its country prefix. */
export function canonicalVatNumber(vatNumber: string, country: CountryCode): string {
  return withPrefix(normalizeVatNumber(vatNumber), country)
}

/** A customer's number: format and checksum offline (jsvat-next), and its country must be the address country. */
export function checkCustomerVatNumber(vatNumber: string, country: CountryCode): VatNumberCheck {
  return check(vatNumber, country, CUSTOMER_VAT_COUNTRIES)
}

/** The seller's own number: an EU number of the seller's country (the invoice settings refuse anything else). */
export function checkSellerVatNumber(vatNumber: string, country: CountryCode): VatNumberCheck {
  if (!isEuMemberState(country)) {
    const { formatValid, country: numberCountry } = check(vatNumber, country, EU_VAT_COUNTRIES)
    return { valid: false, formatValid, country: numberCountry }
  }
  return check(vatNumber, country, EU_VAT_COUNTRIES)
}
