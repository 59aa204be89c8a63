import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** The drizzle handle of the transaction `req` runs in (hooks of a create/update run inside one). */
export async function transactionDb(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

/** Runs one SQL statement in the transaction `req` runs in, if any. */
export async function runSql(req: PayloadRequest, statement: SQL) {
  return (await transactionDb(req)).execute(statement)
}

/** Runs `work` in one database transaction on `req` (endpoints get none by themselves): committed, or rolled back on error. */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owned = await initTransaction(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
