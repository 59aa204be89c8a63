import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '../transactions'

/** Serialises billing changes of one vendor on one platform until `req`'s transaction ends (all instances: Postgres). */
export async function lockVendorBilling(req: PayloadRequest, vendorId: number, platformId: number): Promise<void> {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`billing:${platformId}`}), ${vendorId})`)
}
