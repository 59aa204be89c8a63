import type { PayloadRequest } from 'payload'

import { relationId } from '@/utilities/relationId'

import { Forbidden } from './errors'
import { memoized } from './requestMemo'
import { type VendorPlan, vendorPlan } from './subscriptions/vendorPlan'
import type { FeatureCode } from './tiers/featureCodes'

/** The vendor's plan on the platform; Forbidden, naming the feature, when its tier lacks it. */
export async function requireFeature(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  code: FeatureCode,
): Promise<VendorPlan | null> {
  const plan = await vendorPlan(req, vendorId, platformId)
  if (plan && !plan.tier.features.includes(code)) {
    throw new Forbidden('featureNotIncluded', { plan: plan.tier.name, feature: code }, { data: { feature: code } })
  }
  return plan
}

/** The platform's id by code (null when it does not exist). */
export function platformIdByCode(req: PayloadRequest, code: string): Promise<number | null> {
  return memoized(req, `platformIdByCode:${code}`, async () => {
    const { docs } = await req.payload.find({
      collection: 'platforms',
      where: { code: { equals: code } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    return relationId(docs[0]?.id) ?? null
  })
}

/** Which of `vendorIds` have `code` on the platform (a vendor whose platform has no tiers at all counts, as in requireFeature). */
export async function vendorsWithFeature(
  req: PayloadRequest,
  vendorIds: number[],
  platformId: number,
  code: FeatureCode,
): Promise<number[]> {
  const allowed: number[] = []
  for (const vendorId of vendorIds) {
    const plan = await vendorPlan(req, vendorId, platformId)
    if (!plan || plan.tier.features.includes(code)) allowed.push(vendorId)
  }
  return allowed
}
