import type { Payload, PayloadRequest } from 'payload'

import type { SubscriptionTier } from '@/payload-types'
import type { TierDefinition } from '@/platforms/types'
import type { LimitKey } from '@/services/tiers/limitKeys'

import type { FeatureCode } from './featureCodes'
import { legacyTier } from './legacyTiers'

export type Limits = Record<LimitKey, number | null>

export type TierInfo = {
  /** null for a tier that exists only in the legacy table */
  id: number | null
  code: string
  name: string
  priceMonthly: number
  priceAnnual: number
  limits: Limits
  features: FeatureCode[]
  source: 'database' | 'legacy'
}

export function tierInfo(tier: SubscriptionTier | TierDefinition, source: TierInfo['source'] = 'database'): TierInfo {
  const limits = tier.limits ?? {}
  return {
    id: 'id' in tier ? tier.id : null,
    code: tier.code,
    name: typeof tier.name === 'string' ? tier.name : tier.name.en,
    priceMonthly: tier.priceMonthly,
    priceAnnual: tier.priceAnnual,
    limits: {
      ordersPerMonth: limits.ordersPerMonth ?? null,
      products: limits.products ?? null,
      teamMembers: limits.teamMembers ?? null,
      cmsPages: limits.cmsPages ?? null,
      cmsCustomPages: limits.cmsCustomPages ?? null,
    },
    features: (tier.features ?? []) as FeatureCode[],
    source,
  }
}

/**
 * A platform's tier by code. The database is the source of truth; the built-in OMS table answers only
 * when the database has no such tier, and says so in the log.
 */
export async function getTierInfo(
  payload: Payload,
  platformId: number,
  code: string,
  req?: PayloadRequest,
): Promise<TierInfo | null> {
  const found = await payload.find({
    collection: 'subscription-tiers',
    where: { and: [{ platform: { equals: platformId } }, { code: { equals: code } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return tierInfo(found.docs[0])
  const legacy = legacyTier(code)
  if (!legacy) return null
  payload.logger.warn(
    `Tier "${code}" is not in the database for platform ${platformId}: using the built-in legacy definition.`,
  )
  return tierInfo(legacy, 'legacy')
}

/** The platform's entry tier: lowest sortOrder, then lowest price. */
export async function entryTier(req: PayloadRequest, platformId: number): Promise<SubscriptionTier | null> {
  const entry = await req.payload.find({
    collection: 'subscription-tiers',
    where: { platform: { equals: platformId } },
    sort: ['sortOrder', 'priceMonthly'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return entry.docs[0] ?? null
}
