export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'canceled', 'expired'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/** Statuses in which a vendor's data is read-only: it may look, not create. */
export const READ_ONLY_STATUSES: SubscriptionStatus[] = ['canceled', 'expired']

export const TRIAL_DAYS = 30
