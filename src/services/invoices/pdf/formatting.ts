import { centsToDecimal, formatCalendarDay, formatMoney as formatAmount } from '@/i18n/format'

import type { CountryCode } from '../../vat/types'

import type { InvoiceLocale } from './labels'

const intlLocale: Record<InvoiceLocale, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' }

/**
 * Intl puts a narrow no-break space (U+202F) in French numbers; the PDF's standard font (WinAnsi) has none,
 * so every formatted value uses the ordinary no-break space (U+00A0) instead.
 */
const withPlainSpaces = (text: string): string => text.replace(/\u202f/g, '\u00a0')

const decimalFormats = new Map<InvoiceLocale, Intl.NumberFormat>()
const regionNames = new Map<InvoiceLocale, Intl.DisplayNames>()

function cached<T>(map: Map<InvoiceLocale, T>, locale: InvoiceLocale, make: () => T): T {
  let value = map.get(locale)
  if (!value) {
    value = make()
    map.set(locale, value)
  }
  return value
}

export { centsToDecimal }

/** An amount in cents as money in the invoice's language ("1 234,50 €", "€1,234.50"). */
export const formatMoney = (cents: number, locale: InvoiceLocale, currency = 'EUR'): string =>
  withPlainSpaces(formatAmount(cents, locale, currency))

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
export const formatDate = (isoDate: string, locale: InvoiceLocale): string =>
  withPlainSpaces(formatCalendarDay(isoDate, locale))

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
