import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import type Stripe from 'stripe'

import { inTransaction, transactionDb } from '@/services/transactions'

import type { StripeEventOutcome } from './eventOutcomes'
import { eventLockKey } from './eventTargets'
import { handleStripeEvent } from './handleEvent'

export type ProcessResult = { status: 'processed' | 'already-processed' | 'missing'; outcome?: StripeEventOutcome }

/**
 * Processes one stored Stripe event, once. Claiming a job is not atomic in Payload 3.90, so two workers may run the
 * same job, and two events of one subscription may run at once: the work takes a Postgres advisory lock on the
 * event's subscription (eventLockKey) for its transaction, then re-reads `processedAt` under that lock. The effects
 * and `processedAt` commit together. A failure rolls everything back, is recorded on the event (`error`,
 * `attempts`) and rethrown so that the job is retried with backoff.
 */
export async function processStripeEvent(payload: Payload, eventId: string, { now }: { now?: Date } = {}): Promise<ProcessResult> {
  const req = await createLocalReq({}, payload)
  const found = await payload.db.drizzle.execute(sql`SELECT payload, processed_at FROM stripe_events WHERE event_id = ${eventId}`)
  const stored = found.rows[0] as { payload: Stripe.Event; processed_at: string | null } | undefined
  if (!stored) return { status: 'missing' }
  if (stored.processed_at) return { status: 'already-processed' }
  const event = stored.payload
  try {
    return await inTransaction(req, async () => {
      const db = await transactionDb(req)
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('stripe-event-target'), hashtext(${eventLockKey(event)}))`)
      const current = await db.execute(sql`SELECT processed_at FROM stripe_events WHERE event_id = ${eventId} FOR UPDATE`)
      if ((current.rows[0] as { processed_at: string | null } | undefined)?.processed_at) return { status: 'already-processed' as const }
      const { outcome, note } = await handleStripeEvent(req, event, now ?? new Date())
      await db.execute(sql`
        UPDATE stripe_events SET processed_at = now(), outcome = ${outcome}, note = ${note ?? null}, error = NULL,
          attempts = attempts + 1, updated_at = now()
        WHERE event_id = ${eventId}`)
      return { status: 'processed' as const, outcome }
    })
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    await payload.db.drizzle.execute(sql`
      UPDATE stripe_events SET error = ${message.slice(0, 2000)}, attempts = attempts + 1, updated_at = now() WHERE event_id = ${eventId}`)
    throw error
  }
}
