import type { Access } from 'payload'

import { hasRole, isVendorUser, userVendorIds } from './roles'

/** Rows a vendor's own users may change (super admins: all). Platform admins read them, they do not edit. */
export const ownVendorRows: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  return isVendorUser(user) ? { vendor: { in: userVendorIds(user) } } : false
}

/** Who may create vendor-owned rows at all; the target vendor is checked by the assertOwnVendor hook. */
export const vendorWriters: Access = ({ req: { user } }) => hasRole(user, 'super-admin') || isVendorUser(user)
