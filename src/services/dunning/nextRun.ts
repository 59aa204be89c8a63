import type { PayloadRequest } from 'payload'

/** How often the dunningReminders job runs while any subscription is in dunning. */
export const DUNNING_RUN_INTERVAL_MS = 60 * 60 * 1000

/**
 * Makes sure a dunningReminders run is waiting (at `at`, default in an hour), in the caller's transaction, unless one
 * is waiting already. The job runs as an hourly chain while any subscription is in dunning (each run queues the
 * next), started when an episode starts, rather than through Payload's `schedule`: a scheduled task makes Payload
 * add its job-stats global, and with it the document-locking collection this app removes (withoutDocumentLocks).
 * A run whose time passed while the workers were down runs when they come back.
 */
export async function ensureDunningRun(req: PayloadRequest, at: Date): Promise<void> {
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'dunningReminders' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({ task: 'dunningReminders', input: {}, waitUntil: at, req })
}
