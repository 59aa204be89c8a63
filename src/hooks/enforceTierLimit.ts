import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { relationId } from '@/access/roles'
import type { LimitKey } from '@/fields/limitsGroup'
import { assertWritable, limitMessage, limitReached, limitsEnforced, lockVendorLimit } from '@/services/limits'
import { vendorPlan } from '@/services/subscriptions/vendorPlan'

type Options = {
  collection: CollectionSlug
  limit: LimitKey
  /** Singular noun for messages: "Product". */
  what: string
  advice: string
}

/**
 * Refuses creating a vendor-owned row beyond the vendor's effective limit for it, in the write's
 * transaction, serialised per vendor so parallel creates cannot overshoot. Also refuses any create
 * while the subscription is expired or canceled.
 */
export const enforceTierLimit =
  ({ collection, limit, what, advice }: Options): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || !limitsEnforced()) return data
    const vendorId = relationId(data.vendor)
    const platformId = relationId(data.platform)
    if (vendorId === null || platformId === null) return data
    const plan = await vendorPlan(req, vendorId, platformId)
    assertWritable(plan)
    const allowed = plan?.limits[limit] ?? null
    if (allowed === null) return data
    await lockVendorLimit(req, limit, vendorId)
    const { totalDocs } = await req.payload.count({
      collection,
      where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= allowed) throw limitReached(limitMessage(what, plan!, allowed, limit, advice))
    return data
  }
