import type { SiteLimit } from '@/i18n/site'
import type { PricingTier } from '@/services/pricing/platformPricing'

const LIMITS: SiteLimit[] = ['ordersPerMonth', 'products', 'teamMembers', 'cmsPages', 'cmsCustomPages']

/** The limits worth showing for a platform: those at least one of its tiers caps (all unlimited says nothing). */
export const shownLimits = (tiers: PricingTier[]): SiteLimit[] =>
  LIMITS.filter((limit) => tiers.some((tier) => tier.limits[limit] !== null))

/** Every feature any tier has, in the order tiers list them. */
export const allFeatures = (tiers: PricingTier[]): string[] => [...new Set(tiers.flatMap((tier) => tier.features))]
