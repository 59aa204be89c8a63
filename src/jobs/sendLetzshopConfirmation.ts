import type { TaskConfig } from 'payload'

import { sendLetzshopConfirmation } from '@/services/letzshop/sync/confirmations'

/**
 * Sends an order's confirmations, declines and tracking number to Letzshop (sendLetzshopConfirmation). While
 * Letzshop fails the job fails and is retried with exponential backoff: 1 min, 2 min, … about 17 hours over 10 retries.
 */
export const sendLetzshopConfirmationTask: TaskConfig<'sendLetzshopConfirmation'> = {
  slug: 'sendLetzshopConfirmation',
  label: 'Send Letzshop confirmation',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'order', type: 'number', required: true }],
  outputSchema: [
    { name: 'units', type: 'number', required: true },
    { name: 'tracking', type: 'checkbox', required: true },
  ],
  handler: async ({ input, req }) => ({ output: await sendLetzshopConfirmation(req.payload, input.order) }),
}
