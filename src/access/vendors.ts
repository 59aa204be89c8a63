import type { Access, PayloadRequest } from 'payload'

import { vendorIdsOnPlatforms } from './memberships'
import { hasRole, userPlatformIds, userVendorIds } from './roles'

/** Own vendors (owners only when `ownersOnly`) plus, for platform admins, the vendors on their platforms. */
const vendorScope =
  (ownersOnly: boolean): Access =>
  async ({ req }: { req: PayloadRequest }) => {
    const { user } = req
    if (hasRole(user, 'super-admin')) return true
    const ids = new Set(!ownersOnly || hasRole(user, 'vendor-owner') ? userVendorIds(user) : [])
    if (hasRole(user, 'platform-admin')) {
      for (const id of await vendorIdsOnPlatforms(req, userPlatformIds(user))) ids.add(id)
    }
    return ids.size > 0 ? { id: { in: [...ids] } } : false
  }

export const readableVendors = vendorScope(false)

export const editableVendors = vendorScope(true)

export const canCreateVendor: Access = ({ req: { user } }) => hasRole(user, 'super-admin', 'platform-admin')
