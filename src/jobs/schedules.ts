import type { TaskType } from 'payload'

import type { ScheduleEntry } from '@/services/jobs/schedules'
import type { JobTimeouts } from '@/services/jobs/stuckJobs'

/**
 * When each scheduled task runs: a cron expression (five fields, UTC) and the environment variable that replaces
 * it (README, Environment; docs/operations-and-jobs.md). A new schedule is one entry here. Workers queue each slot's
 * job once (src/services/jobs/schedules.ts, queueDueScheduledJobs).
 */
export const JOB_SCHEDULES: Partial<Record<TaskType, ScheduleEntry>> = {
  // Hourly: a period ends at its own anchor time, and its orders are refused at the limit until it rolls.
  resetPeriodCounters: { cron: '5 * * * *', env: 'JOBS_CRON_RESET_PERIOD_COUNTERS' },
  checkTrialExpirations: { cron: '10 * * * *', env: 'JOBS_CRON_CHECK_TRIAL_EXPIRATIONS' },
  syncStripeStatus: { cron: '30 3 * * *', env: 'JOBS_CRON_SYNC_STRIPE_STATUS' },
  cleanupStale: { cron: '20 * * * *', env: 'JOBS_CRON_CLEANUP_STALE' },
  // Daily, after the night's period rolls and trial ends: the day's figures per platform.
  captureCapacitySnapshot: { cron: '15 3 * * *', env: 'JOBS_CRON_CAPTURE_CAPACITY_SNAPSHOT' },
  syncLetzshopOrders: { cron: '*/10 * * * *', env: 'JOBS_CRON_SYNC_LETZSHOP_ORDERS' },
}

/**
 * How long a job may stay `processing` without progress (its claim, then each task step writes the job) before it
 * counts as abandoned by a dead worker and is requeued. Longer than the task's longest honest run.
 */
export const JOB_TIMEOUTS: JobTimeouts = {
  defaultMinutes: 10,
  minutes: { syncStripeStatus: 30, syncStripePrices: 15 },
}
