import type { PayloadRequest } from 'payload'

import { isAdminLanguage } from '@/i18n/languages'

import { DEFAULT_LOCALE, isLocale } from './locales'

/** The payload-preferences key under which the admin keeps a user's interface language (AdminLanguagePreference). */
export const LANGUAGE_PREFERENCE = 'admin-language'

/**
 * Payload's payload-preferences key for the admin's content locale (the "Locale" pill; Payload reads it when the
 * URL has no `?locale=`).
 */
export const CONTENT_LOCALE_PREFERENCE = 'locale'

const ownedBy = (userId: number, key: string) => ({
  key: { equals: key },
  'user.relationTo': { equals: 'users' },
  'user.value': { equals: userId },
})

/**
 * Starts a session's content locale as the user's interface language: the one they saved in the admin, else the
 * request's (Payload's language cookie, else Accept-Language). Run when a session starts (sign-in, signup), so the
 * first admin page is already rendered in it and a locale picked on the pill in an earlier session is forgotten.
 */
export async function startContentLocale(req: PayloadRequest, userId: number): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: ownedBy(userId, LANGUAGE_PREFERENCE),
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const saved = docs[0]?.value
  const language = isAdminLanguage(saved) ? saved : req.i18n?.language
  // As Payload's own preference update does: an upsert on the adapter, without the relationship's validation,
  // which would read the user with the request's (still anonymous, at signup) access.
  await req.payload.db.upsert({
    collection: 'payload-preferences',
    where: { and: [ownedBy(userId, CONTENT_LOCALE_PREFERENCE)] },
    data: {
      key: CONTENT_LOCALE_PREFERENCE,
      user: { relationTo: 'users', value: userId },
      value: isLocale(language) ? language : DEFAULT_LOCALE,
    },
    req,
  })
}
