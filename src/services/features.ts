import { APIError, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'

import { type VendorPlan, vendorPlan } from './subscriptions/vendorPlan'
import type { FeatureCode } from './tiers/featureCodes'

/** The vendor's plan on the platform, or a 403 saying which feature its tier lacks. */
export async function requireFeature(req: PayloadRequest, vendorId: number, platformId: number, code: FeatureCode): Promise<VendorPlan | null> {
  const plan = await vendorPlan(req, vendorId, platformId)
  if (plan && !plan.tier.features.includes(code)) {
    throw new APIError(t(req, 'featureNotIncluded', { plan: plan.tier.name, feature: code }), 403, { feature: code }, true)
  }
  return plan
}
