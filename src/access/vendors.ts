import type { Access } from 'payload'

import { vendorIdsOnPlatforms } from './memberships'
import { hasRole, userPlatformIds, userVendorIds } from './roles'

export const readableVendors: Access = async ({ req }) => {
  const { user } = req
  if (hasRole(user, 'super-admin')) return true
  const ids = new Set(userVendorIds(user))
  if (hasRole(user, 'platform-admin')) {
    for (const id of await vendorIdsOnPlatforms(req, userPlatformIds(user))) ids.add(id)
  }
  return ids.size > 0 ? { id: { in: [...ids] } } : false
}

export const editableVendors: Access = async ({ req }) => {
  const { user } = req
  if (hasRole(user, 'super-admin')) return true
  const ids = new Set(hasRole(user, 'vendor-owner') ? userVendorIds(user) : [])
  if (hasRole(user, 'platform-admin')) {
    for (const id of await vendorIdsOnPlatforms(req, userPlatformIds(user))) ids.add(id)
  }
  return ids.size > 0 ? { id: { in: [...ids] } } : false
}

export const canCreateVendor: Access = ({ req: { user } }) => hasRole(user, 'super-admin', 'platform-admin')
