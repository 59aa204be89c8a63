import { formatMoney as formatAmount } from '@/i18n/format'

import type { Locale } from '../locales'

import type { PricingTier } from './platformPricing'

/** A price on a price list: `€29`, `29 €`, `24,17 €` (decimals only when there are cents); see src/i18n/format.ts. */
export const formatMoney = (cents: number, locale: Locale, currency = 'EUR'): string =>
  formatAmount(cents, locale, currency, { cents: 'whole' })

export { formatNumber as formatCount } from '@/i18n/format'

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
