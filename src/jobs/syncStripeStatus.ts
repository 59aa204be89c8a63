import type { TaskConfig } from 'payload'

import { syncStripeStatus } from '@/services/billing/stripeStatusSync'

import { runScheduled, scheduledTaskInput } from './scheduledInput'

/**
 * Reconciles every Stripe-billed subscription with Stripe's list of subscriptions, page by page, fixing and logging
 * drift (syncStripeStatus). Stripe unreachable: the task fails with nothing changed and is retried with exponential
 * backoff, 5 min, 10 min, … about 2.6 hours over 5 retries.
 */
export const syncStripeStatusTask: TaskConfig<'syncStripeStatus'> = {
  slug: 'syncStripeStatus',
  label: 'Sync Stripe status',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 300_000 } },
  inputSchema: scheduledTaskInput,
  outputSchema: [
    { name: 'listed', type: 'number', required: true },
    { name: 'pages', type: 'number', required: true },
    { name: 'ours', type: 'number', required: true },
    { name: 'fixed', type: 'number', required: true },
    { name: 'missingAtStripe', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await runScheduled(req.payload, 'syncStripeStatus', input, (now) => syncStripeStatus(req, now)),
  }),
}
