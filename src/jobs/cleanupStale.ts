import type { TaskConfig } from 'payload'

import { cleanupStale } from '@/services/jobs/cleanupStale'
import { jobAttempts } from '@/services/jobs/stuckJobs'

import { runScheduled, scheduledTaskInput } from './scheduledInput'
import { JOB_TIMEOUTS } from './schedules'

/**
 * Clears what is left behind: expired signup sessions (their Letzshop shops released, their Stripe customers
 * deleted), processed Stripe events older than 90 days, jobs stuck `processing` past their time-out (requeued), old
 * schedule slots, orders' idempotency keys older than 24 h. Never touches invoices. Scheduled; retried with exponential backoff from 1 min.
 */
export const cleanupStaleTask: TaskConfig<'cleanupStale'> = {
  slug: 'cleanupStale',
  label: 'Clean up stale data',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: scheduledTaskInput,
  outputSchema: [
    { name: 'signupSessionsDeleted', type: 'number', required: true },
    { name: 'letzshopReservationsReleased', type: 'number', required: true },
    { name: 'stripeCustomersDeleted', type: 'number', required: true },
    { name: 'stripeEventsDeleted', type: 'number', required: true },
    { name: 'jobsRequeued', type: 'number', required: true },
    { name: 'scheduleSlotsDeleted', type: 'number', required: true },
    { name: 'orderIdempotencyKeysDeleted', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await runScheduled(req.payload, 'cleanupStale', input, (now) =>
      cleanupStale(req, now, { timeouts: JOB_TIMEOUTS, attempts: jobAttempts(req.payload.config.jobs.tasks ?? []) }),
    ),
  }),
}
