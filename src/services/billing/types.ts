import type { Platform, Vendor } from '@/payload-types'
import type { VendorPlan } from '@/services/subscriptions/vendorPlan'

/** The vendor, platform and plan a billing action is about (the endpoints' billingContext). */
export type BillingTarget = { vendor: Vendor; platform: Platform; plan: VendorPlan }

export type BillingPeriod = 'monthly' | 'annual'
