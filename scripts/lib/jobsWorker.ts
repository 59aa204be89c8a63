/**
 * The production jobs worker (`npm run jobs`, scripts/jobs.ts): every second, schedules handled and up to 100 due
 * jobs per tick run in parallel; a tick still running delays the next one. Every second rather than every minute: a
 * Stripe event or a mail waits at most about a second for a worker, and a burst drains at the queue's speed
 * (bench/webhooks measures it).
 *
 * It outlives the database: a tick that fails because the database is unreachable (a restart, an outage) is logged
 * once per outage and retried with a growing pause (1 s up to 10 s), and the pool's errors never end the process.
 * On SIGTERM or SIGINT it takes no new job, lets the running ones finish for up to the grace period
 * (JOBS_STOP_GRACE_SECONDS), then releases those still running (back to the queue, not counted as a try) and exits 0.
 * Jobs this worker holds that Payload could not release (the database went away under them) are released once the
 * database is back (a dropped connection never ends it: src/plugins/databaseFaults.ts). Exit 1 only for what a supervisor must see: the start failed, or an error that is not the
 * database's escaped every handler.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isDatabaseUnavailable } from '../../src/services/db/outage'
import * as tables from '../../src/services/db/tables'
import { isClaim } from '../../src/services/jobs/claimJobs'

export const JOBS_WORKER_SCRIPT = 'scripts/jobs.ts'

export type JobsWorkerOptions = {
  queue: string
  limit: number
  intervalMs: number
  stopGraceMs: number
  log: (level: 'info' | 'warn' | 'error', message: string, error?: unknown) => void
}

export const jobsWorkerOptions = (env: NodeJS.ProcessEnv, log: JobsWorkerOptions['log']): JobsWorkerOptions => {
  const grace = Number(env.JOBS_STOP_GRACE_SECONDS ?? 8)
  if (!Number.isFinite(grace) || grace < 0)
    throw new Error('JOBS_STOP_GRACE_SECONDS must be a number of seconds (0 or more).')
  return { queue: 'default', limit: 100, intervalMs: 1000, stopGraceMs: grace * 1000, log }
}

const jobs = tables.payloadJobs

/** The ids of the jobs this process claimed and Payload has not yet released, and of those whose task runs now. */
function trackHeldJobs(payload: Payload): { held: Set<number>; running: Set<number> } {
  const held = new Set<number>()
  const running = new Set<number>()
  const adapter = payload.db
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    const result = await updateJobs(args)
    if (isClaim(args.data)) for (const job of result ?? []) held.add(Number(job.id))
    else if (args.data?.processing === false) {
      const ids =
        args.id !== undefined && args.id !== null
          ? [args.id]
          : (((args.where?.id as { in?: unknown[] } | undefined)?.in as unknown[]) ?? [])
      for (const id of ids) held.delete(Number(id))
    }
    return result
  }
  for (const task of payload.config.jobs.tasks ?? []) {
    const handler = task.handler
    if (typeof handler !== 'function') continue
    task.handler = (async (args: Parameters<typeof handler>[0]) => {
      const id = Number(args.job.id)
      running.add(id)
      try {
        return await handler(args)
      } finally {
        running.delete(id)
      }
    }) as typeof handler
  }
  return { held, running }
}

/** Puts jobs back in the queue (still `processing`, never completed), not counted as a try. */
async function releaseJobs(payload: Payload, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const released = await db.execute(
    sql`UPDATE ${jobs} SET ${jobs.processing} = false, ${jobs.updated_at} = now()
        WHERE ${jobs.id} IN (SELECT unnest(${`{${ids.join(',')}}`}::integer[]))
          AND ${jobs.processing} IS TRUE AND ${jobs.completed_at} IS NULL RETURNING ${jobs.id}`,
  )
  return released.rows.length
}

/** Runs the queue until SIGTERM/SIGINT; resolves with the exit code. */
export async function runJobsWorker(payload: Payload, options: JobsWorkerOptions): Promise<number> {
  const { log } = options
  const { held, running } = trackHeldJobs(payload)
  let stopping = false
  let fatal: unknown = null
  let wake: () => void = () => undefined
  let outageSince: number | null = null
  let pauseMs = options.intervalMs

  // Payload's task error handling writes to the database without catching: while it is down that rejection escapes.
  const onStray = (error: unknown) => {
    if (isDatabaseUnavailable(error)) return
    fatal = error
    stopping = true
    wake()
  }
  process.on('unhandledRejection', onStray)
  process.on('uncaughtException', onStray)

  const releaseIdle = async () => {
    const idle = [...held].filter((id) => !running.has(id))
    const released = await releaseJobs(payload, idle)
    for (const id of idle) held.delete(id)
    if (released > 0) log('info', `released ${released} job(s) the database outage left processing`)
  }

  let forced: Promise<number> | null = null
  const stop = (signal: NodeJS.Signals) => {
    if (stopping && forced) return
    const first = !stopping
    stopping = true
    wake()
    log('info', `${signal}: taking no new job; ${running.size} running, waiting up to ${options.stopGraceMs / 1000} s`)
    forced = new Promise((resolve) => setTimeout(() => resolve(-1), first ? options.stopGraceMs : 0).unref())
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  let tick: Promise<void> = Promise.resolve()
  while (!stopping) {
    tick = (async () => {
      await payload.jobs.handleSchedules({ queue: options.queue })
      await payload.jobs.run({ queue: options.queue, limit: options.limit })
    })()
    try {
      await tick
      if (held.size > running.size) await releaseIdle()
      if (outageSince !== null) log('info', `database back after ${Math.round((Date.now() - outageSince) / 1000)} s`)
      outageSince = null
      pauseMs = options.intervalMs
    } catch (error) {
      if (!isDatabaseUnavailable(error)) log('error', 'a jobs tick failed', error)
      else {
        if (outageSince === null) log('warn', 'database unreachable: retrying until it is back', error)
        outageSince ??= Date.now()
        pauseMs = Math.min(pauseMs * 2, 10_000)
      }
    }
    if (stopping) break
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pauseMs)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }

  // Stopping: let the running tasks finish within the grace period, then hand back what is still held.
  const settled = tick.then(
    () => 0,
    () => 0,
  )
  const drained = async () => {
    await settled
    while (running.size > 0) await new Promise((resolve) => setTimeout(resolve, 100))
    return 0
  }
  const outcome = forced ? await Promise.race([drained(), forced]) : await drained()
  const release = [...held]
  try {
    const released = await releaseJobs(payload, release)
    if (released > 0 || outcome === -1) log('info', `released ${released} running job(s) back to the queue`)
  } catch (error) {
    log('warn', `could not release ${release.length} job(s); they are requeued after their time-out`, error)
  }
  process.off('unhandledRejection', onStray)
  process.off('uncaughtException', onStray)
  if (fatal) {
    log('error', 'stopping on an unexpected error', fatal)
    return 1
  }
  return 0
}
