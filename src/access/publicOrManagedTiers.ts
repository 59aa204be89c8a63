import type { Access } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

/** Public tiers are pricing information; hidden tiers only for the admins of their platform. */
export const publicOrManagedTiers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  const isPublic = { isPublic: { equals: true } }
  if (hasRole(user, 'platform-admin')) return { or: [isPublic, { platform: { in: userPlatformIds(user) } }] }
  return isPublic
}
