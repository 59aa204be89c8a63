import type { CollectionSlug } from 'payload'

import type { LimitKey } from '@/services/tiers/limitKeys'

/**
 * How a collection's rows are counted against a limit:
 * - `rows`: the vendor's rows on the platform, counted under a per-vendor lock before the insert;
 * - `billingPeriod`: the subscription's period counter, checked and raised in one conditional UPDATE after the
 *   insert (orders: the hot path, and reset each billing period rather than counted);
 * - `pages`: vendor pages, where overriding a platform default and creating a custom page count differently;
 * - `team`: users of the vendor across all its platforms, under the most generous of its subscriptions.
 */
export type Counter = 'rows' | 'billingPeriod' | 'pages' | 'team'

export type LimitRule = {
  collection: CollectionSlug
  limit: LimitKey
  counter: Counter
  /** Singular noun starting the message: "Product" → "Product limit reached: …". */
  what: string
  /** Noun counted in the message when it differs from `what` in lower case. */
  noun?: string
  /** What the vendor can do about it. */
  advice: string
}
