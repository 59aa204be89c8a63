import type { CountryCode } from '../../vat/types'

import type { InvoiceLocale } from './labels'

const intlLocale: Record<InvoiceLocale, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' }

/**
 * Intl puts a narrow no-break space (U+202F) in French numbers; the PDF's standard font (WinAnsi) has none,
 * so every formatted value uses the ordinary no-break space (U+00A0) instead.
 */
const withPlainSpaces = (text: string): string => text.replace(/\u202f/g, '\u00a0')

const moneyFormats = new Map<InvoiceLocale, Intl.NumberFormat>()
const decimalFormats = new Map<InvoiceLocale, Intl.NumberFormat>()
const dateFormats = new Map<InvoiceLocale, Intl.DateTimeFormat>()
const regionNames = new Map<InvoiceLocale, Intl.DisplayNames>()

function cached<T>(map: Map<InvoiceLocale, T>, locale: InvoiceLocale, make: () => T): T {
  let value = map.get(locale)
  if (!value) {
    value = make()
    map.set(locale, value)
  }
  return value
}

/** Cents as a decimal string with two places ("-12.05"), exactly: no floating point on the way. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount in cents must be an integer, got ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** An amount in cents as money in the invoice's language ("1 234,50 €", "€1,234.50"). */
export function formatMoney(cents: number, locale: InvoiceLocale, currency = 'EUR'): string {
  const format = cached(
    moneyFormats,
    locale,
    () => new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }),
  )
  // Intl accepts a decimal string and formats it without converting it to a float.
  return withPlainSpaces(format.format(centsToDecimal(cents) as unknown as number))
}

/** A VAT percentage ("25,5 %", "17 %"). */
export function formatRate(rate: number, locale: InvoiceLocale): string {
  const format = cached(
    decimalFormats,
    locale,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 3 }),
  )
  return `${withPlainSpaces(format.format(rate))}\u00a0%`
}

/** A YYYY-MM-DD date in words ("29 novembre 2026", "29. November 2026", "29 November 2026"). */
export function formatDate(isoDate: string, locale: InvoiceLocale): string {
  const format = cached(
    dateFormats,
    locale,
    () =>
      new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  )
  return withPlainSpaces(format.format(new Date(`${isoDate}T00:00:00Z`)))
}

/** A quantity (integers in practice; decimals printed as such). */
export function formatQuantity(quantity: number, locale: InvoiceLocale): string {
  const format = cached(
    decimalFormats,
    locale,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 3 }),
  )
  return withPlainSpaces(format.format(quantity))
}

/** A country's name in the invoice's language ("Allemagne", "Tschechien"). */
export function formatCountry(country: CountryCode, locale: InvoiceLocale): string {
  const names = cached(regionNames, locale, () => new Intl.DisplayNames([intlLocale[locale]], { type: 'region' }))
  return names.of(country.toUpperCase()) ?? country
}
