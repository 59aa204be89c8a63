import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import * as tables from '@/services/db/tables'

const c = tables.letzshopConnections

/**
 * The per-vendor lock of the sync, across runs and app instances: one conditional UPDATE takes the connection's
 * lease when it is free or expired (a run that died lets go when its lease runs out) and answers whether it got it.
 * A run holds it for `ms` and renews it page by page; a second run meanwhile gets false and imports nothing.
 */
export async function takeRunLease(payload: Payload, connectionId: number, ms: number): Promise<boolean> {
  // Wall-clock time, not a run's injected clock: the lease is about the processes running now.
  const now = new Date()
  const until = new Date(now.getTime() + ms).toISOString()
  const taken = await payload.db.drizzle.execute(sql`
    UPDATE ${c} SET ${c.run_lease_until} = ${until}
    WHERE ${c.id} = ${connectionId} AND (${c.run_lease_until} IS NULL OR ${c.run_lease_until} < ${now.toISOString()})
    RETURNING ${c.id}`)
  return taken.rows.length === 1
}

/** Extends a lease this run holds. */
export async function renewRunLease(payload: Payload, connectionId: number, ms: number): Promise<void> {
  const until = new Date(Date.now() + ms).toISOString()
  await payload.db.drizzle.execute(sql`UPDATE ${c} SET ${c.run_lease_until} = ${until} WHERE ${c.id} = ${connectionId}`)
}

export async function releaseRunLease(payload: Payload, connectionId: number): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE ${c} SET ${c.run_lease_until} = NULL WHERE ${c.id} = ${connectionId}`)
}
