import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * How many connections of this process's Payload pool sit in an open transaction doing nothing ("idle in
 * transaction" in pg_stat_activity): a request waiting for an outside service inside a transaction shows here.
 */
export async function idleInTransaction(payload: Payload): Promise<number> {
  const pool = (payload.db as unknown as { pool: Pool & { _clients?: { processID?: number }[] } }).pool
  const pids = (pool._clients ?? []).map((client) => client.processID).filter((pid) => pid !== undefined)
  const { rows } = await pool.query(
    `SELECT count(*)::integer AS n FROM pg_stat_activity WHERE pid = ANY($1::integer[]) AND state = 'idle in transaction'`,
    [pids],
  )
  return rows[0].n as number
}
