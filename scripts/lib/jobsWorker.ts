/**
 * The production jobs worker (`npm run jobs`): Payload's `jobs:run` bin, every second, up to 100 due jobs per tick in
 * parallel (its default is 10 per tick), schedules included. A tick still running makes the next one skip (croner's
 * `protect`). Every second rather than every minute: a Stripe event or a mail waits at most about a second for a
 * worker, and a burst of events drains at the queue's speed instead of 10 a minute (bench/webhooks measures it).
 */
export const JOBS_WORKER_ARGS = [
  'jobs:run',
  '--cron',
  '* * * * * *',
  '--queue',
  'default',
  '--limit',
  '100',
  '--handle-schedules',
]
