import type { FieldAccess } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

/** A platform's config may hold secrets: super admins and that platform's own admins only. */
export const platformConfigReaders: FieldAccess = ({ req: { user }, doc, id }) => {
  if (hasRole(user, 'super-admin')) return true
  const platformId = Number(doc?.id ?? id)
  return hasRole(user, 'platform-admin') && userPlatformIds(user).includes(platformId)
}
