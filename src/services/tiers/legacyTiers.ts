import { oms } from '@/platforms/oms'
import type { TierDefinition } from '@/platforms/types'

/**
 * The four OMS tiers as they were hard-coded before tiers lived in the database. Used only when the
 * database has no tier for a code (getTierInfo logs it), and by the migration that backfills old subscriptions.
 */
export const LEGACY_OMS_TIERS: readonly TierDefinition[] = oms.tiers

export const legacyTier = (code: string): TierDefinition | undefined => LEGACY_OMS_TIERS.find((tier) => tier.code === code)
