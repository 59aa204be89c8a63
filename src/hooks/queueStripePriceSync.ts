import type { CollectionAfterChangeHook } from 'payload'

import {
  missingStripePrice,
  STRIPE_PRICE_SYNC_CONTEXT,
  type StripePricedCollection,
} from '@/services/stripe/priceSyncTarget'

/**
 * After a tier or add-on is saved with a non-zero amount but no Stripe price id (new, or cleared by
 * `staleStripePrices` because the amount changed), queues the `syncStripePrices` job in the write's own transaction:
 * a rolled-back save queues nothing. A job for the row still waiting its turn covers this save too (it reads the row
 * when it runs); one already running does not, so another is queued. Without STRIPE_SECRET_KEY nothing is queued
 * (tests, Stripe-less development); signup completion still syncs a tier lazily once Stripe is configured.
 */
export const queueStripePriceSync =
  (collection: StripePricedCollection, pairs: Record<string, string>): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (context[STRIPE_PRICE_SYNC_CONTEXT]) return doc
    if (!process.env.STRIPE_SECRET_KEY?.trim()) return doc
    if (!missingStripePrice(pairs, doc)) return doc
    const input = { collection, id: String(doc.id) }
    const waiting = await req.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'syncStripePrices' } },
          { 'input.collection': { equals: input.collection } },
          { 'input.id': { equals: input.id } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { processing: { not_equals: true } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (waiting.totalDocs === 0) await req.payload.jobs.queue({ task: 'syncStripePrices', input, req })
    return doc
  }
