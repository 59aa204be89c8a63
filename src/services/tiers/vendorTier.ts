import type { PayloadRequest } from 'payload'

import type { LimitKey } from '@/fields/limitsGroup'
import type { SubscriptionTier } from '@/payload-types'

import type { FeatureCode } from './featureCodes'

export type TierInfo = {
  id: number
  code: string
  name: string
  limits: Record<LimitKey, number | null>
  features: FeatureCode[]
}

export function tierInfo(tier: SubscriptionTier): TierInfo {
  const limits = tier.limits ?? {}
  return {
    id: tier.id,
    code: tier.code,
    name: tier.name,
    limits: {
      ordersPerMonth: limits.ordersPerMonth ?? null,
      products: limits.products ?? null,
      teamMembers: limits.teamMembers ?? null,
      cmsPages: limits.cmsPages ?? null,
      cmsCustomPages: limits.cmsCustomPages ?? null,
    },
    features: (tier.features ?? []) as FeatureCode[],
  }
}

/**
 * The tier that governs a vendor on a platform: the one set on its vendor-platform record,
 * else the platform's entry tier (lowest sortOrder). Null when the platform has no tiers.
 */
export async function vendorTier(req: PayloadRequest, vendorId: number, platformId: number): Promise<TierInfo | null> {
  const membership = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const assigned = membership.docs[0]?.tier
  if (assigned && typeof assigned === 'object') return tierInfo(assigned)

  const entry = await req.payload.find({
    collection: 'subscription-tiers',
    where: { platform: { equals: platformId } },
    sort: ['sortOrder', 'priceMonthly'],
    limit: 1,
    overrideAccess: true,
    req,
  })
  return entry.docs[0] ? tierInfo(entry.docs[0]) : null
}
