import type { Access, Where } from 'payload'

import { hasRole, isVendorUser, userPlatformIds } from '@/utilities/roles'

/**
 * Platforms are public (branding, pricing) while active; super admins see every one, platform admins only those
 * they manage (inactive ones included).
 */
export const visiblePlatforms: Access = ({ req: { user } }): Where | boolean => {
  if (hasRole(user, 'super-admin')) return true
  if (hasRole(user, 'platform-admin') && !isVendorUser(user)) return { id: { in: userPlatformIds(user) } }
  return { isActive: { equals: true } }
}

export const managedPlatforms: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  if (hasRole(user, 'platform-admin')) return { id: { in: userPlatformIds(user) } }
  return false
}
