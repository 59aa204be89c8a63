import type { SiteLimit } from '@/i18n/site'
import type { PricingTier } from '@/services/pricing/platformPricing'

const LIMITS: SiteLimit[] = ['ordersPerMonth', 'products', 'teamMembers', 'cmsPages', 'cmsCustomPages']

/** The limits worth showing for a platform: those at least one of its tiers caps (all unlimited says nothing). */
export const shownLimits = (tiers: PricingTier[]): SiteLimit[] =>
  LIMITS.filter((limit) => tiers.some((tier) => tier.limits[limit] !== null))

/** Every feature any tier has, in the order tiers list them. */
export const allFeatures = (tiers: PricingTier[]): string[] => [...new Set(tiers.flatMap((tier) => tier.features))]

/** Features a limit already says in words: "Unlimited site pages" makes "Unlimited pages" a repetition. */
const SAID_BY_LIMIT: Record<string, SiteLimit> = { cms_unlimited_pages: 'cmsPages' }

/** A feature worth listing: not one that a shown limit already says. */
const worthListing = (feature: string, limits: SiteLimit[]) =>
  !(feature in SAID_BY_LIMIT && limits.includes(SAID_BY_LIMIT[feature]))

/** Every feature worth listing for these tiers (the comparison table's rows). */
export const shownFeatures = (tiers: PricingTier[]): string[] =>
  allFeatures(tiers).filter((feature) => worthListing(feature, shownLimits(tiers)))

/** One tier's features worth listing on its card. */
export const tierFeatures = (tier: PricingTier, tiers: PricingTier[]): string[] =>
  tier.features.filter((feature) => worthListing(feature, shownLimits(tiers)))

/** The features the platforms' pitches promise (the home page's hero), said with the plans that include them. */
const PITCHED_FEATURES = ['letzshop_sync', 'invoicing']

/** For each pitched feature only some tiers have: the feature and those tiers, in order. */
export const featuresOnSomePlans = (tiers: PricingTier[]): { feature: string; tiers: PricingTier[] }[] =>
  PITCHED_FEATURES.map((feature) => ({
    feature,
    tiers: tiers.filter((tier) => tier.features.includes(feature)),
  })).filter(({ tiers: including }) => including.length > 0 && including.length < tiers.length)
