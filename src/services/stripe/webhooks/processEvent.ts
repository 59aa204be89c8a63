import { createLocalReq, type Payload } from 'payload'

import { transactionLock } from '@/services/db/locks'
import { inTransaction } from '@/services/transactions'

import type { StripeEventOutcome } from './eventOutcomes'
import { processedUnderLock, markEventProcessed, readStoredEvent, recordEventFailure } from './eventRows'
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
    return await inTransaction(req, async () => {
      await transactionLock(req, 'stripe-event-target', eventLockKey(event))
      if (await processedUnderLock(req, eventId)) return { status: 'already-processed' as const }
      const { outcome, note } = await handleStripeEvent(req, event, now ?? new Date())
      await markEventProcessed(req, eventId, outcome, note ?? null)
      return { status: 'processed' as const, outcome }
    })
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    await recordEventFailure(payload, eventId, message.slice(0, 2000))
    throw error
  }
}
