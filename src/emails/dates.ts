import type { Locale } from '@/services/locales'

/** Dates in mails: the recipient's language, Luxembourg's calendar day. */
export const formatMailDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Luxembourg' }).format(new Date(iso))
