import type { Access, Where } from 'payload'

import { hasRole, isVendorUser, userPlatformIds } from '@/utilities/roles'

/**
 * Public tiers are pricing information for visitors and vendor users; a platform admin sees every tier of the
 * platforms it manages and nothing of the others (the pricing pages read tiers without access, by SQL).
 */
export const publicOrManagedTiers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  const isPublic: Where = { isPublic: { equals: true } }
  if (!hasRole(user, 'platform-admin')) return isPublic
  const managed: Where = { platform: { in: userPlatformIds(user) } }
  return isVendorUser(user) ? { or: [managed, isPublic] } : managed
}
