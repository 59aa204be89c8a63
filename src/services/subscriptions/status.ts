export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'canceled', 'expired'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/** Statuses in which a vendor's data is read-only: it may look, not create. */
export const READ_ONLY_STATUSES: SubscriptionStatus[] = ['canceled', 'expired']

/** The same list as a SQL value list, for statements that test a status: `('canceled','expired')`. */
export const READ_ONLY_STATUSES_SQL = `('${READ_ONLY_STATUSES.join("','")}')`

export const TRIAL_DAYS = 30
