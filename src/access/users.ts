import type { Access, Where } from 'payload'

import { hasRole, userVendorIds } from '@/utilities/roles'

/**
 * Super admins: every user. Vendor owners: themselves and the vendor-member users of their vendors.
 * Everyone else: themselves.
 */
export const manageableUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'super-admin')) return true
  const self: Where = { id: { equals: user.id } }
  if (!hasRole(user, 'vendor-owner')) return self
  const teamMembers: Where[] = [{ vendors: { in: userVendorIds(user) } }, { roles: { equals: 'vendor-member' } }]
  return { or: [self, { and: teamMembers }] }
}

/** Super admins create anyone; vendor owners create team members (checked in detail by restrictTeamManagement). */
export const canManageUsers: Access = ({ req: { user } }) => hasRole(user, 'super-admin', 'vendor-owner')
