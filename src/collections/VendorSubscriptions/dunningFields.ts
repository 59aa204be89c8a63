import type { Field } from 'payload'

import { appOnlyField as appOnly } from '@/access/appOnlyField'

/**
 * The dunning episode of a subscription: it starts when an invoice payment fails while the subscription is not
 * in dunning yet (src/services/dunning), and ends when an invoice is paid or the subscription leaves past_due.
 * Written by the app only (processStripeEvent, dunningReminders).
 */
export const dunningFields: Field[] = [
  {
    name: 'dunningSince',
    type: 'date',
    access: appOnly,
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'dunningGraceEndsAt',
    type: 'date',
    access: appOnly,
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'dunningRemindersSent',
    type: 'number',
    defaultValue: 0,
    min: 0,
    access: appOnly,
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'dunningReadOnly',
    type: 'checkbox',
    defaultValue: false,
    access: appOnly,
    admin: { readOnly: true, position: 'sidebar' },
  },
]
