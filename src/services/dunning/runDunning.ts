import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '@/services/transactions'

import { advanceDunningOf } from './dunning'
import { DUNNING_RUN_INTERVAL_MS, ensureDunningRun } from './nextRun'

export type DunningRun = { checked: number; remindersSent: number; madeReadOnly: number; stillInDunning: number }

/**
 * The scheduled pass over every subscription in dunning: sends the reminders that are due (also those missed while
 * the workers were down, once) and makes data read-only after the grace period. One transaction per subscription,
 * with its row locked, so a failure on one does not hold back the others, and a webhook being processed for the
 * same subscription waits for it.
 */
export async function runDunning(payload: Payload, now: Date): Promise<DunningRun> {
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: { and: [{ status: { equals: 'past_due' } }, { dunningSince: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const run: DunningRun = { checked: docs.length, remindersSent: 0, madeReadOnly: 0, stillInDunning: docs.length }
  for (const { id } of docs) {
    const req = await createLocalReq({}, payload)
    const step = await inTransaction(req, () => advanceDunningOf(req, id, now))
    if (step.reminderSent !== null) run.remindersSent++
    if (step.readOnlyNow) run.madeReadOnly++
  }
  // The next run of the chain, an hour after this one (on the real clock: `now` may be a test's or a catch-up's).
  if (docs.length > 0) {
    const req = await createLocalReq({}, payload)
    await inTransaction(req, () => ensureDunningRun(req, new Date(Date.now() + DUNNING_RUN_INTERVAL_MS)))
  }
  return run
}
