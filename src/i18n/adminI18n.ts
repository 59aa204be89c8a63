import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Config } from 'payload'

import { DEFAULT_ADMIN_LANGUAGE } from './languages'
import { MESSAGES, MESSAGES_NAMESPACE } from './messages'

/**
 * The admin's languages. Payload picks a request's language from its `payload-lng` cookie, else the first
 * supported language of Accept-Language, else English. Our messages join Payload's as `app:<key>`.
 */
export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: { en, fr, de },
  fallbackLanguage: DEFAULT_ADMIN_LANGUAGE,
  translations: {
    en: { [MESSAGES_NAMESPACE]: MESSAGES.en },
    fr: { [MESSAGES_NAMESPACE]: MESSAGES.fr },
    de: { [MESSAGES_NAMESPACE]: MESSAGES.de },
  },
}
