import type { CollectionSlug } from 'payload'

import type { Message } from '@/i18n/t'

import type { LimitKey } from './tiers/limitKeys'

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

/** Which collection counts against which limit of the vendor's plan (tier limits + add-on raises); the tierLimits plugin wires it. */
export const LIMIT_RULES: LimitRule[] = [
  { collection: 'products', limit: 'products', counter: 'rows', message: 'productLimitReached' },
  { collection: 'orders', limit: 'ordersPerMonth', counter: 'billingPeriod', message: 'orderLimitReached' },
  { collection: 'content-pages', limit: 'cmsPages', counter: 'pages', message: 'cmsPageLimitReached' },
  { collection: 'content-pages', limit: 'cmsCustomPages', counter: 'pages', message: 'customPageLimitReached' },
  { collection: 'users', limit: 'teamMembers', counter: 'team', message: 'teamMemberLimitReached' },
]
