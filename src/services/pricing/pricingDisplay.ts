import type { Locale } from '../locales'

import type { PricingTier } from './platformPricing'

const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-IE', fr: 'fr-LU', de: 'de-LU' }

/** An amount in cents as the visitor reads it: `€29`, `29 €`, `24,17 €` (decimals only when there are cents). */
export function formatMoney(cents: number, locale: Locale, currency = 'EUR'): string {
  const whole = cents % 100 === 0
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100)
}

export const formatCount = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(value)

/** What paying yearly saves against twelve monthly payments, in cents and whole percent (never negative). */
export function annualSaving(tier: Pick<PricingTier, 'priceMonthly' | 'priceAnnual'>): {
  cents: number
  percent: number
} {
  const twelve = tier.priceMonthly * 12
  const cents = Math.max(0, twelve - tier.priceAnnual)
  return { cents, percent: twelve > 0 ? Math.round((cents * 100) / twelve) : 0 }
}

/** The annual price spread over twelve months, rounded to the cent. */
export const annualPerMonth = (tier: Pick<PricingTier, 'priceAnnual'>): number => Math.round(tier.priceAnnual / 12)
