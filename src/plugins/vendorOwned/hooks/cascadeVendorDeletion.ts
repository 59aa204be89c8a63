import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { t } from '@/i18n/t'

import { VENDOR_CASCADE, type VendorOwnedCollection } from '../types'

/** Rows that hang on a vendor without being its business data: removed with it too. */
const VENDOR_RELATIONS: CollectionSlug[] = ['vendor-subscriptions', 'vendor-platforms']

/**
 * Deleting a vendor removes every row it owns in the same transaction (their foreign keys would otherwise turn
 * them into ownerless rows or fail), unless it has rows the law requires keeping: then 409, deactivate instead.
 */
export const cascadeVendorDeletion =
  (owned: VendorOwnedCollection[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const { slug, keepOnVendorDeletion } of owned) {
      if (!keepOnVendorDeletion) continue
      const kept = await req.payload.count({
        collection: slug,
        where: { and: [{ vendor: { equals: id } }, keepOnVendorDeletion.where] },
        overrideAccess: true,
        req,
      })
      if (kept.totalDocs > 0) {
        throw new APIError(
          t(req, 'vendorHasKeptRows', { count: kept.totalDocs, what: keepOnVendorDeletion.what }),
          409,
          null,
          true,
        )
      }
    }
    const context = { ...req.context, [VENDOR_CASCADE]: true }
    for (const slug of [...owned.map((collection) => collection.slug), ...VENDOR_RELATIONS]) {
      const where = { vendor: { equals: id } }
      const result = await req.payload.delete({ collection: slug, where, overrideAccess: true, req, context })
      // Payload's bulk delete reports per-row failures instead of throwing: a partial cascade must not commit.
      if (result.errors.length > 0) {
        throw new APIError(
          t(req, 'vendorCascadeFailed', { collection: slug, reason: result.errors[0].message }),
          409,
          null,
          true,
        )
      }
    }
  }
