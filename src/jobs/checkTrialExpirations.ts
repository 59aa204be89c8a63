import type { TaskConfig } from 'payload'

import { checkTrialExpirations } from '@/services/subscriptions/trialExpirations'

import { runScheduled, scheduledTaskInput } from './scheduledInput'

/**
 * Reminds owners 3 days before their trial ends (once per trial, in their language) and ends the trials Stripe does
 * not hold: `active` with a card, `expired` (read-only) without (checkTrialExpirations). Scheduled; retried with
 * exponential backoff from 1 min.
 */
export const checkTrialExpirationsTask: TaskConfig<'checkTrialExpirations'> = {
  slug: 'checkTrialExpirations',
  label: 'Check trial expirations',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: scheduledTaskInput,
  outputSchema: [
    { name: 'remindersQueued', type: 'number', required: true },
    { name: 'activated', type: 'number', required: true },
    { name: 'expired', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await runScheduled(req.payload, 'checkTrialExpirations', input, (now) => checkTrialExpirations(req, now)),
  }),
}
