import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import * as tables from '../db/tables'
import { runSql } from '../transactions'

export type TaskQueueState = {
  task: string
  /** Due and waiting for a worker. */
  waiting: number
  /** Not due yet (`waitUntil` in the future: retries, scheduled runs). */
  scheduled: number
  running: number
  failed24h: number
  /** The last run Payload still records: finished jobs are deleted (deleteJobOnComplete), failed ones are kept. */
  lastRunAt: string | null
  lastRunState: 'succeeded' | 'failed' | null
}

export type JobQueueState = {
  backlog: number
  failed24h: number
  /** Since when the oldest due job waits, null when none does. */
  oldestWaitingSince: string | null
  oldestWaitingMinutes: number | null
  tasks: TaskQueueState[]
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** The queue per task slug (every task of the config, also those with no job), in two statements. */
export async function jobQueueState(req: PayloadRequest, now: Date): Promise<JobQueueState> {
  const jobs = tables.payloadJobs
  const log = tables.payloadJobsLog
  const slots = tables.jobScheduleSlots
  const at = now.toISOString()
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()
  const due = sql`NOT ${jobs.processing} AND NOT ${jobs.has_error} AND ${jobs.completed_at} IS NULL`
  const [counts, lastRuns, lastSlots] = await Promise.all([
    runSql(
      req,
      sql`SELECT ${jobs.task_slug}::text AS task,
        count(*) FILTER (WHERE ${due} AND (${jobs.wait_until} IS NULL OR ${jobs.wait_until} <= ${at}::timestamptz))::int AS waiting,
        count(*) FILTER (WHERE ${due} AND ${jobs.wait_until} > ${at}::timestamptz)::int AS scheduled,
        count(*) FILTER (WHERE ${jobs.processing})::int AS running,
        count(*) FILTER (WHERE ${jobs.has_error} AND ${jobs.updated_at} >= ${since}::timestamptz)::int AS failed,
        min(COALESCE(${jobs.wait_until}, ${jobs.created_at})) FILTER (
          WHERE ${due} AND (${jobs.wait_until} IS NULL OR ${jobs.wait_until} <= ${at}::timestamptz)) AS oldest
      FROM ${jobs} GROUP BY 1`,
    ),
    runSql(
      req,
      sql`SELECT DISTINCT ON (${log.task_slug}) ${log.task_slug}::text AS task, ${log.completed_at} AS at, ${log.state}::text AS state
      FROM ${log} ORDER BY ${log.task_slug}, ${log.completed_at} DESC`,
    ),
    // Scheduled runs are also recorded on their slot, which outlives the job Payload deletes when it completes.
    runSql(
      req,
      sql`SELECT DISTINCT ON (${slots.task_slug}) ${slots.task_slug} AS task,
        COALESCE(${slots.finished_at}, ${slots.started_at}) AS at,
        CASE WHEN ${slots.finished_at} IS NOT NULL THEN 'succeeded' ELSE 'failed' END AS state
      FROM ${slots} WHERE ${slots.finished_at} IS NOT NULL OR ${slots.error} IS NOT NULL
      ORDER BY ${slots.task_slug}, COALESCE(${slots.finished_at}, ${slots.started_at}) DESC`,
    ),
  ])
  type CountRow = {
    task: string | null
    waiting: number
    scheduled: number
    running: number
    failed: number
    oldest: unknown
  }
  const byTask = new Map((counts.rows as CountRow[]).map((row) => [row.task ?? 'workflow', row]))
  type RunRow = { task: string; at: unknown; state: string }
  const runs = new Map<string, RunRow>()
  for (const row of [...lastRuns.rows, ...lastSlots.rows] as RunRow[]) {
    const known = runs.get(row.task)
    if (!known || new Date(String(row.at)).getTime() > new Date(String(known.at)).getTime()) runs.set(row.task, row)
  }
  const slugs = [...new Set([...(req.payload.config.jobs.tasks ?? []).map((task) => task.slug), ...byTask.keys()])]
  const tasks = slugs.sort().map((task): TaskQueueState => {
    const row = byTask.get(task)
    const run = runs.get(task)
    return {
      task,
      waiting: row?.waiting ?? 0,
      scheduled: row?.scheduled ?? 0,
      running: row?.running ?? 0,
      failed24h: row?.failed ?? 0,
      lastRunAt: iso(run?.at),
      lastRunState: (run?.state as TaskQueueState['lastRunState']) ?? null,
    }
  })
  const oldest = (counts.rows as CountRow[])
    .map((row) => (row.oldest ? new Date(row.oldest as string).getTime() : Infinity))
    .reduce((min, value) => Math.min(min, value), Infinity)
  return {
    backlog: tasks.reduce((sum, task) => sum + task.waiting, 0),
    failed24h: tasks.reduce((sum, task) => sum + task.failed24h, 0),
    oldestWaitingSince: Number.isFinite(oldest) ? new Date(oldest).toISOString() : null,
    oldestWaitingMinutes: Number.isFinite(oldest) ? Math.max(0, Math.round((now.getTime() - oldest) / 60_000)) : null,
    tasks,
  }
}
