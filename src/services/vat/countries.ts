import type { CountryCode } from './types'

/** The 27 member states (ISO 3166-1 alpha-2; Greece is GR). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const satisfies readonly CountryCode[]

export type EuMemberState = (typeof EU_MEMBER_STATES)[number]

const MEMBER_STATES: ReadonlySet<string> = new Set(EU_MEMBER_STATES)

export function isEuMemberState(country: CountryCode): country is EuMemberState {
  return MEMBER_STATES.has(country)
}

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value)
}

/** The prefix of a country's VAT numbers: the ISO code, except Greece (EL). */
export function vatPrefix(country: CountryCode): string {
  return country === 'GR' ? 'EL' : country
}

/** The country of a VAT number prefix: EL is Greece. */
export function countryOfVatPrefix(prefix: string): CountryCode {
  return prefix === 'EL' ? 'GR' : prefix
}
