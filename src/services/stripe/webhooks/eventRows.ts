import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import * as tables from '@/services/db/tables'
import { runSql } from '@/services/transactions'

import type { StripeEventOutcome } from './eventOutcomes'

const e = tables.stripeEvents

/** A stored event's body and when it was processed, read outside any transaction; undefined when none is stored. */
export async function readStoredEvent(
  payload: Payload,
  eventId: string,
): Promise<{ event: Stripe.Event; processedAt: string | null } | undefined> {
  const found = await payload.db.drizzle.execute(
    sql`SELECT ${e.payload}, ${e.processed_at} FROM ${e} WHERE ${e.event_id} = ${eventId}`,
  )
  const row = found.rows[0] as { payload: Stripe.Event; processed_at: string | null } | undefined
  return row && { event: row.payload, processedAt: row.processed_at }
}

/** Locks the stored event until `req`'s transaction ends, then answers whether it has been processed meanwhile. */
export async function processedUnderLock(req: PayloadRequest, eventId: string): Promise<boolean> {
  const current = await runSql(req, sql`SELECT ${e.processed_at} FROM ${e} WHERE ${e.event_id} = ${eventId} FOR UPDATE`)
  return Boolean((current.rows[0] as { processed_at: string | null } | undefined)?.processed_at)
}

/** Records the event processed, in `req`'s transaction (with its effects), its error cleared. */
export async function markEventProcessed(
  req: PayloadRequest,
  eventId: string,
  outcome: StripeEventOutcome,
  note: string | null,
): Promise<void> {
  await runSql(
    req,
    sql`
    UPDATE ${e} SET ${e.processed_at} = now(), ${e.outcome} = ${outcome}, ${e.note} = ${note}, ${e.error} = NULL,
      ${e.attempts} = ${e.attempts} + 1, ${e.updated_at} = now()
    WHERE ${e.event_id} = ${eventId}`,
  )
}

/** Records a failed attempt on the event, outside the rolled-back transaction. */
export async function recordEventFailure(payload: Payload, eventId: string, message: string): Promise<void> {
  await payload.db.drizzle.execute(sql`
    UPDATE ${e} SET ${e.error} = ${message}, ${e.attempts} = ${e.attempts} + 1, ${e.updated_at} = now() WHERE ${e.event_id} = ${eventId}`)
}
