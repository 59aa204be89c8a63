import type { Access } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

/** Super admins: every row. Platform admins: rows of the platforms they manage. Others: none. */
export const platformAdminScoped: Access = ({ req: { user } }) => {
  if (hasRole(user, 'super-admin')) return true
  if (hasRole(user, 'platform-admin')) return { platform: { in: userPlatformIds(user) } }
  return false
}

/** Create access for platform-scoped rows: the target platform must be one the admin manages. */
export const canCreateOnPlatform: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'super-admin')) return true
  if (!hasRole(user, 'platform-admin')) return false
  const platform = data?.platform
  if (platform === undefined || platform === null) return true // the admin UI asks before any data exists
  const id = typeof platform === 'object' ? platform.id : Number(platform)
  return userPlatformIds(user).includes(id)
}
