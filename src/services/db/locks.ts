import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import { runSql } from '../transactions'

import type { SqlName, SqlTable } from './sqlName'

/**
 * Serialises work on one thing until `req`'s transaction ends, on every app instance: a Postgres advisory lock on
 * (`namespace`, `key`), both hashed to integers by `hashtext` except a numeric key (an id), used as it is.
 */
export async function transactionLock(req: PayloadRequest, namespace: string, key: number | string): Promise<void> {
  await runSql(
    req,
    sql`SELECT pg_advisory_xact_lock(hashtext(${namespace}), ${typeof key === 'number' ? key : sql`hashtext(${key})`})`,
  )
}

/** Locks the rows of `table` whose `column` equals `value` (FOR UPDATE) until `req`'s transaction ends: their ids. */
export async function lockRows(
  req: PayloadRequest,
  table: SqlTable<'id'>,
  column: SqlName,
  value: number | string,
): Promise<number[]> {
  const locked = await runSql(req, sql`SELECT ${table.id} FROM ${table} WHERE ${column} = ${value} FOR UPDATE`)
  return locked.rows.map((row) => row.id as number)
}

/** The connection a session lock is held on: statements `work` must run while holding it go through `run`. */
export type LockedConnection = { run(statement: SQL): Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Runs `work` holding a session-level advisory lock on (`namespace`, `key`), hashed as transactionLock hashes them,
 * taken on a pooled connection of its own outside any transaction: no transaction, row lock or snapshot is held while
 * `work` waits for an outside service (SMTP, Stripe), on every app instance. With `busy` the lock is tried and
 * `busy()` thrown when another holder has it; without, it is waited for. Postgres drops the lock with the connection
 * if the process dies. The cost: one pool connection per holder. While it waits for the lock, or when every pool
 * connection may be a holder, `work` must not take another one from the pool (a holder waiting for a connection only
 * holders could give back would wait for ever): its statements then go through the lock's own connection.
 */
export async function withSessionLock<T>(
  payload: Payload,
  { namespace, key, busy }: { namespace: string; key: number | string; busy?: () => Error },
  work: (connection: LockedConnection) => Promise<T>,
): Promise<T> {
  const pool = (payload.db as unknown as PostgresAdapter).pool as unknown as Pool
  const dialect = (payload.db.drizzle as unknown as { dialect: PgDialect }).dialect
  const client = await pool.connect()
  const lockKey = `hashtext($1), ${typeof key === 'number' ? '$2::integer' : 'hashtext($2)'}`
  const params = [namespace, key]
  let broken: Error | undefined
  try {
    if (busy) {
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(${lockKey}) AS locked`, params)
      if (!rows[0].locked) throw busy()
    } else await client.query(`SELECT pg_advisory_lock(${lockKey})`, params)
    try {
      return await work({
        run: (statement) => {
          const query = dialect.sqlToQuery(statement)
          return client.query(query.sql, query.params)
        },
      })
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${lockKey})`, params).catch((error: Error) => {
        // A connection that cannot unlock is not given back to the pool: closing it drops the lock.
        broken = error
      })
    }
  } finally {
    client.release(broken)
  }
}

/** transactionLock without waiting: false when another transaction holds it. */
export async function tryTransactionLock(req: PayloadRequest, namespace: string, key: string): Promise<boolean> {
  const taken = await runSql(
    req,
    sql`SELECT pg_try_advisory_xact_lock(hashtext(${namespace}), hashtext(${key})) AS taken`,
  )
  return (taken.rows[0] as { taken: boolean }).taken
}
