import type { Access, Where } from 'payload'

import { vendorIdsOnPlatforms } from '@/services/memberships'
import { hasRole, userPlatformIds, userVendorIds } from '@/utilities/roles'

const byIds = (ids: Iterable<number>): Where | false => {
  const list = [...new Set(ids)]
  return list.length > 0 ? { id: { in: list } } : false
}

/** A vendor's users read their vendor; platform admins read the vendors on their platforms. */
export const readableVendors: Access = async ({ req }) => {
  const { user } = req
  if (hasRole(user, 'super-admin')) return true
  const ids = userVendorIds(user)
  if (hasRole(user, 'platform-admin')) ids.push(...(await vendorIdsOnPlatforms(req, userPlatformIds(user))))
  return byIds(ids)
}

/** A vendor's own record is changed by its owners (and super admins) only, not by the platforms it is on. */
export const editableVendors: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  return hasRole(user, 'vendor-owner') ? byIds(userVendorIds(user)) : false
}

export const canCreateVendor: Access = ({ req: { user } }) => hasRole(user, 'super-admin', 'platform-admin')
