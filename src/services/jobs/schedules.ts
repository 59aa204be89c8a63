import { sql } from '@payloadcms/db-postgres'
import { Cron } from 'croner'
import { createLocalReq, type Payload, type PayloadRequest, type TaskType } from 'payload'

import * as tables from '../db/tables'
import { inTransaction, runSql } from '../transactions'

/** A task's schedule as configured: a cron expression (UTC, five fields) the environment variable `env` may replace. */
export type ScheduleEntry = { cron: string; env: string }

/** A schedule in force: the task, its cron and where that cron came from. */
export type JobSchedule = { task: TaskType; cron: string; env: string; fromEnv: boolean }

const slots = tables.jobScheduleSlots

const cronOf = (expression: string) => new Cron(expression, { timezone: 'UTC', paused: true })

/**
 * The schedules in force: each entry's cron, or the value of its environment variable when set. A malformed cron
 * stops the start with a sentence naming the variable (a schedule silently never running is worse).
 */
export function resolveSchedules(
  table: Partial<Record<TaskType, ScheduleEntry>>,
  env: Record<string, string | undefined> = process.env,
): JobSchedule[] {
  return (Object.entries(table) as [TaskType, ScheduleEntry][]).map(([task, entry]) => {
    const override = env[entry.env]?.trim()
    const cron = override || entry.cron
    try {
      cronOf(cron)
    } catch (error) {
      throw new Error(
        `${override ? entry.env : `The schedule of ${task}`} is not a valid cron expression ("${cron}"): ${(error as Error).message}`,
      )
    }
    return { task, cron, env: entry.env, fromEnv: Boolean(override) }
  })
}

/** The latest slot of `cron` at or before `now` (null when it has none). Croner counts in whole seconds, strictly before. */
export function latestSlot(cron: string, now: Date): Date | null {
  const nextSecond = new Date(Math.floor(now.getTime() / 1000) * 1000 + 1000)
  return cronOf(cron).previousRuns(1, nextSecond)[0] ?? null
}

/** The first slot of `cron` after `now`. */
export const nextSlot = (cron: string, now: Date): Date | null => cronOf(cron).nextRun(now)

export type QueuedSlot = { task: TaskType; slot: string; jobId: number }

/**
 * Queues the job of each schedule's latest slot (at or before `now`) that no worker has queued yet. A slot row is
 * inserted with `ON CONFLICT DO NOTHING` on the primary key (task, slot) and its job queued through Payload's queue in
 * the same transaction: of two workers (or the dev server's runner) at the same instant, the second waits on the key,
 * then inserts nothing and queues nothing. Only the LATEST slot is considered, so slots missed while no worker ran
 * are caught up by a single run when one starts, never once per missed slot. Each job gets its slot as input.
 * Called on every worker tick (through payload.jobs.handleSchedules, src/plugins/jobQueue.ts).
 */
export async function queueDueScheduledJobs(
  payload: Payload,
  schedules: JobSchedule[],
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<QueuedSlot[]> {
  const due = schedules
    .map((schedule) => ({ task: schedule.task, slot: latestSlot(schedule.cron, now)?.toISOString() }))
    .filter((row): row is { task: TaskType; slot: string } => Boolean(row.slot))
  if (due.length === 0) return []
  const request = req ?? (await createLocalReq({}, payload))
  return inTransaction(request, async () => {
    const inserted = await runSql(
      request,
      sql`INSERT INTO ${slots} (${slots.task_slug}, ${slots.slot}, ${slots.queued_at})
          SELECT d.task, d.slot, ${now.toISOString()}::timestamptz
          FROM jsonb_to_recordset(${JSON.stringify(due)}::jsonb) AS d(task text, slot timestamptz)
          ON CONFLICT DO NOTHING
          RETURNING ${slots.task_slug} AS task, ${slots.slot} AS slot`,
    )
    const queued: QueuedSlot[] = []
    for (const row of inserted.rows as { task: TaskType; slot: string | Date }[]) {
      const slot = new Date(row.slot).toISOString()
      const job = await payload.jobs.queue({ task: row.task, input: { slot } as never, req: request })
      await runSql(
        request,
        sql`UPDATE ${slots} SET ${slots.job_id} = ${job.id} WHERE ${slots.task_slug} = ${row.task} AND ${slots.slot} = ${slot}::timestamptz`,
      )
      queued.push({ task: row.task, slot, jobId: Number(job.id) })
    }
    return queued
  })
}

export type ScheduledRunRecord = { task: TaskType; slot: string | null | undefined }

/**
 * Records a scheduled run on its slot row: started (attempts + 1), then finished with its output, or its error (kept
 * for the admin until the next success). A job queued by hand (no slot) records nothing. Own statements, outside any
 * transaction of the task, so a failing task still leaves its error here.
 */
export async function recordScheduledRun<T>(
  payload: Payload,
  { task, slot }: ScheduledRunRecord,
  run: () => Promise<T>,
  now: () => Date = () => new Date(),
): Promise<T> {
  if (!slot) return run()
  const db = (payload.db as unknown as { drizzle: { execute: (statement: unknown) => Promise<unknown> } }).drizzle
  const where = sql`${slots.task_slug} = ${task} AND ${slots.slot} = ${slot}::timestamptz`
  await db.execute(
    sql`UPDATE ${slots} SET ${slots.started_at} = ${now().toISOString()}::timestamptz, ${slots.attempts} = ${slots.attempts} + 1 WHERE ${where}`,
  )
  try {
    const output = await run()
    await db.execute(
      sql`UPDATE ${slots} SET ${slots.finished_at} = ${now().toISOString()}::timestamptz, ${slots.error} = NULL, ${slots.output} = ${JSON.stringify(output ?? null)}::jsonb WHERE ${where}`,
    )
    return output
  } catch (error) {
    await db.execute(
      sql`UPDATE ${slots} SET ${slots.error} = ${(error as Error).message ?? String(error)} WHERE ${where}`,
    )
    throw error
  }
}

export type ScheduleStatus = JobSchedule & {
  nextRun: string | null
  lastSlot: string | null
  lastStartedAt: string | null
  lastFinishedAt: string | null
  lastError: string | null
  attempts: number
}

/** Each schedule with its next run and its latest slot's run (start, end, attempts, error), for the admin. */
export async function scheduleStatuses(
  payload: Payload,
  schedules: JobSchedule[],
  now: Date = new Date(),
): Promise<ScheduleStatus[]> {
  const db = (payload.db as unknown as { drizzle: { execute: (statement: unknown) => Promise<{ rows: unknown[] }> } })
    .drizzle
  const latest = await db.execute(
    sql`SELECT DISTINCT ON (${slots.task_slug}) ${slots.task_slug} AS task, ${slots.slot} AS slot, ${slots.started_at} AS "startedAt",
          ${slots.finished_at} AS "finishedAt", ${slots.error} AS error, ${slots.attempts} AS attempts
        FROM ${slots} ORDER BY ${slots.task_slug}, ${slots.slot} DESC`,
  )
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
  const byTask = new Map(
    (
      latest.rows as {
        task: string
        slot: string
        startedAt: unknown
        finishedAt: unknown
        error: string | null
        attempts: number
      }[]
    ).map((row) => [row.task, row]),
  )
  return schedules.map((schedule) => {
    const row = byTask.get(schedule.task)
    return {
      ...schedule,
      nextRun: nextSlot(schedule.cron, now)?.toISOString() ?? null,
      lastSlot: iso(row?.slot),
      lastStartedAt: iso(row?.startedAt),
      lastFinishedAt: iso(row?.finishedAt),
      lastError: row?.error ?? null,
      attempts: Number(row?.attempts ?? 0),
    }
  })
}
