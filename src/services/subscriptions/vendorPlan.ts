import type { PayloadRequest } from 'payload'

import type { AddOn, SubscriptionTier, VendorPlatform, VendorSubscription } from '@/payload-types'
import { memoized } from '@/services/requestMemo'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

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

/**
 * The vendor's subscription or membership on the platform, with depth 1 populating its tier (and add-ons); the vendor
 * and platform, known here, are not read again (each would cost a query).
 */
async function rowOnPlatform<T extends VendorSubscription | VendorPlatform>(
  req: PayloadRequest,
  collection: 'vendor-subscriptions' | 'vendor-platforms',
  vendorId: number,
  platformId: number,
): Promise<T | undefined> {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
    select: { vendor: false, platform: false },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] ? ({ ...docs[0], vendor: vendorId, platform: platformId } as T) : undefined
}

/** The plan as the database has it now, past the request's memo: read by a limit check once it holds its lock. */
export async function readVendorPlan(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
): Promise<VendorPlan | null> {
  const subscription = await rowOnPlatform<VendorSubscription>(req, 'vendor-subscriptions', vendorId, platformId)
  if (subscription && typeof subscription.tier === 'object')
    return planFromSubscription({ ...subscription, tier: subscription.tier })

  const assigned = (await rowOnPlatform<VendorPlatform>(req, 'vendor-platforms', vendorId, platformId))?.tier
  const tier = assigned && typeof assigned === 'object' ? assigned : await entryTier(req, platformId)
  if (!tier) return null
  const info = tierInfo(tier)
  return { tier: info, subscription: null, limits: info.limits, readOnly: false }
}
