/**
 * The scheduled subscription tasks at scale (npm run bench:jobs). On its own migrated database, it loads N
 * subscriptions across the two platforms in a few set-based statements (bench/jobs/load.ts), then times each
 * set-based task once on fresh data, at 10,000 and at 100,000 subscriptions (BENCH_SIZES). Against it: the SAME work
 * done row by row through Payload's Local API (find the rows, then one `payload.update` per row; for reminders the
 * owner lookup and `queueEmail` per row; for the snapshot each subscription's limits and usage counted) on a sample
 * of BENCH_SAMPLE rows, EXTRAPOLATED to the rows the set-based run touched (said so in the output).
 * Targets: each task under 2 s at 100,000, at least 50× the per-row way.
 *
 * The mix: 40 % active with a monthly period that ended (to roll; a quarter of those billed on Stripe), 20 % active
 * in a current period, 40 % trialing with trial ends spread from 2 days ago to 30 days ahead (3.75 % of all in the
 * reminder window, 2.5 % ended: half with a card). The snapshot's run adds 4.5 products, 1.5 pages, 0.2 second team
 * members and 0.29 add-ons per subscription.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { runMain } from '../../scripts/lib/runMain'
import type { AddOn, SubscriptionTier } from '../../src/payload-types'
import { runSql } from '../../src/services/transactions'
import { withBenchPayload } from '../lib/benchPayload'

import { load } from './load'

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 200)
const NOW = new Date('2026-12-07T10:00:00.000Z')
const log = (message: string) => console.log(`[bench] ${message}`)

type Timed = {
  task: string
  size: number
  touched: number
  setMs: number
  /** CPU of the PostgreSQL server process that ran the set-based work; null when the server is not on this machine. */
  dbCpuMs: number | null
  nodeCpuMs: number
  perRowMs: number
  sampled: number
}

/** The CPU time (user + system) of a process of this machine, in ms (clock ticks of 10 ms), or null. */
function processCpuMs(pid: number): number | null {
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return null
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

/**
 * Runs a task's set-based work in one transaction on one connection, so that besides the wall time the CPU of the
 * server process running it can be read (on a machine shared with other work, wall time grows with the load; the CPU
 * a statement costs much less).
 */
async function timeSetBased(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<number>,
): Promise<{ ms: number; dbCpuMs: number | null; nodeCpuMs: number; result: number }> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const { rows } = await runSql(req, sql`SELECT pg_backend_pid() AS pid`)
  const pid = Number((rows[0] as { pid: number }).pid)
  const dbBefore = processCpuMs(pid)
  const nodeBefore = process.cpuUsage()
  const { ms, result } = await time(async () => {
    const touched = await work(req)
    await commitTransaction(req)
    return touched
  })
  const node = process.cpuUsage(nodeBefore)
  const dbAfter = processCpuMs(pid)
  return {
    ms,
    dbCpuMs: dbBefore === null || dbAfter === null ? null : dbAfter - dbBefore,
    nodeCpuMs: (node.user + node.system) / 1000,
    result,
  }
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint()
  const result = await work()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result }
}

/** resetPeriodCounters, row by row: find the ended periods through the Local API, one update per row. */
async function resetRowByRow(payload: Payload, limit: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: {
      and: [
        { currentPeriodEnd: { less_than_equal: NOW.toISOString() } },
        { status: { not_in: ['canceled', 'expired'] } },
      ],
    },
    limit,
    depth: 0,
  })
  for (const doc of docs) {
    const end = new Date(doc.currentPeriodEnd!)
    const next = new Date(end)
    next.setUTCMonth(next.getUTCMonth() + 1)
    await payload.update({
      collection: 'vendor-subscriptions',
      id: doc.id,
      data: doc.stripeSubscriptionId
        ? { ordersThisPeriod: 0, currentPeriodStart: end.toISOString() }
        : { ordersThisPeriod: 0, currentPeriodStart: end.toISOString(), currentPeriodEnd: next.toISOString() },
    })
  }
  return docs.length
}

/** checkTrialExpirations, row by row: reminders (owner, queueEmail, mark) and endings, one row at a time. */
async function trialsRowByRow(payload: Payload, limit: number): Promise<number> {
  const { queueEmail } = await import('../../src/services/mail/queueEmail')
  const { vendorOwnerContact, billingPageUrl } = await import('../../src/services/mail/vendorOwnerContact')
  const req = await createLocalReq({}, payload)
  const soon = new Date(NOW.getTime() + 3 * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: { and: [{ status: { equals: 'trialing' } }, { trialEndsAt: { less_than_equal: soon } }] },
    limit,
    depth: 0,
  })
  for (const doc of docs) {
    if (new Date(doc.trialEndsAt!) > NOW) {
      const vendorId = doc.vendor as number
      const owner = await vendorOwnerContact(req, vendorId)
      const vendor = await payload.findByID({ collection: 'vendors', id: vendorId, depth: 0 })
      const platform = await payload.findByID({ collection: 'platforms', id: doc.platform as number, depth: 0 })
      if (owner)
        await queueEmail(req, {
          to: owner.email,
          template: 'trialWillEnd',
          locale: owner.locale,
          platform: platform.code,
          vars: { vendorName: vendor.name, trialEndsAt: doc.trialEndsAt!, billingUrl: billingPageUrl(platform) },
          mailId: `trial-will-end:${doc.id}:${doc.trialEndsAt}`,
        })
      await payload.db.updateOne({
        collection: 'vendor-subscriptions',
        id: doc.id,
        data: { trialReminderSentFor: doc.trialEndsAt },
        req,
        returning: false,
      })
    } else if (!doc.stripeSubscriptionId) {
      await payload.update({
        collection: 'vendor-subscriptions',
        id: doc.id,
        data: { status: doc.stripeCustomerId ? 'active' : 'expired' },
      })
    }
  }
  return docs.length
}

/**
 * captureCapacitySnapshot, row by row: each subscription read with its tier and add-ons, its limits computed by
 * effectiveLimits and its usage counted through the Local API (products, pages, default pages once per platform, team
 * members), summed per platform as the snapshot sums them. Not counted: writing the snapshot rows (two) and the
 * remembered statuses (no Local API for them), so the per-row figure is, if anything, low.
 */
async function snapshotRowByRow(payload: Payload, limit: number): Promise<number> {
  const { effectiveLimits, subscriptionAddOns } = await import('../../src/services/subscriptions/vendorPlan')
  const { tierInfo } = await import('../../src/services/tiers/getTierInfo')
  const { LIMIT_KEYS } = await import('../../src/services/tiers/limitKeys')
  const { docs } = await payload.find({ collection: 'vendor-subscriptions', limit, depth: 1, sort: 'id' })
  const defaults = new Map<number, Set<string>>()
  const sums = new Map<number, Record<string, number>>()
  for (const doc of docs) {
    const vendor = typeof doc.vendor === 'object' ? doc.vendor.id : doc.vendor
    const platform = typeof doc.platform === 'object' ? doc.platform.id : doc.platform
    const onShop: Where = { and: [{ vendor: { equals: vendor } }, { platform: { equals: platform } }] }
    if (!defaults.has(platform)) {
      const { docs: pages } = await payload.find({
        collection: 'content-pages',
        where: { and: [{ platform: { equals: platform } }, { vendor: { exists: false } }] },
        pagination: false,
        depth: 0,
      })
      defaults.set(platform, new Set(pages.map((page) => page.slug ?? '')))
    }
    const limits = effectiveLimits(tierInfo(doc.tier as SubscriptionTier), subscriptionAddOns(doc) as AddOn[])
    const products = (await payload.count({ collection: 'products', where: onShop })).totalDocs
    const pages = (await payload.find({ collection: 'content-pages', where: onShop, pagination: false, depth: 0 })).docs
    const custom = pages.filter((page) => !defaults.get(platform)!.has(page.slug ?? '')).length
    const team = (await payload.count({ collection: 'users', where: { vendors: { contains: vendor } } })).totalDocs
    const used = {
      ordersPerMonth: doc.ordersThisPeriod ?? 0,
      products,
      teamMembers: team,
      cmsPages: pages.length,
      cmsCustomPages: custom,
    }
    const sum = sums.get(platform) ?? {}
    for (const key of LIMIT_KEYS) {
      sum[`${key}.limit`] = (sum[`${key}.limit`] ?? 0) + (limits[key] ?? 0)
      sum[`${key}.used`] = (sum[`${key}.used`] ?? 0) + used[key]
    }
    sums.set(platform, sum)
  }
  return docs.length
}

async function main(): Promise<number> {
  return withBenchPayload('bench_jobs', async (payload) => {
    log(
      `load average (1, 5, 15 min) at the start: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')}`,
    )
    const { resetEndedPeriods } = await import('../../src/services/subscriptions/periodReset')
    const { checkTrialExpirations } = await import('../../src/services/subscriptions/trialExpirations')
    const { captureCapacitySnapshots } = await import('../../src/services/capacity/snapshots')

    /**
     * The tasks timed: set-based (the task's own service, as its job runs it) and row by row (on a sample). `capacity`
     * loads what a snapshot counts; `reload` whether the per-row run needs fresh data (the set-based run changed it);
     * `before` runs between the load and the timed run, untimed.
     */
    const tasks: {
      task: string
      capacity?: boolean
      reload: boolean
      before?: (size: number) => Promise<void>
      set: (req: PayloadRequest, size: number) => Promise<number>
      perRow: (limit: number) => Promise<number>
    }[] = [
      {
        task: 'resetPeriodCounters',
        reload: true,
        set: async (req) => {
          const out = await resetEndedPeriods(req, NOW)
          return out.rolled + out.fromStripe
        },
        perRow: (limit: number) => resetRowByRow(payload, limit),
      },
      {
        task: 'checkTrialExpirations',
        reload: true,
        set: async (req) => {
          const out = await checkTrialExpirations(req, NOW)
          return out.remindersQueued + out.activated + out.expired
        },
        perRow: (limit: number) => trialsRowByRow(payload, limit),
      },
      {
        // The daily run: yesterday's capture made first (untimed; the first capture ever also remembers every
        // subscription's status, timed apart below), then today's, reading every subscription.
        task: 'captureCapacitySnapshot',
        capacity: true,
        reload: false,
        before: async (size) => {
          const first = await time(() =>
            captureCapacitySnapshots(payload, { now: new Date(NOW.getTime() - 86_400_000) }),
          )
          log(
            `captureCapacitySnapshot: the first capture at ${size.toLocaleString('en')} took ${first.ms.toFixed(0)} ms`,
          )
        },
        set: async (req, size) => {
          await captureCapacitySnapshots(payload, { now: NOW, req })
          return size
        },
        perRow: (limit: number) => snapshotRowByRow(payload, limit),
      },
    ]

    const results: Timed[] = []
    for (const size of SIZES) {
      for (const { task, capacity, reload, before, set, perRow } of tasks) {
        const loaded = await time(() => load(payload, size, { capacity }))
        log(`${task}: loaded ${size.toLocaleString('en')} subscriptions in ${(loaded.ms / 1000).toFixed(1)} s`)
        await before?.(size)
        const setRun = await timeSetBased(payload, (req) => set(req, size))
        if (reload) await load(payload, size, { capacity })
        const rowRun = await time(() => perRow(SAMPLE))
        results.push({
          task,
          size,
          touched: setRun.result,
          setMs: setRun.ms,
          dbCpuMs: setRun.dbCpuMs,
          nodeCpuMs: setRun.nodeCpuMs,
          perRowMs: rowRun.ms / Math.max(1, rowRun.result),
          sampled: rowRun.result,
        })
      }
    }

    console.log('')
    console.log(
      `load average (1, 5, 15 min) at the end: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')}`,
    )
    console.log(
      `task                     subscriptions  rows touched  set-based ms  (db CPU ms, node CPU ms)  per row ms (sample)  per row, extrapolated s  speed-up`,
    )
    for (const r of results) {
      const extrapolated = (r.perRowMs * r.touched) / 1000
      const cpu = `(${r.dbCpuMs === null ? '-' : r.dbCpuMs.toFixed(0)}, ${r.nodeCpuMs.toFixed(0)})`
      console.log(
        [
          r.task.padEnd(24),
          r.size.toLocaleString('en').padStart(13),
          r.touched.toLocaleString('en').padStart(13),
          r.setMs.toFixed(0).padStart(13),
          cpu.padStart(25),
          `${r.perRowMs.toFixed(2)} (${r.sampled})`.padStart(20),
          extrapolated.toFixed(1).padStart(24),
          `${Math.round((extrapolated * 1000) / r.setMs)}×`.padStart(9),
        ].join(' '),
      )
    }
    console.log('')
    console.log(
      `Per-row figures are EXTRAPOLATED: the per-row time measured on a sample of ${SAMPLE} rows, times the rows the set-based run touched.`,
    )
    console.log(
      'db CPU: the CPU time of the PostgreSQL server process that ran the set-based work (one transaction, one connection; "-" when the server is not on this machine); node CPU: this process meanwhile.',
    )
    let failed = false
    for (const task of tasks.map((t) => t.task)) {
      const rows = results.filter((r) => r.task === task).sort((a, b) => a.size - b.size)
      const largest = rows[rows.length - 1]
      const speedUp = (largest.perRowMs * largest.touched) / largest.setMs
      const growth = rows.length > 1 ? (largest.setMs / rows[0].setMs).toFixed(1) : '-'
      const ok = largest.setMs < 2000 && speedUp >= 50
      if (!ok) failed = true
      console.log(
        `${task}: ${largest.setMs.toFixed(0)} ms at ${largest.size.toLocaleString('en')} (target < 2000 ms), ${Math.round(speedUp)}× the per-row way (target ≥ 50×); ${rows[0].size.toLocaleString('en')} → ${largest.size.toLocaleString('en')}: time ×${growth} ${ok ? 'OK' : 'MISSED'}`,
      )
    }
    return failed ? 1 : 0
  })
}

runMain(main)
