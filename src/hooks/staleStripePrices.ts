import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A Stripe price is immutable: when an amount changes, the Stripe price id stored beside it no longer matches.
 * Clearing it makes the next sync (`syncTierPrices` / `syncAddOnPrice`, idempotent by amount) create the new price,
 * while existing subscriptions keep the old one in Stripe. A new id sent in the same write is kept.
 */
export const staleStripePrices =
  (pairs: Record<string, string>): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation }) => {
    if (operation !== 'update' || !originalDoc) return data
    for (const [amountField, priceField] of Object.entries(pairs)) {
      const amountChanged = data[amountField] !== undefined && data[amountField] !== originalDoc[amountField]
      const priceKept = data[priceField] === undefined || data[priceField] === originalDoc[priceField]
      if (amountChanged && priceKept) data[priceField] = null
    }
    return data
  }
