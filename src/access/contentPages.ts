import type { Access, Where } from 'payload'

import { platformIdsOfVendors } from './memberships'
import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from './roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * Anonymous: published pages. Platform admins: every page of their platforms.
 * Vendor users: their vendor's pages, plus the vendor default pages of their platforms (to copy from).
 */
export const readableContentPages: Access = async ({ req }) => {
  const { user } = req
  if (!user) return published
  if (hasRole(user, 'super-admin')) return true
  const scopes: Where[] = []
  if (hasRole(user, 'platform-admin')) scopes.push({ platform: { in: userPlatformIds(user) } })
  if (isVendorUser(user)) {
    const vendorIds = userVendorIds(user)
    scopes.push({ vendor: { in: vendorIds } })
    const platformIds = await platformIdsOfVendors(req, vendorIds)
    if (platformIds.length > 0) {
      scopes.push({
        and: [{ vendor: { exists: false } }, { isPlatformPage: { equals: false } }, { platform: { in: platformIds } }],
      })
    }
  }
  return scopes.length > 0 ? { or: scopes } : false
}

/** Platform admins edit their platforms' defaults and marketing pages; vendor users their own overrides. */
export const editableContentPages: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  const scopes: Where[] = []
  if (hasRole(user, 'platform-admin')) {
    scopes.push({ and: [{ platform: { in: userPlatformIds(user) } }, { vendor: { exists: false } }] })
  }
  if (isVendorUser(user)) scopes.push({ vendor: { in: userVendorIds(user) } })
  return scopes.length > 0 ? { or: scopes } : false
}

/** Who may create pages at all; which pages exactly is checked by the assertPageScope hook. */
export const contentPageAuthors: Access = ({ req: { user } }) =>
  hasRole(user, 'super-admin', 'platform-admin', 'vendor-owner', 'vendor-member')
