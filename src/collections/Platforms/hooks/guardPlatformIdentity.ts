import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { Platform } from '@/payload-types'
import { hasRole } from '@/utilities/roles'

/** What identifies a platform (rules key on its code, routing on its prefix) is the super admins' to change. */
const IDENTITY = ['code', 'pathPrefix', 'isActive'] as const

export const guardPlatformIdentity: CollectionBeforeChangeHook<Platform> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'super-admin')) return data
  if (IDENTITY.some((field) => data[field] !== undefined && (data[field] ?? null) !== (originalDoc?.[field] ?? null))) {
    throw new APIError(t(req, 'platformIdentitySuperAdminOnly'), 403, null, true)
  }
  return data
}
