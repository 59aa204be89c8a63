import type { Config, Plugin, TaskType } from 'payload'

import { atomicJobClaims } from '@/services/jobs/claimJobs'
import { queueDueScheduledJobs, resolveSchedules, type ScheduleEntry } from '@/services/jobs/schedules'
import { jobAttempts, type JobTimeouts } from '@/services/jobs/stuckJobs'

export type JobQueueOptions = {
  schedules: Partial<Record<TaskType, ScheduleEntry>>
  timeouts: JobTimeouts
}

/**
 * What Payload 3.90's queue lacks for several workers, added where every worker passes, whoever started it
 * (`npm run jobs`: Payload's `jobs:run --handle-schedules` bin; `npm run dev`: `jobs.autoRun` in the server):
 * - `payload.db.updateJobs` claims jobs atomically and first requeues jobs abandoned by a dead worker
 *   (src/services/jobs/claimJobs.ts);
 * - `payload.jobs.handleSchedules`, called by both before each run, first queues each schedule's due slot once
 *   across all workers (src/services/jobs/schedules.ts). Payload's own `schedule` on tasks is not used: it keeps the
 *   last run in a global written without a lock (two workers queue twice) and skips while a job is stuck.
 * The schedules are resolved (environment overrides, cron checked) when Payload starts: a bad cron stops the start.
 */
export const jobQueue =
  (options: JobQueueOptions): Plugin =>
  (config: Config): Config => {
    const schedules = resolveSchedules(options.schedules)
    return {
      ...config,
      // autoRun calls handleSchedules only when the (sanitized) config says it schedules; sanitize keeps the flag.
      jobs: { ...config.jobs, scheduling: true } as Config['jobs'],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        payload.db.updateJobs = atomicJobClaims(payload, {
          timeouts: options.timeouts,
          attempts: jobAttempts(payload.config.jobs.tasks ?? []),
        })
        const payloadSchedules = payload.jobs.handleSchedules
        payload.jobs.handleSchedules = async (args) => {
          await queueDueScheduledJobs(payload, schedules)
          return payloadSchedules(args)
        }
      },
    }
  }
