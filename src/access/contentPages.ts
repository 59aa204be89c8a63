import type { Access, Where } from 'payload'

import { platformIdsOfVendors } from '@/services/memberships'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * Content pages readable besides their vendor's and platform admins' scope: published pages for anonymous
 * visitors (the public sites), and for vendor users the vendor default pages of their platforms (to copy from).
 */
export const publishedOrVendorDefaults: Access = async ({ req }) => {
  const { user } = req
  if (!user) return published
  if (!isVendorUser(user)) return false
  const platformIds = await platformIdsOfVendors(req, userVendorIds(user))
  if (platformIds.length === 0) return false
  return {
    and: [{ vendor: { exists: false } }, { isPlatformPage: { equals: false } }, { platform: { in: platformIds } }],
  }
}
