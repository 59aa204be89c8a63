import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import type { LimitRule } from '@/services/limitRules'
import { limitReached, lockVendorLimit } from '@/services/limits'
import { assertVendorAccountWritable } from '@/services/subscriptions/readOnly'
import { planFromSubscription, type VendorPlan } from '@/services/subscriptions/vendorPlan'
import { relationId } from '@/utilities/relationId'

type TeamPlan = { plan: VendorPlan; limit: number | null }

/** The most generous of a vendor's subscriptions: team members work across the vendor's platforms. */
async function teamPlan(req: PayloadRequest, vendorId: number): Promise<TeamPlan | null> {
  const subscriptions = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { vendor: { equals: vendorId } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let best: TeamPlan | null = null
  for (const subscription of subscriptions.docs) {
    if (typeof subscription.tier !== 'object') continue
    const plan = planFromSubscription({ ...subscription, tier: subscription.tier })
    if (plan.readOnly) continue
    const limit = plan.limits.teamMembers
    if (limit === null) return { plan, limit }
    if (!best || (best.limit !== null && limit > best.limit)) best = { plan, limit }
  }
  return best
}

/**
 * Adding a user to a vendor counts against teamMembers (owner included), on create and when an update adds the
 * vendor. A vendor whose subscriptions are all canceled or expired adds no one: its data is read-only.
 */
export const countTeam =
  (rule: LimitRule): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const vendors = (data as Partial<User>).vendors
    if (!vendors) return data
    const before = new Set(((originalDoc as User | undefined)?.vendors ?? []).map((vendor) => relationId(vendor)))
    const added = vendors.map((vendor) => relationId(vendor)!).filter((id) => !before.has(id))
    for (const vendorId of added) {
      // The lock first, then the plan: a plan change lowers the limits under the same lock (changeTier).
      await lockVendorLimit(req, rule.limit, vendorId)
      const team = await teamPlan(req, vendorId)
      if (!team) {
        // No writable subscription: refused when all it has are read-only (none at all: a legacy vendor).
        await assertVendorAccountWritable(req, vendorId)
        continue
      }
      if (team.limit === null) continue
      const { totalDocs } = await req.payload.count({
        collection: 'users',
        where: { vendors: { in: [vendorId] } },
        overrideAccess: true,
        req,
      })
      if (totalDocs >= team.limit) throw limitReached(rule, team.plan, team.limit)
    }
    return data
  }
