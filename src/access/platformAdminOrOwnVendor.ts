import type { Access, Where } from 'payload'

import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from '@/utilities/roles'

/** Rows with `platform` and `vendor`: platform admins see their platforms', vendor users their vendor's. */
export const platformAdminOrOwnVendor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  const scopes: Where[] = []
  if (hasRole(user, 'platform-admin')) scopes.push({ platform: { in: userPlatformIds(user) } })
  if (isVendorUser(user)) scopes.push({ vendor: { in: userVendorIds(user) } })
  return scopes.length > 0 ? { or: scopes } : false
}
