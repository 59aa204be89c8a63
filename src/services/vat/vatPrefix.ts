import type { CountryCode } from '../countries'

/** The prefix of a country's VAT numbers: the ISO code, except Greece (EL). */
export function vatPrefix(country: CountryCode): string {
  return country === 'GR' ? 'EL' : country
}
