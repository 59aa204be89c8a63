/**
 * Capacity snapshots against a hand-counted platform (tests/helpers/capacity.ts): theoretical capacity and usage per
 * limit with unlimited plans counted apart, MRR with annual prices / 12 and add-ons, trials apart, the day's events;
 * one row per platform and day however often it is captured.
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { captureCapacitySnapshots, currentCapacity } from '@/services/capacity/snapshots'

import { capacityWorld, type CapacityWorld, setSubscription } from '../../helpers/capacity'
import { testPayload } from '../../helpers/payload'

const DAY = 24 * 60 * 60 * 1000

let payload: Payload
let world: CapacityWorld

beforeAll(async () => {
  payload = await testPayload()
  world = await capacityWorld(payload)
})

const snapshotRows = () =>
  payload.find({ collection: 'capacity-snapshots', where: { platform: { equals: world.platform.id } }, sort: 'date' })

describe('captureCapacitySnapshots', () => {
  it('counts each limit, MRR and the day as counted by hand, and a second capture the same day updates the row', async () => {
    const now = new Date()
    const first = await captureCapacitySnapshots(payload, { now })
    const figures = first.platforms.find((row) => row.platformId === world.platform.id)!
    expect(figures.date).toBe(now.toISOString().slice(0, 10))
    expect(figures.vendors).toEqual({
      live: 4,
      byStatus: { trialing: 1, active: 2, past_due: 1, canceled: 1, expired: 0 },
      byTier: [
        { code: 'small', name: 'Tier 0', count: 3 },
        { code: 'big', name: 'Tier 1', count: 1 },
      ],
    })
    expect(figures.capacity).toEqual({
      // v1 15 (10 + 5 from its add-on), v2 10, v4 10; v3 unlimited
      products: { limit: 35, unlimited: 1, used: 22, usedUnderLimit: 19, nearLimit: 1 },
      // v1 100, v2 150 (100 + 50 from its yearly add-on), v4 100
      ordersPerMonth: { limit: 350, unlimited: 1, used: 117, usedUnderLimit: 110, nearLimit: 1 },
      teamMembers: { limit: 6, unlimited: 1, used: 3, usedUnderLimit: 2, nearLimit: 1 },
      cmsPages: { limit: 15, unlimited: 1, used: 3, usedUnderLimit: 2, nearLimit: 0 },
      cmsCustomPages: { limit: 6, unlimited: 1, used: 2, usedUnderLimit: 1, nearLimit: 0 },
    })
    // v1 10.00 + 5.00; v2 100.00 / 12 + 12.00 / 12; v4 (past due) 10.00: 34.33; the trial (v3, 20.00) apart
    expect(figures.mrr).toEqual({ cents: 3433, pastDueCents: 1000, trialCents: 2000 })
    // five subscriptions started today; v5 was canceled before any capture saw it otherwise
    expect(figures.day).toEqual({ signups: 5, conversions: 0, cancellations: 1 })

    const again = await captureCapacitySnapshots(payload, { now: new Date(now.getTime() + 60_000) })
    expect(again.platforms.find((row) => row.platformId === world.platform.id)).toEqual(figures)
    const rows = await snapshotRows()
    expect(rows.docs).toHaveLength(1)
    expect(rows.docs[0]).toMatchObject({ vendors: { live: 4 }, mrr: { cents: 3433 } })
  })

  it('the next day counts the conversions and cancellations since the day before, and adds a row', async () => {
    const tomorrow = new Date(Date.now() + DAY)
    await setSubscription(payload, world.v3, world.platform, { status: 'active' })
    await setSubscription(payload, world.v2, world.platform, { status: 'canceled' })
    const next = await captureCapacitySnapshots(payload, { now: tomorrow, platformIds: [world.platform.id] })
    expect(next.platforms.map((row) => row.platformId)).toEqual([world.platform.id])
    const figures = next.platforms[0]!
    expect(figures.date).toBe(tomorrow.toISOString().slice(0, 10))
    expect(figures.day).toEqual({ signups: 0, conversions: 1, cancellations: 1 })
    // v1 15.00 + v3 20.00 (no longer a trial) + v4 10.00
    expect(figures.mrr).toEqual({ cents: 4500, pastDueCents: 1000, trialCents: 0 })
    expect(figures.vendors.live).toBe(3)
    expect((await snapshotRows()).docs).toHaveLength(2)
  })

  it('currentCapacity computes the same figures without writing', async () => {
    const tomorrow = new Date(Date.now() + DAY)
    const [live] = await currentCapacity(await createLocalReq({}, payload), {
      now: tomorrow,
      platformIds: [world.platform.id],
    })
    const stored = await captureCapacitySnapshots(payload, { now: tomorrow, platformIds: [world.platform.id] })
    expect(live).toEqual(stored.platforms[0])
    expect((await snapshotRows()).docs).toHaveLength(2)
  })
})
