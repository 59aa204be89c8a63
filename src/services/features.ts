import { APIError, type PayloadRequest } from 'payload'

import { type VendorPlan, vendorPlan } from './subscriptions/vendorPlan'
import type { FeatureCode } from './tiers/featureCodes'

/** The vendor's plan on the platform, or a 403 saying which feature its tier lacks. */
export async function requireFeature(req: PayloadRequest, vendorId: number, platformId: number, code: FeatureCode): Promise<VendorPlan | null> {
  const plan = await vendorPlan(req, vendorId, platformId)
  if (plan && !plan.tier.features.includes(code)) {
    throw new APIError(`Your ${plan.tier.name} plan does not include ${code}. Upgrade to use it.`, 403, { feature: code }, true)
  }
  return plan
}
