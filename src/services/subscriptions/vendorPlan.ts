import type { PayloadRequest } from 'payload'

import { LIMIT_KEYS } from '@/services/tiers/limitKeys'
import type { AddOn, SubscriptionTier, VendorSubscription } from '@/payload-types'
import { memoized } from '@/services/requestMemo'

import { entryTier, type Limits, tierInfo, type TierInfo } from '../tiers/getTierInfo'

import { isReadOnlySubscription } from './status'

export type VendorPlan = {
  tier: TierInfo
  subscription: VendorSubscription | null
  /** Tier limits plus what active add-ons raise them by; null = unlimited. */
  limits: Limits
  readOnly: boolean
}

/** Tier limits raised by add-ons; an unlimited (null) limit stays unlimited. */
export function effectiveLimits(tier: TierInfo, addOns: AddOn[]): Limits {
  const limits = { ...tier.limits }
  for (const addOn of addOns) {
    const key = addOn.raises?.limit
    const amount = addOn.raises?.amount ?? 0
    if (key && LIMIT_KEYS.includes(key) && limits[key] !== null) limits[key] = limits[key]! + amount
  }
  return limits
}

/** The add-ons a subscription holds (populated with depth ≥ 1). */
export const subscriptionAddOns = (subscription: VendorSubscription): AddOn[] =>
  (subscription.addOns ?? []).filter((addOn): addOn is AddOn => typeof addOn === 'object')

/** The plan a subscription (fetched with depth ≥ 1, so its tier is populated) gives. */
export function planFromSubscription(subscription: VendorSubscription & { tier: SubscriptionTier }): VendorPlan {
  const tier = tierInfo(subscription.tier)
  return {
    tier,
    subscription,
    limits: effectiveLimits(tier, subscriptionAddOns(subscription)),
    readOnly: isReadOnlySubscription(subscription),
  }
}

/**
 * What governs a vendor on a platform: its subscription (tier + add-ons), else, for vendors that joined
 * before subscriptions existed, the tier on its membership or the platform's entry tier. Null: the platform has no tiers.
 */
export function vendorPlan(req: PayloadRequest, vendorId: number, platformId: number): Promise<VendorPlan | null> {
  return memoized(req, `vendorPlan:${vendorId}:${platformId}`, () => readVendorPlan(req, vendorId, platformId))
}

async function readVendorPlan(req: PayloadRequest, vendorId: number, platformId: number): Promise<VendorPlan | null> {
  const subscriptions = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const subscription = subscriptions.docs[0]
  if (subscription && typeof subscription.tier === 'object') {
    return planFromSubscription({ ...subscription, tier: subscription.tier })
  }

  const membership = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const assigned = membership.docs[0]?.tier
  const tier = assigned && typeof assigned === 'object' ? assigned : await entryTier(req, platformId)
  if (!tier) return null
  const info = tierInfo(tier)
  return { tier: info, subscription: null, limits: info.limits, readOnly: false }
}
