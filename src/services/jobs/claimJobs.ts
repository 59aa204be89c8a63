import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, Payload } from 'payload'

import * as tables from '../db/tables'

import { type JobAttempts, type JobTimeouts, requeueStuckJobsSql } from './stuckJobs'

type UpdateJobs = BaseDatabaseAdapter['updateJobs']
type UpdateJobsArgs = Parameters<UpdateJobs>[0]

const jobs = tables.payloadJobs

/** Payload's claim: runJobs sets `processing: true` (and `updatedAt`) on the jobs it is about to run, nothing else. */
export const isClaim = (data: UpdateJobsArgs['data']): boolean =>
  data?.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

/** The drizzle handle of the transaction Payload's updateJobs opened for the claim (`req.transactionID`), else the pool. */
function claimDb(adapter: PostgresAdapter, req: UpdateJobsArgs['req']) {
  const id = req?.transactionID as number | string | undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

/**
 * Makes Payload 3.90's claim of jobs atomic. Its runJobs claims by reading the runnable jobs, then writing
 * `processing: true` on each (adapter.updateJobs: a find, then an update per row): two workers reading at once both
 * run the same job. Wrapped here, a claim first requeues abandoned jobs (requeueStuckJobsSql), then finds the
 * candidates as Payload would (same where, sort and limit) and takes them with ONE conditional statement:
 * `UPDATE payload_jobs SET processing = true WHERE id = ANY(candidates) AND processing = false AND <still runnable>
 * RETURNING id`. The row locks serialise two workers; the second sees `processing = true` once the first commits and
 * takes nothing. Only the jobs this worker won go on to Payload's own update (which returns them in its shape).
 * Every other job write (results, retries, releases) passes through unchanged.
 */
export function atomicJobClaims(
  payload: Payload,
  options: { timeouts: JobTimeouts; attempts: JobAttempts; now?: () => Date },
): UpdateJobs {
  const adapter = payload.db as unknown as PostgresAdapter
  const original: UpdateJobs = adapter.updateJobs.bind(adapter)
  const clock = options.now ?? (() => new Date())
  return async (args) => {
    if (!isClaim(args.data)) return original(args)
    const db = claimDb(adapter, args.req)
    const now = clock()
    const at = (args.data.updatedAt as string | undefined) ?? now.toISOString()
    if (args.id !== undefined && args.id !== null) {
      // runByID: Payload takes the job whatever its state; here only when no other worker holds it.
      const taken = await db.execute(
        sql`UPDATE ${jobs} SET ${jobs.processing} = true, ${jobs.updated_at} = ${at}::timestamptz
            WHERE ${jobs.id} = ${args.id} AND ${jobs.processing} IS NOT TRUE RETURNING ${jobs.id}`,
      )
      return taken.rows.length === 0 ? [] : original(args)
    }
    await db.execute(requeueStuckJobsSql(now, options.timeouts, options.attempts))
    const candidates = await adapter.find({
      collection: 'payload-jobs',
      where: args.where ?? {},
      limit: args.limit ?? 10,
      sort: args.sort,
      pagination: false,
      req: args.req,
      select: { processing: true },
    })
    const ids = candidates.docs.map((doc) => Number(doc.id))
    if (ids.length === 0) return []
    const taken = await db.execute(
      sql`UPDATE ${jobs} SET ${jobs.processing} = true, ${jobs.updated_at} = ${at}::timestamptz
          WHERE ${jobs.id} IN (SELECT unnest(${`{${ids.join(',')}}`}::integer[]))
            AND ${jobs.processing} IS NOT TRUE AND ${jobs.completed_at} IS NULL AND ${jobs.has_error} IS NOT TRUE
            AND (${jobs.wait_until} IS NULL OR ${jobs.wait_until} < ${now.toISOString()}::timestamptz)
          RETURNING ${jobs.id}`,
    )
    const won = taken.rows.map((row) => Number(row.id))
    if (won.length === 0) return []
    return original({ ...args, where: { id: { in: won } }, limit: won.length })
  }
}
