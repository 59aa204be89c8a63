import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { queueJobSql } from '@/services/db/queueJobSql'
import * as tables from '@/services/db/tables'
import { runSql } from '@/services/transactions'

/**
 * Stores a verified event once by its id and queues its processing job in ONE statement, so both commit together
 * (an event is never stored without its job, nor queued twice): a replay — Stripe retries until it gets a 2xx, and
 * may deliver an event twice, even at once — hits `ON CONFLICT DO NOTHING`, inserts no job and reports
 * `stored: false`.
 *
 * Raw SQL on purpose: this is the webhook's hot path (bench/webhooks). The job row is the one `payload.jobs.queue`
 * would write for `{ task: 'processStripeEvent', input: { eventId } }` (queueJobSql, pinned to Payload by its test),
 * in one round trip instead of five (BEGIN, two INSERTs, the job's read-back, COMMIT).
 * tests/int/stripe-webhooks.int.spec.ts runs the job it queues.
 */
export async function storeStripeEvent(
  req: PayloadRequest,
  event: { id: string; type: string },
  rawBody: string,
  receivedAt: Date,
): Promise<{ stored: boolean }> {
  const e = tables.stripeEvents
  const result = await runSql(
    req,
    sql`
    WITH stored AS (
      INSERT INTO ${e} (${e.event_id}, ${e.type}, ${e.payload}, ${e.received_at}, ${e.attempts})
      VALUES (${event.id}, ${event.type}, ${rawBody}::jsonb, ${receivedAt.toISOString()}, 0)
      ON CONFLICT (${e.event_id}) DO NOTHING
      RETURNING ${e.event_id}
    )
    ${queueJobSql({ task: 'processStripeEvent', input: sql`jsonb_build_object('eventId', ${e.event_id})` }, sql`stored`)}`,
  )
  return { stored: result.rows.length > 0 }
}
