import type { PayloadRequest } from 'payload'

/**
 * Payload's payload-preferences key for the admin's content locale (the "Locale" pill; Payload reads it when the
 * URL has no `?locale=`). The admin starts it as the user's interface language when it is missing
 * (AdminLanguagePreference); each sign-in removes it, so every session starts in the interface language.
 */
export const CONTENT_LOCALE_PREFERENCE = 'locale'

/** Forgets the content locale a user chose in an earlier session. */
export async function forgetContentLocale(req: PayloadRequest, userId: number): Promise<void> {
  await req.payload.delete({
    collection: 'payload-preferences',
    where: {
      key: { equals: CONTENT_LOCALE_PREFERENCE },
      'user.relationTo': { equals: 'users' },
      'user.value': { equals: userId },
    },
    overrideAccess: true,
    req,
  })
}
