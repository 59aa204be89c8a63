/** The collections whose rows carry Stripe prices, and which amount field each price id belongs to. */
export const STRIPE_PRICE_FIELDS = {
  'subscription-tiers': { priceMonthly: 'stripePriceMonthly', priceAnnual: 'stripePriceAnnual' },
  'add-ons': { price: 'stripePrice' },
} as const

export type StripePricedCollection = keyof typeof STRIPE_PRICE_FIELDS

export const STRIPE_PRICED_COLLECTIONS = Object.keys(STRIPE_PRICE_FIELDS) as StripePricedCollection[]

/** Context flag of the job's own write-back, so the write does not queue the job again. */
export const STRIPE_PRICE_SYNC_CONTEXT = 'stripePriceSync'

/** True when a non-zero amount has no Stripe price id beside it. */
export function missingStripePrice(pairs: Record<string, string>, row: Record<string, unknown>): boolean {
  return Object.entries(pairs).some(([amountField, priceField]) => {
    const amount = row[amountField]
    return typeof amount === 'number' && amount > 0 && !row[priceField]
  })
}
