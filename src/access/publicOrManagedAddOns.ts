import type { Access } from 'payload'

import { hasRole, isVendorUser, userPlatformIds } from '@/utilities/roles'

/**
 * Add-ons are pricing information for visitors and vendor users; a platform admin sees only those of the platforms
 * it manages (another platform's catalogue is not its business).
 */
export const publicOrManagedAddOns: Access = ({ req: { user } }) => {
  if (!hasRole(user, 'platform-admin') || hasRole(user, 'super-admin') || isVendorUser(user)) return true
  return { platform: { in: userPlatformIds(user) } }
}
