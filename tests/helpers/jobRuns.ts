import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, TaskType } from 'payload'

/** The jobs of `task` still in the queue (not completed), oldest first. */
export async function queuedJobs(payload: Payload, task: TaskType) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

/** Queues one job of `task` with `input` and runs it at once, as the worker would: its result. */
export async function runTask(payload: Payload, task: TaskType, input: Record<string, unknown> = {}) {
  const job = await payload.jobs.queue({ task, input: input as never })
  const result = await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
  const status = result.jobStatus?.[job.id]?.status
  // A failed run's error, as the task log keeps it (the job's own `error` is set only once retries run out).
  const failed =
    status === 'success'
      ? undefined
      : (await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })).docs[0]
  return { job, status, error: failed ? (failed.log?.at(-1)?.error ?? failed.error ?? status) : null }
}

/** Connections of the app's pool checked out now, and this database's sessions left idle in a transaction. */
export async function poolState(payload: Payload) {
  const adapter = payload.db as unknown as PostgresAdapter
  const pool = adapter.pool
  const idle = await pool.query(
    `SELECT count(*)::integer AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  )
  return { checkedOut: pool.totalCount - pool.idleCount, idleInTransaction: idle.rows[0].n as number }
}

/** The database handle raw SQL of the tests runs on (outside any transaction). */
export const rawDb = (payload: Payload) =>
  (payload.db as unknown as PostgresAdapter).drizzle as unknown as {
    execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  }
