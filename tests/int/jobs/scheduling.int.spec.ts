/**
 * The queue's guarantees for several workers (src/plugins/jobQueue.ts): a schedule slot queues one job whoever asks
 * and however often; slots missed while no worker ran are caught up once; a job is claimed by one worker only; a job
 * left `processing` by a dead worker runs again after its time-out; crons come from the config or the environment.
 * The clock is injected (queueDueScheduledJobs' `now`, the tasks' `input.now`).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { JOB_SCHEDULES, JOB_TIMEOUTS } from '@/jobs/schedules'
import * as tables from '@/services/db/tables'
import { latestSlot, queueDueScheduledJobs, resolveSchedules, scheduleStatuses } from '@/services/jobs/schedules'
import { jobAttempts, requeueStuckJobsSql } from '@/services/jobs/stuckJobs'

import { queuedJobs, rawDb } from '../../helpers/jobRuns'
import { testPayload } from '../../helpers/payload'

let payload: Payload
const db = () => rawDb(payload)

const hourly = [{ task: 'cleanupStale' as const, cron: '20 * * * *', env: 'X', fromEnv: false }]

async function clearQueue() {
  await db().execute(sql`DELETE FROM ${tables.payloadJobs}`)
  await db().execute(sql`DELETE FROM ${tables.jobScheduleSlots}`)
  // The cleanupStale runs here test the queue, not Stripe (not configured in this file): expired signups other files
  // left with a Stripe customer would make them fail (subscription-tasks tests that part with the stand-in).
  const sessions = tables.signupSessions
  await db().execute(
    sql`DELETE FROM ${sessions} WHERE ${sessions.expires_at} < now() AND ${sessions.completed_vendor_id} IS NULL`,
  )
}

beforeAll(async () => {
  payload = await testPayload()
})

beforeEach(clearQueue)

afterAll(async () => {
  await clearQueue()
})

describe('schedules', () => {
  it('reads each cron from the config, or from its environment variable, and refuses a malformed one', () => {
    const defaults = resolveSchedules(JOB_SCHEDULES, {})
    expect(defaults.map((s) => s.task).sort()).toEqual(
      [
        'captureCapacitySnapshot',
        'checkTrialExpirations',
        'cleanupStale',
        'resetPeriodCounters',
        'syncStripeStatus',
        'syncLetzshopOrders',
      ].sort(),
    )
    const overridden = resolveSchedules(JOB_SCHEDULES, { JOBS_CRON_SYNC_STRIPE_STATUS: '0 5 * * 1' })
    expect(overridden.find((s) => s.task === 'syncStripeStatus')).toMatchObject({ cron: '0 5 * * 1', fromEnv: true })
    expect(() => resolveSchedules(JOB_SCHEDULES, { JOBS_CRON_CLEANUP_STALE: 'every hour' })).toThrow(
      /JOBS_CRON_CLEANUP_STALE is not a valid cron expression/,
    )
  })

  it('queues one job per slot however many workers ask at the same moment', async () => {
    const now = new Date('2026-12-07T10:25:00Z')
    const results = await Promise.all(Array.from({ length: 5 }, () => queueDueScheduledJobs(payload, hourly, now)))
    expect(results.flat()).toHaveLength(1)
    expect(results.flat()[0]).toMatchObject({ task: 'cleanupStale', slot: '2026-12-07T10:20:00.000Z' })
    const jobs = await queuedJobs(payload, 'cleanupStale')
    expect(jobs).toHaveLength(1)
    expect(jobs[0].input).toMatchObject({ slot: '2026-12-07T10:20:00.000Z' })
    // Asked again within the same slot (the next worker tick): nothing more.
    expect(await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T11:19:59Z'))).toEqual([])
    expect(await queuedJobs(payload, 'cleanupStale')).toHaveLength(1)
  })

  it('catches up the slots missed while no worker ran with ONE job, then follows the cron', async () => {
    await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T02:30:00Z'))
    await db().execute(sql`DELETE FROM ${tables.payloadJobs}`)
    // No worker from 02:30 to 09:05: slots 03:20 … 08:20 missed.
    const caughtUp = await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T09:05:00Z'))
    expect(caughtUp).toEqual([expect.objectContaining({ slot: '2026-12-07T08:20:00.000Z' })])
    expect(await queuedJobs(payload, 'cleanupStale')).toHaveLength(1)
    expect(await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T09:19:00Z'))).toEqual([])
    expect(await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T09:20:00Z'))).toHaveLength(1)
  })

  it("shows each schedule's next run and its latest run for the admin", async () => {
    const now = new Date('2026-12-07T10:25:00Z')
    const [queued] = await queueDueScheduledJobs(payload, hourly, now)
    await payload.jobs.run({ where: { id: { equals: queued.jobId } }, silent: true })
    const [status] = await scheduleStatuses(payload, hourly, now)
    expect(status).toMatchObject({
      task: 'cleanupStale',
      nextRun: '2026-12-07T11:20:00.000Z',
      lastSlot: '2026-12-07T10:20:00.000Z',
      lastError: null,
      attempts: 1,
    })
    expect(status.lastFinishedAt).not.toBeNull()
  })

  it("runs through Payload's handleSchedules, which the worker bin and the dev server's autoRun call each tick", async () => {
    expect(payload.config.jobs.scheduling).toBe(true) // autoRun calls handleSchedules only then
    await payload.jobs.handleSchedules()
    await payload.jobs.handleSchedules()
    const slots = await db().execute(
      sql`SELECT ${tables.jobScheduleSlots.task_slug} AS task FROM ${tables.jobScheduleSlots}`,
    )
    expect(slots.rows.map((row) => row.task).sort()).toEqual(
      resolveSchedules(JOB_SCHEDULES)
        .map((s) => s.task)
        .sort(),
    )
    for (const { task } of resolveSchedules(JOB_SCHEDULES)) expect(await queuedJobs(payload, task)).toHaveLength(1)
  })

  it('latestSlot includes a slot at exactly now', () => {
    expect(latestSlot('0 3 * * *', new Date('2026-12-07T03:00:00Z'))?.toISOString()).toBe('2026-12-07T03:00:00.000Z')
  })
})

describe('claiming jobs', () => {
  it('runs a job once when two workers run the queue at the same moment', async () => {
    const [queued] = await queueDueScheduledJobs(payload, hourly, new Date('2026-12-07T10:25:00Z'))
    const runs = await Promise.all([
      payload.jobs.run({ limit: 10, silent: true }),
      payload.jobs.run({ limit: 10, silent: true }),
      payload.jobs.run({ limit: 10, silent: true }),
    ])
    const ran = runs.filter((run) => run.jobStatus?.[queued.jobId]).length
    expect(ran).toBe(1)
    // The slot row counts the runs the task started.
    const slot = await db().execute(
      sql`SELECT ${tables.jobScheduleSlots.attempts} AS attempts FROM ${tables.jobScheduleSlots}`,
    )
    expect(slot.rows[0].attempts).toBe(1)
  })

  it('runs again a job left processing by a dead worker once its time-out has passed, not before', async () => {
    const job = await payload.jobs.queue({ task: 'cleanupStale', input: {} })
    const jobs = tables.payloadJobs
    // A worker took it 5 minutes ago and died.
    await db().execute(
      sql`UPDATE ${jobs} SET ${jobs.processing} = true, ${jobs.updated_at} = now() - interval '5 minutes' WHERE ${jobs.id} = ${job.id}`,
    )
    const early = await payload.jobs.run({ limit: 10, silent: true })
    expect(early.jobStatus?.[job.id]).toBeUndefined()
    await db().execute(
      sql`UPDATE ${jobs} SET ${jobs.updated_at} = now() - interval '11 minutes' WHERE ${jobs.id} = ${job.id}`,
    )
    const later = await payload.jobs.run({ limit: 10, silent: true })
    expect(later.jobStatus?.[job.id]?.status).toBe('success')
  })

  it('a requeue counts as a try, and a job that used its retries stops', async () => {
    const job = await payload.jobs.queue({ task: 'cleanupStale', input: {} })
    const jobs = tables.payloadJobs
    await db().execute(
      sql`UPDATE ${jobs} SET ${jobs.processing} = true, ${jobs.total_tried} = 5, ${jobs.updated_at} = now() - interval '1 hour' WHERE ${jobs.id} = ${job.id}`,
    )
    const attempts = jobAttempts(payload.config.jobs.tasks ?? [])
    const requeued = await db().execute(requeueStuckJobsSql(new Date(), JOB_TIMEOUTS, attempts))
    expect(requeued.rows).toEqual([{ id: job.id, taskSlug: 'cleanupStale', totalTried: 6, hasError: true }])
    const row = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(row).toMatchObject({ processing: false, hasError: true })
    expect(JSON.stringify(row.error)).toMatch(/Requeued/)
  })
})
