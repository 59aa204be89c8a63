import type { TaskConfig } from 'payload'

import { resetEndedPeriods } from '@/services/subscriptions/periodReset'

import { runScheduled, scheduledTaskInput } from './scheduledInput'

/**
 * Starts the next billing period of every subscription whose period has ended, ordersThisPeriod back to 0, in one
 * statement (resetEndedPeriods); a Stripe-billed one takes Stripe's start, once, whichever of this job and the
 * webhook comes first. Scheduled (src/jobs/schedules.ts); retried with exponential backoff from 1 min.
 */
export const resetPeriodCountersTask: TaskConfig<'resetPeriodCounters'> = {
  slug: 'resetPeriodCounters',
  label: 'Reset period counters',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: scheduledTaskInput,
  outputSchema: [
    { name: 'rolled', type: 'number', required: true },
    { name: 'fromStripe', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await runScheduled(req.payload, 'resetPeriodCounters', input, (now) => resetEndedPeriods(req, now)),
  }),
}
