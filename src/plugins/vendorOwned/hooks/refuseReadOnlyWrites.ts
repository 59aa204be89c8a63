import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { assertVendorWritable } from '@/services/subscriptions/readOnly'
import { hasRole } from '@/utilities/roles'
import { rowTarget } from '@/utilities/rowTarget'

import { VENDOR_CASCADE } from '../types'

/**
 * A read-only subscription (canceled, expired, or past due beyond its grace period) makes the vendor's data read-only: no create, update (drafts and publishing
 * included) or delete, whoever writes, except super admins (support) and the removal of a deleted vendor's rows.
 * The row before the write counts as well as the row after it, so data cannot be moved out of a read-only shop.
 */
export const refuseReadOnlyChanges: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (hasRole(req.user, 'super-admin') || req.context[VENDOR_CASCADE]) return data
  const after = rowTarget(data, originalDoc)
  const before = rowTarget(originalDoc, null)
  const moved = after.vendorId !== before.vendorId || after.platformId !== before.platformId
  for (const { vendorId, platformId } of moved ? [before, after] : [after]) {
    if (vendorId !== null && platformId !== null) await assertVendorWritable(req, vendorId, platformId)
  }
  return data
}

export const refuseReadOnlyDeletes =
  (collection: CollectionSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (hasRole(req.user, 'super-admin') || req.context[VENDOR_CASCADE]) return
    const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    const { vendorId, platformId } = rowTarget(doc as { vendor?: unknown; platform?: unknown } | null, null)
    if (vendorId !== null && platformId !== null) await assertVendorWritable(req, vendorId, platformId)
  }
