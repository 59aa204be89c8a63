import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/roles'
import type { User } from '@/payload-types'
import { limitMessage, limitReached, lockVendorLimit } from '@/services/limits'
import { planFromSubscription, type VendorPlan } from '@/services/subscriptions/vendorPlan'

/** The most generous of a vendor's subscriptions: team members work across the vendor's platforms. */
async function teamPlan(req: Parameters<CollectionBeforeChangeHook>[0]['req'], vendorId: number): Promise<{ plan: VendorPlan; limit: number } | null> {
  const subscriptions = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { vendor: { equals: vendorId } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let best: { plan: VendorPlan; limit: number } | null = null
  for (const subscription of subscriptions.docs) {
    if (typeof subscription.tier !== 'object') continue
    const plan = planFromSubscription({ ...subscription, tier: subscription.tier })
    const limit = plan.limits.teamMembers
    if (limit === null) return null
    if (!best || limit > best.limit) best = { plan, limit }
  }
  return best
}

/** Adding a user to a vendor counts against teamMembers (owner included). */
export const enforceTeamMemberLimit: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  for (const vendorId of (data.vendors ?? []).map((vendor) => relationId(vendor)!)) {
    const team = await teamPlan(req, vendorId)
    if (!team) continue
    await lockVendorLimit(req, 'teamMembers', vendorId)
    const { totalDocs } = await req.payload.count({ collection: 'users', where: { vendors: { in: [vendorId] } }, overrideAccess: true, req })
    if (totalDocs >= team.limit) {
      throw limitReached(limitMessage('Team member', team.plan, team.limit, 'teamMembers', 'Upgrade or remove a team member.'))
    }
  }
  return data
}
