import type { CollectionBeforeChangeHook } from 'payload'

import type { LimitRule } from '@/services/limitRules'
import { limitReached, lockVendorLimit } from '@/services/limits'
import { readVendorPlan } from '@/services/subscriptions/vendorPlan'
import { relationId } from '@/utilities/relationId'

/**
 * Refuses creating a vendor's row beyond its effective limit, in the write's transaction, serialised per vendor
 * so parallel creates (and a plan change's usage check) cannot overshoot.
 */
export const countRows =
  (rule: LimitRule): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const vendorId = relationId(data.vendor)
    const platformId = relationId(data.platform)
    if (vendorId === null || platformId === null) return data
    // The lock first, then the plan: a plan change lowers the limits under the same lock (changeTier).
    await lockVendorLimit(req, rule.limit, vendorId)
    const plan = await readVendorPlan(req, vendorId, platformId)
    const allowed = plan?.limits[rule.limit] ?? null
    if (allowed === null) return data
    const { totalDocs } = await req.payload.count({
      collection: rule.collection,
      where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= allowed) throw limitReached(rule, plan!, allowed)
    return data
  }
