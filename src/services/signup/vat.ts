import * as jsvatModule from 'jsvat-next'

// jsvat-next is CommonJS for Node (named exports only under `default`) and an ES module for bundlers: take either.
const jsvat: typeof jsvatModule = 'checkVAT' in jsvatModule ? jsvatModule : (jsvatModule as unknown as { default: typeof jsvatModule }).default
const { checkVAT, countries } = jsvat

export type VatCheck = { ok: true; value: string } | { ok: false; problem: 'invalid' | 'wrongCountry' | 'unsupported' }

/** jsvat-next's prefix for a country (Greece files VAT numbers as EL), or undefined when it cannot check that country. */
const vatPrefix = (country: string): string | undefined =>
  country === 'GR' ? 'EL' : countries.some((entry) => entry.name !== 'Europe' && entry.codes.includes(country)) ? country : undefined

/**
 * A VAT number's format and checksum (offline, jsvat-next), and that it belongs to `country` (ISO 3166 alpha-2).
 * Spaces, dots and dashes are ignored; a number typed without its country prefix gets the country's.
 */
export function checkVatNumber(raw: string, country: string): VatCheck {
  const prefix = vatPrefix(country)
  if (!prefix) return { ok: false, problem: 'unsupported' }
  let value = raw.toUpperCase().replace(/[\s.\-]/g, '')
  if (/^\d/.test(value)) value = `${prefix}${value}`
  const result = checkVAT(value, countries)
  if (!result.isValid) return { ok: false, problem: 'invalid' }
  const vatCountry = result.country?.isoCode.short
  if (vatCountry !== country && !(country === 'GB' && vatCountry === 'GB')) return { ok: false, problem: 'wrongCountry' }
  return { ok: true, value: result.value ?? value }
}
