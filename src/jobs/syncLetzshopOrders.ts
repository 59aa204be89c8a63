import type { TaskConfig } from 'payload'

import { syncLetzshopOrders } from '@/services/letzshop/sync/syncAll'

import { runScheduled, scheduledTaskInput } from './scheduledInput'

/**
 * Imports each active Letzshop connection's new orders (syncLetzshopOrders): scheduled every 10 minutes, and queued
 * for one connection when its owner asks for a run now (`connection`). Failures within a run (Letzshop down, 429,
 * a refused key) are recorded on the run and do not fail the job; the job fails only when the server cannot sync at all.
 */
export const syncLetzshopOrdersTask: TaskConfig<'syncLetzshopOrders'> = {
  slug: 'syncLetzshopOrders',
  label: 'Sync Letzshop orders',
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [...scheduledTaskInput, { name: 'connection', type: 'number' }],
  outputSchema: [
    { name: 'connections', type: 'number', required: true },
    { name: 'ran', type: 'number', required: true },
    { name: 'imported', type: 'number', required: true },
    { name: 'heldByLimit', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await runScheduled(req.payload, 'syncLetzshopOrders', input, (now) =>
      syncLetzshopOrders(req.payload, { now, connectionId: input?.connection }),
    ),
  }),
}
