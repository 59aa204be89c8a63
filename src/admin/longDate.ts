import type { AdminLanguage } from '@/i18n/languages'

/** A date as the admin language writes it, on Luxembourg's calendar ("6 janvier 2027", "6. Januar 2027"). */
export const longDate = (iso: string, language: AdminLanguage) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Luxembourg' }).format(new Date(iso))
