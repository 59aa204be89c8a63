import type { Access } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

/** Platforms are public (branding, pricing) while active; admins also see inactive ones. */
export const visiblePlatforms: Access = ({ req: { user } }) =>
  hasRole(user, 'super-admin', 'platform-admin') ? true : { isActive: { equals: true } }

export const managedPlatforms: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  if (hasRole(user, 'platform-admin')) return { id: { in: userPlatformIds(user) } }
  return false
}
