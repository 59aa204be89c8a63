import type { TaskConfig } from 'payload'

import { processStripeEvent } from '@/services/stripe/webhooks/processEvent'

/**
 * Processes one stored Stripe webhook event (queued by POST /api/stripe/webhook in the same transaction as the
 * event row). A failure (Stripe or the database unavailable) is retried with exponential backoff: 10 s, 20 s, 40 s,
 * … about 2.8 hours over 10 retries; after that the job keeps `hasError` and the event its `error`, for an operator
 * to requeue. Running it again for a processed event does nothing.
 */
export const processStripeEventTask: TaskConfig<'processStripeEvent'> = {
  slug: 'processStripeEvent',
  label: 'Process Stripe event',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [{ name: 'eventId', type: 'text', required: true }],
  outputSchema: [
    { name: 'status', type: 'select', required: true, options: ['processed', 'already-processed', 'missing'] },
    { name: 'outcome', type: 'text' },
  ],
  handler: async ({ input, req }) => ({ output: await processStripeEvent(req.payload, input.eventId) }),
}
