import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import { transactionLock } from '../db/locks'
import { Conflict } from '../errors'

/** Serialises billing changes of one vendor on one platform until `req`'s transaction ends (all instances: Postgres). */
export const lockVendorBilling = (req: PayloadRequest, vendorId: number, platformId: number): Promise<void> =>
  transactionLock(req, `billing:${platformId}`, vendorId)

/**
 * Runs one billing change of a vendor at a time on every instance, without a transaction: a session-level advisory
 * lock, tried (not waited for) on a connection of its own that stays idle, holding no row lock or snapshot, while
 * Stripe works. A second change meanwhile (a double click, another tab) is refused at once with 409. Postgres drops
 * the lock with the connection if the process dies.
 */
export async function oneBillingChangeAtATime<T>(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  work: () => Promise<T>,
): Promise<T> {
  const pool = (req.payload.db as unknown as PostgresAdapter).pool as unknown as Pool
  const client = await pool.connect()
  const key = [`billing-change:${platformId}`, vendorId]
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1), $2) AS locked', key)
    if (!rows[0].locked) throw new Conflict('billingChangeInProgress')
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1), $2)', key)
    }
  } finally {
    client.release()
  }
}
