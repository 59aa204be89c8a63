/**
 * The languages of content and documents: the site's pages (Payload's localization), invoices, emails, signup. The
 * admin panel's languages are another list (src/i18n/languages.ts), equal today but free to differ.
 */
export const LOCALES = ['en', 'fr', 'de'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)
