'use client'

import { useMemo } from 'react'

import { formatCents } from '@/services/money'

import { type AdminText, useAdminText } from '../useAdminText'

export type BillingText = AdminText & {
  /** Integer cents as money in the admin language: 7900 → "79,00 €" in French. */
  money: (cents: number, currency?: string) => string
  /** A date (ISO string, or Stripe's Unix seconds) in the admin language. */
  date: (value: string | number) => string
  /** "Products: 100"; French puts a (narrow no-break) space before the colon. */
  pair: (label: string, value: string) => string
}

/** Unix seconds (Stripe) or an ISO string as a Date. */
export const toDate = (value: string | number): Date =>
  new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value)

/**
 * Our messages through Payload's admin i18n (they join its translations as `app:<key>`, see src/i18n/adminI18n.ts),
 * so the page follows the language the admin is shown in, plus money and dates formatted for that language.
 */
export function useBillingText(): BillingText {
  const { language, t } = useAdminText()
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' })
    return {
      language,
      t,
      money: (cents, currency = 'EUR') => formatCents(cents, language, currency.toUpperCase()),
      date: (value) => dates.format(toDate(value)),
      pair: (label, value) => `${label}${language === 'fr' ? '\u202f:' : ':'} ${value}`,
    }
  }, [language, t])
}
