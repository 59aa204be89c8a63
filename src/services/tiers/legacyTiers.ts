import { oms } from '@/platforms/oms'
import type { TierDefinition } from '@/platforms/types'

/**
 * The four OMS tiers as they were hard-coded before tiers lived in the database. Used only when the
 * database has no tier for a code (getTierInfo logs it). The subscription_tier_relation migration keeps its own
 * frozen copy of them.
 */
export const LEGACY_OMS_TIERS: readonly TierDefinition[] = oms.tiers

export const legacyTier = (code: string): TierDefinition | undefined =>
  LEGACY_OMS_TIERS.find((tier) => tier.code === code)
