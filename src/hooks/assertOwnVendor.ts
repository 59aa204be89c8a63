import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { platformIdsOfVendors } from '@/access/memberships'
import { hasRole, relationId, userVendorIds } from '@/access/roles'

type VendorOwned = { vendor?: unknown; platform?: unknown }

/** A vendor user writes only its own vendor's rows, on platforms that vendor is on. */
export const assertOwnVendor: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || hasRole(user, 'super-admin')) return data
  const target = data as VendorOwned
  const vendorId = relationId((target.vendor ?? (originalDoc as VendorOwned)?.vendor) as number)
  const platformId = relationId((target.platform ?? (originalDoc as VendorOwned)?.platform) as number)
  if (vendorId === null || !userVendorIds(user).includes(vendorId)) {
    throw new APIError("You can only manage your own shop's data.", 403, null, true)
  }
  if (platformId !== null && !(await platformIdsOfVendors(req, [vendorId])).includes(platformId)) {
    throw new APIError('Your shop is not on this platform: pick one of your platforms.', 403, null, true)
  }
  return data
}
