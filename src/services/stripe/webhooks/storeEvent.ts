import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { inTransaction, transactionDb } from '@/services/transactions'

/**
 * Stores a verified event once by its id and queues its processing in the same transaction: a replay (Stripe
 * retries until it gets a 2xx, and may send an event twice) finds the row and does nothing, and an event is never
 * stored without its job nor queued twice. The insert is one statement (`ON CONFLICT DO NOTHING`), so two
 * deliveries of one event at once cannot both insert.
 */
export async function storeStripeEvent(req: PayloadRequest, event: { id: string; type: string }, rawBody: string, receivedAt: Date): Promise<{ stored: boolean }> {
  return inTransaction(req, async () => {
    const db = await transactionDb(req)
    const inserted = await db.execute(sql`
      INSERT INTO stripe_events (event_id, type, payload, received_at, attempts)
      VALUES (${event.id}, ${event.type}, ${rawBody}::jsonb, ${receivedAt.toISOString()}, 0)
      ON CONFLICT (event_id) DO NOTHING
      RETURNING id`)
    if (inserted.rows.length === 0) return { stored: false }
    await req.payload.jobs.queue({ task: 'processStripeEvent', input: { eventId: event.id }, req })
    return { stored: true }
  })
}
