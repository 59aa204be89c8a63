import type { TaskConfig } from 'payload'

import { runDunning } from '@/services/dunning/runDunning'

/**
 * The dunning reminders that are due, and read-only after the grace period (src/services/dunning). Runs hourly
 * while any subscription is in dunning: each run queues the next (ensureDunningRun, which explains why this is not a
 * Payload `schedule`). Input `now` (ISO date-time) sets the clock, for tests and for an operator catching up;
 * default the real time.
 */
export const dunningRemindersTask: TaskConfig<'dunningReminders'> = {
  slug: 'dunningReminders',
  label: 'Dunning reminders',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'remindersSent', type: 'number', required: true },
    { name: 'madeReadOnly', type: 'number', required: true },
    { name: 'stillInDunning', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    if (Number.isNaN(now.getTime())) throw new Error(`dunningReminders: input.now "${input.now}" is not a date-time.`)
    return { output: await runDunning(req.payload, now) }
  },
}
