import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import { hasRole, userPlatformIds } from '@/utilities/roles'
import { rowTarget } from '@/utilities/rowTarget'

/**
 * Platform-scoped rows (tiers, add-ons, memberships, subscriptions): a platform admin's access covers the row as
 * stored; this covers it after the write, so nothing is created on or moved to a platform it does not manage.
 */
export const assertManagedPlatform: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || hasRole(user, 'super-admin')) return data
  const { platformId } = rowTarget(data, originalDoc)
  if (platformId === null || !hasRole(user, 'platform-admin') || !userPlatformIds(user).includes(platformId)) {
    throw new APIError(t(req, 'managedPlatformsOnly'), 403, null, true)
  }
  return data
}
