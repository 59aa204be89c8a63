/** The limits a pricing card and the comparison table put in words: all of a plan's limits. */
export type SiteLimit = 'ordersPerMonth' | 'products' | 'teamMembers' | 'cmsPages' | 'cmsCustomPages'

/**
 * Every visible string of the marketing sites. Each language file is typed with this, so a missing key or a
 * function with the wrong arguments fails `tsc`.
 */
export type SiteDictionary = {
  languageName: string
  nav: { main: string; footer: string; language: string; home: string; signIn: string }
  poweredBy: (platform: string) => string
  hero: {
    startTrial: string
    seePlans: string
    trialNote: string
    /** Which plans include a feature not every plan has, e.g. "Letzshop order sync: Professional, Business". */
    featureIn: (feature: string, plans: string) => string
  }
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
  /** `label` is the admin's name of the limit (the `usage…` messages), so pricing, dashboard and billing agree. */
  limits: Record<SiteLimit, { count: (n: string) => string; unlimited: string; label: string }>
  addOns: {
    heading: string
    intro: string
    interval: Record<'month' | 'year' | 'once', string>
  }
  comparison: {
    heading: string
    feature: string
    included: string
    notIncluded: string
    unlimited: string
    /** The scrolling table's accessible name. */
    region: string
    scrollHint: string
  }
  contact: {
    heading: string
    intro: string
    addressLabel: string
    name: string
    email: string
    message: string
    send: string
    sending: string
    sent: string
    failed: string
  }
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
  meta: {
    homeTitle: (platform: string, tagline: string) => string
    pageTitle: (page: string, platform: string) => string
  }
  signup: SignupDictionary
}

/** The signup wizard's strings (src/app/(frontend)/signup). */
export type SignupDictionary = {
  title: string
  progressLabel: string
  /** "Step 2 of 4". */
  stepOf: (step: number, total: number) => string
  stepNames: { plan: string; shop: string; account: string; card: string }
  back: string
  next: string
  working: string
  loading: string
  /** The button that asks again for a signup the server could not answer for (busy, unreachable). */
  retryLoading: string
  plan: {
    heading: string
    intro: string
    monthly: string
    annual: string
    tierLegend: string
    billingLegend: string
    trial: string
    perMonth: (price: string) => string
    perYear: (price: string) => string
  }
  shop: {
    heading: string
    intro: string
    searchLabel: string
    searchHint: string
    search: string
    results: (count: number) => string
    noResults: string
    claim: (name: string) => string
    claimed: string
    alreadyClaimed: string
    /** The link to the platform's contact address under a taken shop. */
    writeToUs: string
    urlLabel: string
    urlHint: string
    useUrl: string
    yours: (name: string) => string
    change: string
    skip: string
    searchTooShort: string
  }
  account: {
    heading: string
    intro: string
    email: string
    password: string
    passwordHint: string
    companyName: string
    country: string
    vatNumber: string
    vatHint: string
    optional: string
    errors: { emailRequired: string; emailInvalid: string; passwordLength: string; companyRequired: string }
  }
  card: {
    heading: string
    intro: (trialDays: number) => string
    cardLabel: string
    submit: string
    summary: (tier: string, price: string) => string
    /** The same step when the subscription starts without trial (the shop, VAT number or card had one). */
    introWithoutTrial: string
    submitWithoutTrial: string
    summaryWithoutTrial: (tier: string, price: string) => string
    declined: string
    invalid: string
    authentication: string
    failed: string
    unavailable: string
  }
  /** Once this tab's signup is complete: also after Back, a reload or the signup page opened again. */
  finished: { heading: string; intro: string; openAdmin: string; another: string }
  errorSummary: string
  genericError: string
  restart: string
  countries: Record<SignupCountry, string>
}

/** The countries the account step offers (Luxembourg first, then its neighbours and the rest of the EU). */
export const SIGNUP_COUNTRIES = [
  'LU',
  'BE',
  'DE',
  'FR',
  'NL',
  'AT',
  'IT',
  'ES',
  'PT',
  'IE',
  'DK',
  'SE',
  'FI',
  'PL',
  'CZ',
  'CH',
  'GB',
] as const
export type SignupCountry = (typeof SIGNUP_COUNTRIES)[number]
