import type { CollectionSlug } from 'payload'

import type { Message } from '@/i18n/t'
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
  /** The refusal, in src/i18n/messages: what was reached, the plan's number, what the vendor can do about it. */
  message: Message
}
