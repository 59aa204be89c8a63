import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { queueJobSql } from '@/services/db/queueJobSql'
import * as tables from '@/services/db/tables'

import { uid } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
const jobs = tables.payloadJobs

beforeAll(async () => {
  payload = await testPayload()
})

/** The jobs' rows as the table holds them (every column), in the order of `ids`. */
async function rawRows(ids: number[]) {
  const result = await payload.db.drizzle.execute(sql`SELECT * FROM ${jobs} WHERE ${jobs.id} IN ${ids}`)
  return ids.map((id) => result.rows.find((row) => row.id === id)!)
}

const withoutIdentity = ({
  id: _id,
  created_at: _created,
  updated_at: _updated,
  createdAt: _c,
  updatedAt: _u,
  ...rest
}: Record<string, unknown>) => rest

/** Our row and Payload's, column by column and as Payload reads them, minus ids and dates. */
async function expectSameJobs(payloadsId: number, oursId: number) {
  const [theirs, ours] = await rawRows([payloadsId, oursId])
  expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort())
  expect(withoutIdentity(ours)).toEqual(withoutIdentity(theirs))
  const [theirsRead, oursRead] = await Promise.all(
    [payloadsId, oursId].map((id) =>
      payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true }),
    ),
  )
  expect(withoutIdentity(oursRead as never)).toEqual(withoutIdentity(theirsRead as never))
}

const insertedIds = (result: { rows: Record<string, unknown>[] }) => result.rows.map((row) => Number(row.id))

describe('queueJobSql (src/services/db/queueJobSql.ts), pinned to payload.jobs.queue', () => {
  it('writes the row payload.jobs.queue writes, and payload.jobs.run runs both alike', async () => {
    const input = { eventId: `evt_pin_${uid()}` }
    const queued = await payload.jobs.queue({ task: 'processStripeEvent', input })
    const [ours] = insertedIds(await payload.db.drizzle.execute(queueJobSql({ task: 'processStripeEvent', input })))
    await expectSameJobs(Number(queued.id), ours)

    // No such event: processStripeEvent answers `missing` and the job succeeds (then Payload deletes it).
    const run = await payload.jobs.run({ where: { id: { in: [queued.id, ours] } } })
    expect(run.jobStatus).toEqual({ [queued.id]: { status: 'success' }, [ours]: { status: 'success' } })
    expect(await rawRows([Number(queued.id), ours])).toEqual([undefined, undefined])
  })

  it('writes one row per row of `from`, its input built in SQL, as payload.jobs.queue writes each (the webhook form)', async () => {
    const eventIds = [`evt_pin_${uid()}`, `evt_pin_${uid()}`]
    const queued = await Promise.all(
      eventIds.map((eventId) => payload.jobs.queue({ task: 'processStripeEvent', input: { eventId } })),
    )
    const ours = insertedIds(
      await payload.db.drizzle.execute(
        queueJobSql(
          { task: 'processStripeEvent', input: sql`jsonb_build_object('eventId', event_id)` },
          sql`(VALUES (${eventIds[0]}), (${eventIds[1]})) AS events (event_id)`,
        ),
      ),
    )
    expect(ours).toHaveLength(2)
    const byEvent = async (id: number) => ((await rawRows([id]))[0].input as { eventId: string }).eventId
    for (const [index, job] of queued.entries()) {
      const mine = (
        await Promise.all(ours.map(async (id) => ((await byEvent(id)) === eventIds[index] ? id : null)))
      ).find(Boolean)!
      await expectSameJobs(Number(job.id), mine)
    }
    const run = await payload.jobs.run({ where: { id: { in: [...queued.map((job) => job.id), ...ours] } } })
    expect(Object.values(run.jobStatus ?? {})).toEqual(Array(4).fill({ status: 'success' }))
  })

  it("writes the queue and waitUntil as payload.jobs.queue does, and the job waits as Payload's does", async () => {
    const input = { eventId: `evt_pin_${uid()}` }
    const waitUntil = new Date(Date.now() + 3_600_000)
    const queue = `pin-${uid()}`
    const queued = await payload.jobs.queue({ task: 'processStripeEvent', input, queue, waitUntil })
    const [ours] = insertedIds(
      await payload.db.drizzle.execute(queueJobSql({ task: 'processStripeEvent', input, queue, waitUntil })),
    )
    await expectSameJobs(Number(queued.id), ours)

    expect(await payload.jobs.run({ queue })).toMatchObject({ noJobsRemaining: true })
    await payload.db.drizzle.execute(
      sql`UPDATE ${jobs} SET ${jobs.wait_until} = now() - interval '1 second' WHERE ${jobs.id} IN ${[Number(queued.id), ours]}`,
    )
    const run = await payload.jobs.run({ queue })
    expect(run.jobStatus).toEqual({ [queued.id]: { status: 'success' }, [ours]: { status: 'success' } })
  })
})
