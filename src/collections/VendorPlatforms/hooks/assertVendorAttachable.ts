import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { VendorPlatform } from '@/payload-types'
import { platformIdsOfVendors } from '@/services/memberships'
import { relationId } from '@/utilities/relationId'
import { hasRole, userPlatformIds } from '@/utilities/roles'

/**
 * A platform admin attaches vendors that are on none of the other platforms (new shops, or shops of its own
 * platforms); a vendor of another platform joins through signup or a super admin, so no platform admin can
 * pull another platform's vendor into reach.
 */
export const assertVendorAttachable: CollectionBeforeChangeHook<VendorPlatform> = async ({
  data,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (!user || hasRole(user, 'super-admin')) return data
  const vendorId = relationId(data.vendor ?? originalDoc?.vendor)
  if (vendorId === null || vendorId === relationId(originalDoc?.vendor)) return data
  const managed = userPlatformIds(user)
  const elsewhere = (await platformIdsOfVendors(req, [vendorId], { activeOnly: false })).filter(
    (id) => !managed.includes(id),
  )
  if (elsewhere.length > 0) {
    throw new APIError(t(req, 'vendorOnOtherPlatform'), 403, null, true)
  }
  return data
}
