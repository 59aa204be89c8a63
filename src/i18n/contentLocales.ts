import type { Locale as PayloadLocale, LocalizationConfig } from 'payload'

import { DEFAULT_LOCALE, LOCALES } from '@/services/locales'

import type { Translated } from './languages'

/** Each content locale's name in every admin language: the admin's "Locale" pill shows names, never codes. */
const NAMES: Record<(typeof LOCALES)[number], Translated> = {
  en: { en: 'English', fr: 'Anglais', de: 'Englisch' },
  fr: { en: 'French', fr: 'Français', de: 'Französisch' },
  de: { en: 'German', fr: 'Allemand', de: 'Deutsch' },
}

/** Payload's `localization.locales`: our content locales with their names. */
export const CONTENT_LOCALES: PayloadLocale[] = LOCALES.map((code) => ({ code, label: NAMES[code] }))

/** Payload's `localization`: the content locales, English by default, each falling back to it. */
export const CONTENT_LOCALIZATION: LocalizationConfig = {
  locales: CONTENT_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}
