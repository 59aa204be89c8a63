import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { startContentLocale } from '@/services/adminPreferences'

/** A new session edits content in the interface language again, not in the locale picked last time. */
export const restartContentLocale: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  await startContentLocale(req, user.id)
}
