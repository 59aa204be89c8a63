/**
 * Countries as the application knows them, for the invoice settings, the invoicing endpoints, the VAT engine and
 * signup: ISO 3166-1 alpha-2 codes, upper case, that name a country, and which of them are EU member states.
 */
export type CountryCode = string

/** Codes ICU names that are not countries: the EU, the eurozone, the UN, "unknown", outlying Oceania, pseudo-locales. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'AA'])

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

/** Every country code, in alphabetical order: the two-letter regions ICU has a name for. */
export const COUNTRY_CODES: readonly CountryCode[] = LETTERS.flatMap((first) =>
  LETTERS.map((second) => first + second),
).filter((code) => {
  if (NOT_COUNTRIES.has(code)) return false
  const name = regionNames.of(code)
  return Boolean(name) && name !== 'Unknown Region'
})

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES)

/** An ISO 3166-1 alpha-2 country code that exists (upper case). */
export const isKnownCountry = (value: unknown): value is CountryCode =>
  typeof value === 'string' && COUNTRIES.has(value)

/** The 27 member states (ISO 3166-1 alpha-2; Greece is GR). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const satisfies readonly CountryCode[]

export type EuMemberState = (typeof EU_MEMBER_STATES)[number]

const MEMBER_STATES: ReadonlySet<string> = new Set(EU_MEMBER_STATES)

export function isEuMemberState(country: CountryCode): country is EuMemberState {
  return MEMBER_STATES.has(country)
}

const NAMES = new Map<string, Intl.DisplayNames>()

/** A country's name in `language` ("Luxembourg", "Allemagne", "Deutschland"); the code itself when ICU has none. */
export function countryName(code: CountryCode, language: string): string {
  let names = NAMES.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
    NAMES.set(language, names)
  }
  return names.of(code) ?? code
}

/** Every country as a choice in `language`, sorted by its name there: `{ value: 'DE', label: 'Allemagne' }`. */
export function countryChoices(language: string): { value: CountryCode; label: string }[] {
  const collator = new Intl.Collator(language)
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  )
}
