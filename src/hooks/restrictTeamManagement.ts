import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole, relationId, userVendorIds } from '@/access/roles'
import type { User } from '@/payload-types'

/**
 * A vendor owner may only create (or edit) vendor-member users of their own vendors.
 * Field access already keeps roles/vendors read-only on update for non super admins.
 */
export const restrictTeamManagement: CollectionBeforeChangeHook<User> = ({ data, operation, req }) => {
  const actor = req.user
  if (!actor || hasRole(actor, 'super-admin') || operation !== 'create') return data
  const ownVendors = userVendorIds(actor)
  const roles = data.roles ?? []
  const vendors = (data.vendors ?? []).map((vendor) => relationId(vendor))
  const onlyMember = roles.length > 0 && roles.every((role) => role === 'vendor-member')
  const ownOnly = vendors.length > 0 && vendors.every((id) => id !== null && ownVendors.includes(id))
  if (!onlyMember || !ownOnly) {
    throw new APIError('Vendor owners can only add vendor-member users to their own vendor.', 403, null, true)
  }
  return data
}
