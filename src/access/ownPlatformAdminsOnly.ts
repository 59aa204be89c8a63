import type { Access } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

/**
 * The admins of the row's platform, and nobody else (super admins included, unless they also administer that
 * platform): for what visitors send to one platform's team.
 */
export const ownPlatformAdminsOnly: Access = ({ req: { user } }) =>
  hasRole(user, 'platform-admin') ? { platform: { in: userPlatformIds(user) } } : false
