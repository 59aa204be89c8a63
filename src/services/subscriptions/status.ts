import { vendorSubscriptions } from '../db/tables'

export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'canceled', 'expired'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/** Statuses in which a vendor's data is read-only: it may look, not create. */
export const READ_ONLY_STATUSES: SubscriptionStatus[] = ['canceled', 'expired']

/** The same list as a SQL value list, for statements that test a status: `('canceled','expired')`. */
export const READ_ONLY_STATUSES_SQL = `('${READ_ONLY_STATUSES.join("','")}')`

/**
 * The read-only rule for one subscription row: canceled or expired, or past due beyond the platform's grace period
 * (`dunningReadOnly`, set by the dunningReminders job and cleared as soon as a subscription invoice is paid).
 */
export const isReadOnlySubscription = (subscription: {
  status: SubscriptionStatus
  dunningReadOnly?: boolean | null
}): boolean => READ_ONLY_STATUSES.includes(subscription.status) || subscription.dunningReadOnly === true

/** The same rule as a SQL condition over a `vendor_subscriptions` alias, for statements that test it. */
export const readOnlySubscriptionSql = (alias: string): string =>
  `(${alias}.${vendorSubscriptions.status} IN ${READ_ONLY_STATUSES_SQL} OR ${alias}.${vendorSubscriptions.dunning_read_only} IS TRUE)`

export const TRIAL_DAYS = 30
