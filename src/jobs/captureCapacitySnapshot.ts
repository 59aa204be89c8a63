import type { TaskConfig } from 'payload'

import { captureCapacitySnapshots } from '@/services/capacity/snapshots'

/**
 * Today's capacity snapshot of every platform (src/services/capacity/snapshots.ts), daily on its schedule
 * (./schedules.ts, JOBS_CRON_CAPTURE_CAPACITY_SNAPSHOT). Idempotent per day: a second run the same day updates each platform's row. Input `now`
 * (ISO date-time) sets the clock, for tests and for an operator catching up a day; default the real time.
 */
export const captureCapacitySnapshotTask: TaskConfig<'captureCapacitySnapshot'> = {
  slug: 'captureCapacitySnapshot',
  label: 'Capture capacity snapshots',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'date', type: 'text', required: true },
    { name: 'platforms', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    if (Number.isNaN(now.getTime())) {
      throw new Error(`captureCapacitySnapshot: input.now "${input.now}" is not a date-time.`)
    }
    const { date, platforms } = await captureCapacitySnapshots(req.payload, { now, req })
    return { output: { date, platforms: platforms.length } }
  },
}
