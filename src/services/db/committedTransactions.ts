import { randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Transaction = PostgresAdapter['sessions'][string]['db']

/** Work to do once a transaction has committed (never after a rollback), kept on its session. */
type Session = PostgresAdapter['sessions'][string] & { afterCommit?: Map<string, () => Promise<void>> }

/** The value a transaction's callback throws to make drizzle roll it back (not an error of anyone's). */
const ROLLBACK = Symbol('rollback')

/**
 * Payload 3.90's Postgres transactions report a failed COMMIT as success: its `beginTransaction` swallows the outcome
 * of drizzle's transaction, so `commitTransaction` returns normally when the connection dropped before or during
 * COMMIT (a database restart), and an endpoint answers 2xx for work that was rolled back. Replaced here (same
 * sessions registry, same drizzle transaction per id): `commitTransaction` waits for drizzle's COMMIT and throws its
 * error, so every caller (Payload's operations, `inTransaction`) answers an error instead; a rollback still never
 * throws. A transaction that cannot begin throws the driver's error (the outage answer reads it).
 */
export function surfaceCommitFailures(adapter: PostgresAdapter): void {
  adapter.beginTransaction = async (options) => {
    await adapter.initializing
    let decide: (commit: boolean) => void = () => undefined
    const decision = new Promise<boolean>((resolve) => (decide = resolve))
    let opened: (tx: Transaction) => void = () => undefined
    const ready = new Promise<Transaction>((resolve) => (opened = resolve))
    const outcome = adapter.drizzle.transaction(
      async (tx) => {
        opened(tx as Transaction)
        if (!(await decision)) throw ROLLBACK
      },
      (options ?? adapter.transactionOptions) as Parameters<PostgresAdapter['drizzle']['transaction']>[1],
    )
    // Before the callback runs, a failure (no connection, BEGIN refused) is the begin's error.
    const db = await Promise.race([ready, outcome.then(() => ready)])
    const id = randomUUID()
    adapter.sessions[id] = {
      db,
      resolve: async () => {
        decide(true)
        await outcome
      },
      reject: async () => {
        decide(false)
        await outcome.catch(() => undefined)
      },
    }
    return id
  }
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    const session: Session | undefined = id === null || id === undefined ? undefined : adapter.sessions[id]
    if (!session) return
    delete adapter.sessions[id!]
    await session.resolve()
    for (const work of session.afterCommit?.values() ?? []) await work()
  }
}

/**
 * Runs `work` once the transaction `req` writes in has committed, before its commit returns (so before the answer of
 * the request that committed it); at once when `req` writes outside a transaction. Dropped if it rolls back. Work
 * under a `key` already waiting on the same transaction is not added again (a bulk write's many hooks run it once).
 */
export async function afterCommit(req: PayloadRequest, key: string, work: () => Promise<void>): Promise<void> {
  const id = req.transactionID ? await req.transactionID : undefined
  const session: Session | undefined =
    id === undefined ? undefined : (req.payload.db as unknown as PostgresAdapter).sessions[id]
  if (!session) return work()
  session.afterCommit ??= new Map()
  if (!session.afterCommit.has(key)) session.afterCommit.set(key, work)
}
