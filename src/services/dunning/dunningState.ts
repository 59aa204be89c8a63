import type { VendorSubscription } from '@/payload-types'

import { graceDaysLeft } from './timeline'

/** What the admin's banner shows while a payment is failing: null when the subscription is not in dunning. */
export type DunningState = {
  since: string
  graceEndsAt: string
  daysLeft: number
  readOnly: boolean
  remindersSent: number
}

export function dunningState(
  subscription: Pick<
    VendorSubscription,
    'dunningSince' | 'dunningGraceEndsAt' | 'dunningReadOnly' | 'dunningRemindersSent'
  > | null,
  now: Date,
): DunningState | null {
  if (!subscription?.dunningSince || !subscription.dunningGraceEndsAt) return null
  const graceEndsAt = new Date(subscription.dunningGraceEndsAt)
  return {
    since: new Date(subscription.dunningSince).toISOString(),
    graceEndsAt: graceEndsAt.toISOString(),
    // Read-only is set by the dunningReminders run: once it is, no day is left whatever the clock says.
    daysLeft: subscription.dunningReadOnly ? 0 : graceDaysLeft(graceEndsAt, now),
    readOnly: subscription.dunningReadOnly === true,
    remindersSent: subscription.dunningRemindersSent ?? 0,
  }
}
