import type { SubscriptionStatus } from '../subscriptions/status'
import type { LimitKey } from '../tiers/limitKeys'

/**
 * What a snapshot holds for each limit, over the platform's live subscriptions (trialing, active, past due):
 * - `limit`: the sum of their effective limits (tier + add-on raises) where the limit is finite: the theoretical capacity;
 * - `unlimited`: how many of them have no limit (counted apart: an unlimited plan adds nothing to `limit`);
 * - `used`: their actual usage, all of them;
 * - `usedUnderLimit`: the usage of those with a finite limit (the part `limit` is measured against);
 * - `nearLimit`: how many are at 80 % of their limit or more.
 */
export const CAPACITY_FIGURES = ['limit', 'unlimited', 'used', 'usedUnderLimit', 'nearLimit'] as const
export type CapacityFigure = (typeof CAPACITY_FIGURES)[number]

export type CapacityFigures = Record<CapacityFigure, number>

/** The subscriptions that count in capacity and usage: those not canceled or expired. */
export const LIVE_STATUSES: SubscriptionStatus[] = ['trialing', 'active', 'past_due']

/** The share of a limit from which a vendor is "near" it, and a platform's usage worth a warning. */
export const NEAR_LIMIT_SHARE = 0.8

/** One platform's figures for one day (a capacity-snapshots row, or the same computed now). */
export type CapacityFiguresOfDay = {
  platformId: number
  date: string
  vendors: {
    live: number
    byStatus: Record<SubscriptionStatus, number>
    byTier: { code: string; name: string; count: number }[]
  }
  capacity: Record<LimitKey, CapacityFigures>
  mrr: { cents: number; pastDueCents: number; trialCents: number }
  day: { signups: number; conversions: number; cancellations: number }
}
