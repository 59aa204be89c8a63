import { sql } from '@payloadcms/db-postgres'
import { SQL } from '@payloadcms/db-postgres/drizzle'
import type { TaskInput, TaskType } from 'payload'

import * as tables from './tables'

export type QueuedJob<T extends TaskType> = {
  task: T
  /** The task's input, or a SQL expression that builds it from the rows of `from` (e.g. sql`jsonb_build_object('eventId', event_id)`). */
  input: TaskInput<T> | SQL
  /** Payload's default queue unless given. */
  queue?: string
  /** Not run before then (as `payload.jobs.queue`'s `waitUntil`). */
  waitUntil?: Date
}

/** A task slug or queue name as a SQL string literal (they are config constants; quotes are doubled all the same). */
const literal = (text: string) => sql.raw(`'${text.replaceAll("'", "''")}'`)

/**
 * Queues a job in SQL: the INSERT of the row `payload.jobs.queue({ task, input, queue, waitUntil })` writes
 * (Payload 3.90 queues without hooks, through `db.create`, and this project turns no `jobs.runHooks` on), for when the
 * job must be queued inside a larger statement so that both commit together in one round trip (the Stripe webhook
 * stores its event and queues its job in one statement). Without `from` it queues one job; with `from` (a CTE's name,
 * or any FROM clause) one job per row, and `input` may then be a SQL expression over that row. Returns the new jobs'
 * ids (`RETURNING id`). Run it with `(await transactionDb(req)).execute(...)`; the task's slug must be in Payload's
 * `enum_payload_jobs_task_slug` (a migration adds each new task).
 *
 * Prefer `payload.jobs.queue` wherever a few more round trips do not matter. tests/int/database/queue-job-sql.int.spec.ts
 * pins this to Payload: a row written here equals, column by column, one queued through `payload.jobs.queue`, and
 * `payload.jobs.run()` runs both, so a Payload upgrade that changes the jobs table fails that test.
 */
export function queueJobSql<T extends TaskType>(
  { task, input, queue = 'default', waitUntil }: QueuedJob<T>,
  from?: SQL,
): SQL {
  const jobs = tables.payloadJobs
  const inputValue = input instanceof SQL ? input : sql`${JSON.stringify(input)}::jsonb`
  return sql`INSERT INTO ${jobs} (${jobs.input}, ${jobs.task_slug}, ${jobs.queue}, ${jobs.total_tried}, ${jobs.has_error}, ${jobs.processing}${waitUntil ? sql`, ${jobs.wait_until}` : undefined})
    SELECT ${inputValue}, ${literal(task)}, ${literal(queue)}, 0, false, false${waitUntil ? sql`, ${waitUntil.toISOString()}::timestamptz` : undefined}${from ? sql` FROM ${from}` : undefined}
    RETURNING ${jobs.id}`
}
