import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { assertOwnShop } from '@/access/assertOwnShop'
import { hasRole, relationId, userPlatformIds } from '@/access/roles'
import type { ContentPage } from '@/payload-types'

/**
 * Access functions decide which existing pages a user may touch; this hook decides where a page may be
 * written to (on create, and when an update moves it), which a Where query cannot express.
 */
export const assertPageScope: CollectionBeforeChangeHook<ContentPage> = async ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || hasRole(user, 'super-admin')) return data

  const platformId = relationId(data.platform ?? originalDoc?.platform)
  const vendorId = relationId(data.vendor === undefined ? originalDoc?.vendor : data.vendor)
  const isPlatformPage = Boolean(data.isPlatformPage ?? originalDoc?.isPlatformPage)

  if (vendorId === null) {
    if (hasRole(user, 'platform-admin') && platformId !== null && userPlatformIds(user).includes(platformId)) return data
    throw new APIError(
      isPlatformPage
        ? 'Only the admins of this platform can edit its marketing pages.'
        : "Only the admins of this platform can edit vendor default pages; create your own page (an override) instead.",
      403,
      null,
      true,
    )
  }

  await assertOwnShop(req, vendorId, platformId, "You can only edit your own shop's pages.")
  return data
}
