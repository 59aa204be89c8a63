import type { CollectionAfterChangeHook } from 'payload'

import { missingStripePrice, STRIPE_PRICE_SYNC_CONTEXT, type StripePricedCollection } from '@/services/stripe/priceSyncTarget'

/**
 * After a tier or add-on is saved with a non-zero amount but no Stripe price id (new, or cleared by
 * `staleStripePrices` because the amount changed), queues the `syncStripePrices` job in the write's own transaction:
 * a rolled-back save queues nothing. Without STRIPE_SECRET_KEY nothing is queued (tests, Stripe-less development);
 * signup completion still syncs a tier lazily once Stripe is configured.
 */
export const queueStripePriceSync =
  (collection: StripePricedCollection, pairs: Record<string, string>): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (context[STRIPE_PRICE_SYNC_CONTEXT]) return doc
    if (!process.env.STRIPE_SECRET_KEY?.trim()) return doc
    if (!missingStripePrice(pairs, doc)) return doc
    await req.payload.jobs.queue({ task: 'syncStripePrices', input: { collection, id: String(doc.id) }, req })
    return doc
  }
