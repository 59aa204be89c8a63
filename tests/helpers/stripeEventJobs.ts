import type { Payload } from 'payload'

/**
 * Deletes the waiting processStripeEvent jobs of these events (a spec's own forwarded or posted events that it did
 * not process), so that specs running the whole queue do not run them against a stand-in that is gone. Other spec
 * files share the database and may be running: only these events' jobs are touched.
 */
export async function deleteEventJobs(payload: Payload, eventIds: Iterable<string>): Promise<void> {
  const ours = new Set(eventIds)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'processStripeEvent' } },
    pagination: false,
    depth: 0,
  })
  const ids = docs
    .filter((job) => ours.has((job.input as { eventId?: string } | null)?.eventId ?? ''))
    .map((job) => job.id)
  if (ids.length > 0) await payload.delete({ collection: 'payload-jobs', where: { id: { in: ids } } })
}
