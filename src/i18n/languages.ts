/** The languages of the admin panel (Payload's admin i18n) and of our own labels and messages. */
export const ADMIN_LANGUAGES = ['en', 'fr', 'de'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

export const DEFAULT_ADMIN_LANGUAGE: AdminLanguage = 'en'

/** One text in every admin language; Payload accepts this shape wherever a label or description is static. */
export type Translated = Record<AdminLanguage, string>

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (ADMIN_LANGUAGES as readonly string[]).includes(value)
