'use client'

import { useMemo } from 'react'

import { formatDate, formatLimit, formatMoney, formatNumber, toDate } from '@/i18n/format'

import { type AdminText, useAdminText } from '../useAdminText'

export type BillingText = AdminText & {
  /** Integer cents as money in the admin language: 7900 → "79,00 €" in French. */
  money: (cents: number, currency?: string) => string
  /** A date (ISO string, or Stripe's Unix seconds) in the admin language. */
  date: (value: string | number) => string
  /** A count in the admin language: "1 000" (fr), "1.000" (de). */
  number: (value: number) => string
  /** A plan's limit: the count, or "Illimité" / "Unbegrenzt" / "Unlimited". */
  limit: (value: number | null) => string
  /** "Products: 100"; French puts a (narrow no-break) space before the colon. */
  pair: (label: string, value: string) => string
}

export { toDate }

/**
 * Our messages through Payload's admin i18n (they join its translations as `app:<key>`, see src/i18n/adminI18n.ts),
 * so the page follows the language the admin is shown in, plus money, numbers and dates formatted for that language
 * (src/i18n/format.ts).
 */
export function useBillingText(): BillingText {
  const { language, t } = useAdminText()
  return useMemo(() => {
    return {
      language,
      t,
      money: (cents, currency = 'EUR') => formatMoney(cents, language, currency),
      date: (value) => formatDate(value, language),
      number: (value) => formatNumber(value, language),
      limit: (value) => formatLimit(value, language),
      pair: (label, value) => `${label}${language === 'fr' ? '\u202f:' : ':'} ${value}`,
    }
  }, [language, t])
}
