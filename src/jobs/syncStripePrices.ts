import type { TaskConfig } from 'payload'

import { relationId } from '@/utilities/roles'
import { stripeClient } from '@/services/stripe/client'
import { missingStripePrice, STRIPE_PRICE_FIELDS, STRIPE_PRICE_SYNC_CONTEXT, STRIPE_PRICED_COLLECTIONS } from '@/services/stripe/priceSyncTarget'
import { syncAddOnPrice, syncTierPrices } from '@/services/stripe/syncPrices'

/**
 * Gives one tier or add-on its Stripe product and prices (queued by queueStripePriceSync) and stores the price ids.
 * Idempotent: a row already carrying its ids is left alone, and the sync finds existing prices by lookup key.
 * Stripe down or not configured (503 naming the variable): retried with exponential backoff, 1 min, 2 min, 4 min, …
 * about 17 hours over 10 retries; then the job keeps `hasError` in payload-jobs for an operator to requeue.
 */
export const syncStripePricesTask: TaskConfig<'syncStripePrices'> = {
  slug: 'syncStripePrices',
  label: 'Sync Stripe prices',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [
    { name: 'collection', type: 'select', required: true, options: STRIPE_PRICED_COLLECTIONS },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'select', required: true, options: ['synced', 'unchanged', 'gone'] }],
  handler: async ({ input, req }) => {
    const { collection, id } = input
    const pairs: Record<string, string> = STRIPE_PRICE_FIELDS[collection]
    const read = async () =>
      (await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true, pagination: false, req })).docs[0] as
        | Record<string, any>
        | undefined
    const row = await read()
    if (!row) return { output: { status: 'gone' as const } }
    if (!missingStripePrice(pairs, row)) return { output: { status: 'unchanged' as const } }

    const platformId = relationId(row.platform)
    const platform = await req.payload.findByID({ collection: 'platforms', id: platformId!, depth: 0, overrideAccess: true, req })
    const stripe = stripeClient()
    const prices: Record<string, string | null> =
      collection === 'subscription-tiers'
        ? await syncTierPrices(stripe, { platformCode: platform.code, code: row.code, name: row.name, priceMonthly: row.priceMonthly, priceAnnual: row.priceAnnual, stripePriceMonthly: row.stripePriceMonthly, stripePriceAnnual: row.stripePriceAnnual })
        : await syncAddOnPrice(stripe, { platformCode: platform.code, code: row.code, name: row.name, price: row.price, interval: row.interval, stripePrice: row.stripePrice })

    // An amount edited while Stripe answered: that edit cleared the id and queued its own job, which stores its price.
    const now = await read()
    if (!now) return { output: { status: 'gone' as const } }
    const data: Record<string, string | null> = {}
    for (const [amountField, priceField] of Object.entries(pairs)) {
      if (now[amountField] === row[amountField] && now[priceField] !== prices[priceField]) data[priceField] = prices[priceField]
    }
    if (Object.keys(data).length === 0) return { output: { status: 'unchanged' as const } }
    // Only the ids are written (the amounts stay, so staleStripePrices keeps them), flagged so it queues nothing.
    await req.payload.update({ collection, id, data, depth: 0, overrideAccess: true, context: { [STRIPE_PRICE_SYNC_CONTEXT]: true }, req })
    return { output: { status: 'synced' as const } }
  },
}
