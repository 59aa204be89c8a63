/** The limits a pricing card and the comparison table put in words. */
export type SiteLimit = 'ordersPerMonth' | 'products' | 'teamMembers' | 'cmsPages'

/**
 * Every visible string of the marketing sites. Each language file is typed with this, so a missing key or a
 * function with the wrong arguments fails `tsc`.
 */
export type SiteDictionary = {
  languageName: string
  nav: { main: string; footer: string; language: string; home: string }
  poweredBy: (platform: string) => string
  hero: { startTrial: string; seePlans: string; trialNote: string }
  pricing: {
    heading: string
    intro: string
    billingLabel: string
    monthly: string
    annual: string
    perMonth: string
    perYear: string
    /** The monthly equivalent of an annual price, e.g. "€24.17 a month, billed yearly". */
    annualEquivalent: (perMonth: string) => string
    /** The saving against twelve monthly payments. */
    annualSaving: (amount: string, percent: number) => string
    saveUpTo: (percent: number) => string
    choose: (tier: string) => string
    includes: string
  }
  limits: Record<SiteLimit, { count: (n: string) => string; unlimited: string; label: string }>
  addOns: {
    heading: string
    intro: string
    raises: Record<SiteLimit | 'cmsCustomPages', (n: string) => string>
    interval: Record<'month' | 'year' | 'once', string>
  }
  comparison: { heading: string; feature: string; included: string; notIncluded: string; unlimited: string }
  features: Record<
    | 'cms_basic'
    | 'cms_custom_pages'
    | 'cms_templates'
    | 'cms_seo'
    | 'cms_unlimited_pages'
    | 'invoicing'
    | 'letzshop_sync'
    | 'api_access'
    | 'loyalty_points'
    | 'loyalty_rewards'
    | 'loyalty_campaigns',
    string
  >
  meta: { homeTitle: (platform: string, tagline: string) => string; pageTitle: (page: string, platform: string) => string }
}
