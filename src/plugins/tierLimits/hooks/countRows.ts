import type { CollectionBeforeChangeHook } from 'payload'

import type { LimitRule } from '@/services/limitRules'
import { limitReached, lockVendorLimit } from '@/services/limits'
import { vendorPlan } from '@/services/subscriptions/vendorPlan'
import { relationId } from '@/utilities/relationId'

/**
 * Refuses creating a vendor's row beyond its effective limit, in the write's transaction, serialised per vendor
 * so parallel creates cannot overshoot.
 */
export const countRows =
  (rule: LimitRule): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const vendorId = relationId(data.vendor)
    const platformId = relationId(data.platform)
    if (vendorId === null || platformId === null) return data
    const plan = await vendorPlan(req, vendorId, platformId)
    const allowed = plan?.limits[rule.limit] ?? null
    if (allowed === null) return data
    await lockVendorLimit(req, rule.limit, vendorId)
    const { totalDocs } = await req.payload.count({
      collection: rule.collection,
      where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= allowed) throw limitReached(rule, plan!, allowed)
    return data
  }
