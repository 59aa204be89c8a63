import { createLocalReq, type Payload } from 'payload'

import { transactionLock } from '@/services/db/locks'
import { inTransaction } from '@/services/transactions'

import type { StripeEventOutcome } from './eventOutcomes'
import { processedUnderLock, markEventProcessed, readStoredEvent, recordEventFailure } from './eventRows'
import { eventLockKey } from './eventTargets'
import { handleStripeEvent, prepareStripeEvent } from './handleEvent'

export type ProcessResult = { status: 'processed' | 'already-processed' | 'missing'; outcome?: StripeEventOutcome }

/**
 * Processes one stored Stripe event, once. Stripe is called first, with no transaction open (prepareStripeEvent:
 * the subscription's state, read fresh and stamped with the read's start). Then a short transaction: claiming a job
 * is not atomic in Payload 3.90, so two workers may run the same job, and two events of one subscription may run at
 * once: it takes a Postgres advisory lock on the event's subscription (eventLockKey), re-reads `processedAt` under
 * that lock and applies the read only if it began after the one the row holds (syncSubscriptionFromStripe). The
 * effects and `processedAt` commit together. A failure rolls everything back, is recorded on the event (`error`,
 * `attempts`) and rethrown so that the job is retried with backoff.
 */
export async function processStripeEvent(
  payload: Payload,
  eventId: string,
  { now }: { now?: Date } = {},
): Promise<ProcessResult> {
  const req = await createLocalReq({}, payload)
  const stored = await readStoredEvent(payload, eventId)
  if (!stored) return { status: 'missing' }
  if (stored.processedAt) return { status: 'already-processed' }
  const { event } = stored
  try {
    const prepared = await prepareStripeEvent(req, event)
    return await inTransaction(req, async () => {
      await transactionLock(req, 'stripe-event-target', eventLockKey(event))
      if (await processedUnderLock(req, eventId)) return { status: 'already-processed' as const }
      const { outcome, note } = await handleStripeEvent(req, event, now ?? new Date(), prepared)
      await markEventProcessed(req, eventId, outcome, note ?? null)
      return { status: 'processed' as const, outcome }
    })
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    await recordEventFailure(payload, eventId, message.slice(0, 2000))
    throw error
  }
}
