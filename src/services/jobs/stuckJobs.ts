import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import * as tables from '../db/tables'

/** How long a job may stay `processing` without a write before it counts as abandoned, per task. */
export type JobTimeouts = { defaultMinutes: number; minutes: Partial<Record<string, number>> }

/** A task's retry budget (its `retries`, as Payload counts them). */
export type JobAttempts = Partial<Record<string, number>>

export type RequeuedJob = { id: number; taskSlug: string; totalTried: number; hasError: boolean }

const jobs = tables.payloadJobs

/**
 * Jobs left `processing` by a worker that died or was stopped mid-run (Payload 3.90 never takes them again): every
 * job still processing whose last write (`updatedAt`: the claim, then each task step) is older than its task's
 * time-out goes back to the queue, counted as one more try; a job that has used its retries gets `hasError` instead,
 * so a job that kills its worker each time cannot loop for ever. One statement; returns the requeued jobs.
 * Run by the claim (each worker tick) and by the cleanupStale task.
 */
export function requeueStuckJobsSql(now: Date, timeouts: JobTimeouts, attempts: JobAttempts): SQL {
  const limits = Object.keys({ ...timeouts.minutes, ...attempts }).map((slug) => ({
    slug,
    minutes: timeouts.minutes[slug] ?? timeouts.defaultMinutes,
    attempts: attempts[slug] ?? null,
  }))
  const at = now.toISOString()
  return sql`
  WITH limits AS (
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(limits)}::jsonb) AS l(slug text, minutes numeric, attempts integer)
  ), stuck AS (
    SELECT ${jobs.id} AS stuck_id, l.attempts FROM ${jobs} LEFT JOIN limits l ON l.slug = ${jobs.task_slug}::text
    WHERE ${jobs.processing} IS TRUE AND ${jobs.completed_at} IS NULL
      AND ${jobs.updated_at} < ${at}::timestamptz - make_interval(mins => COALESCE(l.minutes, ${timeouts.defaultMinutes})::integer)
    FOR UPDATE OF ${jobs} SKIP LOCKED
  )
  UPDATE ${jobs} SET
    ${jobs.processing} = false,
    ${jobs.total_tried} = COALESCE(${jobs.total_tried}, 0) + 1,
    ${jobs.has_error} = (stuck.attempts IS NOT NULL AND COALESCE(${jobs.total_tried}, 0) + 1 > stuck.attempts),
    ${jobs.error} = jsonb_build_object('message', 'Requeued: its worker stopped while running it (no progress within the time-out).', 'requeuedAt', ${at}::text),
    ${jobs.updated_at} = ${at}::timestamptz
  FROM stuck WHERE ${jobs.id} = stuck.stuck_id
  RETURNING ${jobs.id} AS id, ${jobs.task_slug} AS "taskSlug", ${jobs.total_tried}::integer AS "totalTried", ${jobs.has_error} AS "hasError"`
}

/** Each task's retry budget, from its `retries` (a number or `{ attempts }`), for requeueing stuck jobs. */
export const jobAttempts = (tasks: { slug: string; retries?: number | { attempts?: number } }[]): JobAttempts =>
  Object.fromEntries(
    tasks.map((task) => [task.slug, typeof task.retries === 'number' ? task.retries : (task.retries?.attempts ?? 0)]),
  )
