import Stripe from 'stripe'

/**
 * Stripe products and prices for our tiers and add-ons, created on demand and idempotently.
 *
 * Identity comes from the platform and tier/add-on codes (unique per platform, the same in every environment), not
 * from database ids, which a re-seeded database reuses for other tiers while the Stripe test account keeps its objects.
 * A price carries a lookup_key naming its product, interval, currency and amount, so:
 * - running twice (or in two workers at once) finds or creates the same price: lookup first, and the create carries an
 *   idempotency key derived from the same parts;
 * - a changed amount gets a new price, and the old one stays for the subscriptions that use it (Stripe prices are
 *   immutable).
 * An amount of 0 has no Stripe price (a free or "on request" tier): the id stays null.
 */

export type BillingInterval = 'month' | 'year'

export type PriceTarget = {
  /** Our stable product key, e.g. `tier-oms-professional`; becomes the Stripe product id `lsp-<key>`. */
  productKey: string
  productName: string
  /** Integer cents. */
  amount: number
  /** null: a one-time price. */
  interval: BillingInterval | null
  currency?: string
  /** The price id stored today, kept when it still matches. */
  currentPriceId?: string | null
  metadata?: Record<string, string>
}

const PREFIX = 'lsp'

export const stripeProductId = (productKey: string): string => `${PREFIX}-${productKey}`

export const priceLookupKey = ({ productKey, amount, interval, currency = 'eur' }: PriceTarget): string =>
  `${PREFIX}-${productKey}-${interval ?? 'once'}-${currency}-${amount}`

const matches = (price: Stripe.Price, target: PriceTarget): boolean =>
  price.active &&
  price.unit_amount === target.amount &&
  price.currency === (target.currency ?? 'eur') &&
  (price.recurring?.interval ?? null) === target.interval &&
  (price.recurring?.interval_count ?? 1) === 1

async function ensureProduct(stripe: Stripe, target: PriceTarget): Promise<string> {
  const id = stripeProductId(target.productKey)
  try {
    return (await stripe.products.retrieve(id)).id
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404)) throw error
  }
  try {
    const product = await stripe.products.create(
      { id, name: target.productName, metadata: target.metadata ?? {} },
      { idempotencyKey: `stripe-product:${id}` },
    )
    return product.id
  } catch (error) {
    // Another worker created it between our retrieve and create, or it was created under another name within the day.
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_already_exists') return id
    if (error instanceof Stripe.errors.StripeIdempotencyError) return (await stripe.products.retrieve(id)).id
    throw error
  }
}

/** The id of a Stripe price for `target`: the current one when it still matches, else found by lookup key or created. */
export async function ensureStripePrice(stripe: Stripe, target: PriceTarget): Promise<string | null> {
  if (!Number.isInteger(target.amount) || target.amount < 0)
    throw new Error(`A price must be whole cents, got ${target.amount} for ${target.productKey}.`)
  if (target.amount === 0) return null
  if (target.currentPriceId) {
    const current = await stripe.prices.retrieve(target.currentPriceId).catch((error) => {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null
      throw error
    })
    if (current && matches(current, target)) return current.id
  }
  const lookupKey = priceLookupKey(target)
  const found = (await stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 })).data[0]
  if (found && matches(found, target)) return found.id
  const product = await ensureProduct(stripe, target)
  const price = await stripe.prices.create(
    {
      product,
      currency: target.currency ?? 'eur',
      unit_amount: target.amount,
      ...(target.interval ? { recurring: { interval: target.interval } } : {}),
      lookup_key: lookupKey,
      // A lookup key held by an archived price with the same amount moves to the new one.
      transfer_lookup_key: true,
      metadata: target.metadata ?? {},
    },
    { idempotencyKey: `stripe-price:${lookupKey}` },
  )
  return price.id
}

export type TierPrices = {
  platformCode: string
  code: string
  name: string
  priceMonthly?: number | null
  priceAnnual?: number | null
  stripePriceMonthly?: string | null
  stripePriceAnnual?: string | null
}

/** The Stripe price ids a tier should store (unchanged ones come back as they were). */
export async function syncTierPrices(
  stripe: Stripe,
  tier: TierPrices,
): Promise<{ stripePriceMonthly: string | null; stripePriceAnnual: string | null }> {
  const base = {
    productKey: `tier-${tier.platformCode}-${tier.code}`,
    productName: tier.name,
    metadata: { platform: tier.platformCode, tier: tier.code },
  }
  return {
    stripePriceMonthly: await ensureStripePrice(stripe, {
      ...base,
      amount: tier.priceMonthly ?? 0,
      interval: 'month',
      currentPriceId: tier.stripePriceMonthly,
    }),
    stripePriceAnnual: await ensureStripePrice(stripe, {
      ...base,
      amount: tier.priceAnnual ?? 0,
      interval: 'year',
      currentPriceId: tier.stripePriceAnnual,
    }),
  }
}

export type AddOnPrice = {
  platformCode: string
  code: string
  name: string
  price?: number | null
  interval: 'month' | 'year' | 'once'
  stripePrice?: string | null
}

export async function syncAddOnPrice(stripe: Stripe, addOn: AddOnPrice): Promise<{ stripePrice: string | null }> {
  return {
    stripePrice: await ensureStripePrice(stripe, {
      productKey: `addon-${addOn.platformCode}-${addOn.code}`,
      productName: addOn.name,
      amount: addOn.price ?? 0,
      interval: addOn.interval === 'once' ? null : addOn.interval,
      currentPriceId: addOn.stripePrice,
      metadata: { platform: addOn.platformCode, addOn: addOn.code },
    }),
  }
}
