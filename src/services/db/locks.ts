import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

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

/** transactionLock without waiting: false when another transaction holds it. */
export async function tryTransactionLock(req: PayloadRequest, namespace: string, key: string): Promise<boolean> {
  const taken = await runSql(
    req,
    sql`SELECT pg_try_advisory_xact_lock(hashtext(${namespace}), hashtext(${key})) AS taken`,
  )
  return (taken.rows[0] as { taken: boolean }).taken
}
