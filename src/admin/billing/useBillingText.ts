'use client'

import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import { type AdminLanguage, DEFAULT_ADMIN_LANGUAGE, isAdminLanguage } from '@/i18n/languages'
import { MESSAGES_NAMESPACE } from '@/i18n/namespace'
import type { Message } from '@/i18n/t'

export type BillingText = {
  language: AdminLanguage
  /** One of our messages (src/i18n/messages) in the admin language; `count` picks the plural form. */
  t: (message: Message, vars?: Record<string, string | number>) => string
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
  const { i18n } = useTranslation()
  const language = isAdminLanguage(i18n.language) ? i18n.language : DEFAULT_ADMIN_LANGUAGE
  const translate = i18n.t as unknown as (key: string, vars?: Record<string, unknown>) => string
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' })
    const moneyFormats = new Map<string, Intl.NumberFormat>()
    const moneyFormat = (currency: string) => {
      const code = currency.toUpperCase()
      if (!moneyFormats.has(code))
        moneyFormats.set(code, new Intl.NumberFormat(language, { style: 'currency', currency: code }))
      return moneyFormats.get(code)!
    }
    return {
      language,
      t: (message, vars) => translate(`${MESSAGES_NAMESPACE}:${message}`, vars),
      money: (cents, currency = 'EUR') => moneyFormat(currency).format(cents / 100),
      date: (value) => dates.format(toDate(value)),
      pair: (label, value) => `${label}${language === 'fr' ? '\u202f:' : ':'} ${value}`,
    }
  }, [language, translate])
}
