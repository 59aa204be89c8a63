import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/services/transactions'

/**
 * Stores a verified event once by its id and queues its processing job in ONE statement, so both commit together
 * (an event is never stored without its job, nor queued twice): a replay — Stripe retries until it gets a 2xx, and
 * may deliver an event twice, even at once — hits `ON CONFLICT DO NOTHING`, inserts no job and reports
 * `stored: false`.
 *
 * Raw SQL on purpose: this is the webhook's hot path (bench/webhooks). It writes the row `payload.jobs.queue` would
 * write for `{ task: 'processStripeEvent', input: { eventId } }` (Payload 3.90 queues without hooks, through
 * `db.create`), in one round trip instead of five (BEGIN, two INSERTs, the job's read-back, COMMIT).
 * tests/int/stripe-webhooks.int.spec.ts runs the job it queues.
 */
export async function storeStripeEvent(req: PayloadRequest, event: { id: string; type: string }, rawBody: string, receivedAt: Date): Promise<{ stored: boolean }> {
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    WITH stored AS (
      INSERT INTO stripe_events (event_id, type, payload, received_at, attempts)
      VALUES (${event.id}, ${event.type}, ${rawBody}::jsonb, ${receivedAt.toISOString()}, 0)
      ON CONFLICT (event_id) DO NOTHING
      RETURNING event_id
    )
    INSERT INTO payload_jobs (input, task_slug, queue, total_tried, has_error, processing)
    SELECT jsonb_build_object('eventId', event_id), 'processStripeEvent', 'default', 0, false, false FROM stored
    RETURNING id`)
  return { stored: result.rows.length > 0 }
}
