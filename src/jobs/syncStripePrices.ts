import type { TaskConfig } from 'payload'

import { STRIPE_PRICED_COLLECTIONS } from '@/services/stripe/priceSyncTarget'
import { syncStoredStripePrices } from '@/services/stripe/syncStoredPrices'

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
  handler: async ({ input, req }) => ({
    output: await syncStoredStripePrices(req.payload, input.collection, input.id),
  }),
}
