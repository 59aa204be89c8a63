import type { Locale } from '@/services/locales'
import type { FeatureCode } from '@/services/tiers/featureCodes'
import type { LimitKey } from '@/services/tiers/limitKeys'
import type { HostedFeature } from '@/services/vendors/requestVendor'

export type Localized<T> = Record<Locale, T>

export type PageCopy = {
  slug: string
  title: Localized<string>
  body: Localized<string[]>
  metaDescription?: Localized<string>
  template?: 'default' | 'landing' | 'legal' | 'contact'
  showInHeader?: boolean
  showInFooter?: boolean
  sortOrder?: number
}

export type TierDefinition = {
  code: string
  name: Localized<string>
  description: Localized<string>
  priceMonthly: number
  priceAnnual: number
  limits: Record<LimitKey, number | null>
  features: FeatureCode[]
  sortOrder: number
}

export type AddOnDefinition = {
  code: string
  name: Localized<string>
  description: Localized<string>
  price: number
  interval: 'month' | 'year' | 'once'
  raises?: { limit: LimitKey; amount: number }
}

/** Everything one business offering brings: identity, branding, tiers and its seed pages. */
export type PlatformDefinition = {
  code: string
  name: string
  domains: string[]
  branding: { primaryColor: string; logoUrl?: string; tagline: Localized<string> }
  /**
   * The platform row's `config`: which features live on this platform (see requestVendor's HostedFeature), and
   * `contactEmail`, the address its contact page shows and its contact form mails.
   */
  config?: Partial<Record<HostedFeature, boolean>> & { contactEmail?: string }
  tiers: TierDefinition[]
  addOns: AddOnDefinition[]
  marketingPages: PageCopy[]
  vendorDefaultPages: PageCopy[]
}
