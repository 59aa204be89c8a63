import type { ClientUser } from 'payload'

import type { User } from '@/payload-types'
import { hasRole, isVendorUser } from '@/utilities/roles'

/**
 * Navigation only, not a boundary: keeps the platform's internal collections out of vendor users' admin
 * (nav, dashboard and views). What a user may read or change is decided by the collections' access functions.
 */
export const hiddenFromVendors = ({ user }: { user: ClientUser | null }): boolean => {
  const roles = user as Pick<User, 'roles' | 'vendors' | 'platforms'> | null
  return isVendorUser(roles) && !hasRole(roles, 'super-admin', 'platform-admin')
}
