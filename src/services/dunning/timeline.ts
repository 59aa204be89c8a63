/**
 * The dunning timeline, as pure functions of an episode's start and an injected clock. An episode starts when an
 * subscription invoice's payment fails while the subscription is not already in dunning; Stripe's own retries run the charges.
 */

/** A platform's default grace period (platforms.billing.graceDays). */
export const DEFAULT_GRACE_DAYS = 14

/** Reminder mails, in days after the episode's start: the first goes out with the failure itself. */
export const REMINDER_DAYS = [0, 3, 7] as const

const DAY_MS = 86_400_000

export const graceEnd = (since: Date, graceDays: number): Date => new Date(since.getTime() + graceDays * DAY_MS)

/** How many reminders are due by `now` (0 … REMINDER_DAYS.length). */
export function remindersDue(since: Date, now: Date): number {
  const elapsed = now.getTime() - since.getTime()
  return REMINDER_DAYS.filter((days) => elapsed >= days * DAY_MS).length
}

/** Whole days left until the grace period ends, rounded up; 0 once it has ended. */
export function graceDaysLeft(graceEndsAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((graceEndsAt.getTime() - now.getTime()) / DAY_MS))
}

/** The mailId of one reminder: one mail per episode and reminder number, whatever runs it how often. */
export const reminderMailId = (subscriptionId: number, since: Date, reminder: number): string =>
  `dunning:${subscriptionId}:${since.toISOString()}:${reminder}`
