import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { forgetContentLocale } from '@/services/content/contentLocalePreference'

/** A new session edits content in the interface language again, not in the locale picked last time. */
export const restartContentLocale: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  await forgetContentLocale(req, user.id)
}
