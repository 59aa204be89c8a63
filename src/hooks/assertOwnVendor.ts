import type { CollectionBeforeChangeHook } from 'payload'

import { assertOwnShop } from '@/access/assertOwnShop'
import { hasRole, relationId } from '@/access/roles'

type VendorOwned = { vendor?: unknown; platform?: unknown }

/** A vendor user writes only its own vendor's rows, on platforms that vendor is on. */
export const assertOwnVendor: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'super-admin')) return data
  const target = data as VendorOwned
  const vendorId = relationId((target.vendor ?? (originalDoc as VendorOwned)?.vendor) as number)
  const platformId = relationId((target.platform ?? (originalDoc as VendorOwned)?.platform) as number)
  await assertOwnShop(req, vendorId, platformId, "You can only manage your own shop's data.")
  return data
}
