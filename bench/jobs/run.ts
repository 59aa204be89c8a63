/**
 * The scheduled subscription tasks at scale (npm run bench:jobs). On its own migrated database, it loads N
 * subscriptions across the two platforms in a few set-based statements (generate_series: vendors, their owners,
 * memberships' subscription rows), then times each set-based task once on fresh data, at 10,000 and at 100,000
 * subscriptions (BENCH_SIZES). Against it: the SAME work done row by row through Payload's Local API (find the rows,
 * then one `payload.update` per row; for reminders the owner lookup and `queueEmail` per row) on a sample of
 * BENCH_SAMPLE rows, EXTRAPOLATED to the rows the set-based run touched (said so in the output).
 * Targets: each task under 2 s at 100,000, at least 50× the per-row way.
 *
 * The mix: 40 % active with a monthly period that ended (to roll; a quarter of those billed on Stripe), 20 % active
 * in a current period, 40 % trialing with trial ends spread from 2 days ago to 30 days ahead (3.75 % of all in the
 * reminder window, 2.5 % ended: half with a card).
 */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { runMain } from '../../scripts/lib/runMain'
import { withBenchPayload } from '../lib/benchPayload'

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 200)
const NOW = new Date('2026-12-07T10:00:00.000Z')
const log = (message: string) => console.log(`[bench] ${message}`)

type Timed = { task: string; size: number; touched: number; setMs: number; perRowMs: number; sampled: number }

type Db = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }> }
const dbOf = (payload: Payload) => (payload.db as unknown as { drizzle: Db }).drizzle

/** Two platforms with one tier each (Payload creates), then `size` vendors, owners and subscription rows in SQL. */
async function load(payload: Payload, size: number): Promise<void> {
  const db = dbOf(payload)
  await db.execute(sql`TRUNCATE vendor_subscriptions, vendor_subscriptions_rels, vendor_platforms, users_rels,
    users_roles, users, vendors, payload_jobs, job_schedule_slots RESTART IDENTITY CASCADE`)
  const tiers: { platform: number; tier: number }[] = []
  for (const code of ['oms', 'loyalty']) {
    const existing = await payload.find({ collection: 'platforms', where: { code: { equals: code } }, limit: 1 })
    const platform =
      existing.docs[0] ??
      (await payload.create({
        collection: 'platforms',
        data: { code, name: code.toUpperCase(), domains: [{ domain: `${code}.bench.test` }] },
      }))
    const tier =
      (
        await payload.find({
          collection: 'subscription-tiers',
          where: { platform: { equals: platform.id } },
          limit: 1,
        })
      ).docs[0] ??
      (await payload.create({
        collection: 'subscription-tiers',
        data: {
          platform: platform.id,
          code: 'essential',
          name: 'Essential',
          priceMonthly: 4900,
          priceAnnual: 49000,
          limits: { ordersPerMonth: 1000 },
          features: ['cms_basic'],
        },
      }))
    tiers.push({ platform: platform.id, tier: tier.id })
  }
  const plan = JSON.stringify(tiers)
  await db.execute(sql`INSERT INTO vendors (id, name, slug)
    SELECT i, 'Bench vendor ' || i, 'bench-' || i FROM generate_series(1, ${size}) AS i`)
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('vendors', 'id'), ${size})`)
  await db.execute(
    sql`INSERT INTO users (id, email) SELECT i, 'owner' || i || '@bench.test' FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('users', 'id'), ${size})`)
  await db.execute(
    sql`INSERT INTO users_roles ("order", parent_id, value) SELECT 1, i, 'vendor-owner' FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(
    sql`INSERT INTO users_rels ("order", parent_id, path, vendors_id) SELECT 1, i, 'vendors', i FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(sql`INSERT INTO vendor_platforms (vendor_id, platform_id, tier_id, is_active, joined_at)
    SELECT i, (p ->> 'platform')::integer, (p ->> 'tier')::integer, true, ${NOW.toISOString()}::timestamptz - interval '60 days'
    FROM generate_series(1, ${size}) AS i, LATERAL (SELECT ${plan}::jsonb -> (i % 2)) AS t(p)`)
  // i % 10: 0-3 ended period (0 on Stripe), 4-5 current period, 6-9 trialing (trial end spread over 32 days).
  await db.execute(sql`
    INSERT INTO vendor_subscriptions (vendor_id, platform_id, tier_id, status, billing_period, trial_ends_at,
      current_period_start, current_period_end, orders_this_period, stripe_customer_id, stripe_subscription_id)
    SELECT i, (p ->> 'platform')::integer, (p ->> 'tier')::integer,
      (CASE WHEN i % 10 >= 6 THEN 'trialing' ELSE 'active' END)::enum_vendor_subscriptions_status,
      'monthly',
      CASE WHEN i % 10 >= 6 THEN ${NOW.toISOString()}::timestamptz + make_interval(mins => (i * 7919) % (32 * 1440) - 2 * 1440) END,
      CASE WHEN i % 10 < 4 THEN ${NOW.toISOString()}::timestamptz - interval '40 days'
           WHEN i % 10 < 6 THEN ${NOW.toISOString()}::timestamptz - interval '10 days' END,
      CASE WHEN i % 10 < 4 THEN ${NOW.toISOString()}::timestamptz - interval '10 days'
           WHEN i % 10 < 6 THEN ${NOW.toISOString()}::timestamptz + interval '20 days' END,
      i % 50,
      CASE WHEN i % 10 = 0 OR (i % 10 >= 6 AND i % 2 = 0) THEN 'cus_bench_' || i END,
      CASE WHEN i % 10 = 0 THEN 'sub_bench_' || i END
    FROM generate_series(1, ${size}) AS i, LATERAL (SELECT ${plan}::jsonb -> (i % 2)) AS t(p)`)
  await db.execute(sql`ANALYZE vendor_subscriptions; ANALYZE users_rels; ANALYZE users_roles`)
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

async function main(): Promise<number> {
  return withBenchPayload('bench_jobs', async (payload) => {
    const { resetEndedPeriods } = await import('../../src/services/subscriptions/periodReset')
    const { checkTrialExpirations } = await import('../../src/services/subscriptions/trialExpirations')

    /**
     * The tasks timed: set-based (the task's own service, as its job runs it) and row by row (on a sample).
     * captureCapacitySnapshot is not timed here yet (docs/benchmarks.md): its entry needs products, pages and team
     * members loaded too, and a Local API equivalent of the snapshot.
     */
    const tasks = [
      {
        task: 'resetPeriodCounters',
        set: async () => {
          const out = await resetEndedPeriods(await createLocalReq({}, payload), NOW)
          return out.rolled + out.fromStripe
        },
        perRow: (limit: number) => resetRowByRow(payload, limit),
      },
      {
        task: 'checkTrialExpirations',
        set: async () => {
          const out = await checkTrialExpirations(await createLocalReq({}, payload), NOW)
          return out.remindersQueued + out.activated + out.expired
        },
        perRow: (limit: number) => trialsRowByRow(payload, limit),
      },
    ]

    const results: Timed[] = []
    for (const size of SIZES) {
      for (const { task, set, perRow } of tasks) {
        const loaded = await time(() => load(payload, size))
        log(`${task}: loaded ${size.toLocaleString('en')} subscriptions in ${(loaded.ms / 1000).toFixed(1)} s`)
        const setRun = await time(set)
        await load(payload, size)
        const rowRun = await time(() => perRow(SAMPLE))
        results.push({
          task,
          size,
          touched: setRun.result,
          setMs: setRun.ms,
          perRowMs: rowRun.ms / Math.max(1, rowRun.result),
          sampled: rowRun.result,
        })
      }
    }

    console.log('')
    console.log(
      `task                     subscriptions  rows touched  set-based ms  per row ms (sample)  per row, extrapolated s  speed-up`,
    )
    for (const r of results) {
      const extrapolated = (r.perRowMs * r.touched) / 1000
      console.log(
        `${r.task.padEnd(24)} ${r.size.toLocaleString('en').padStart(13)} ${r.touched.toLocaleString('en').padStart(13)} ${r.setMs
          .toFixed(0)
          .padStart(13)} ${`${r.perRowMs.toFixed(2)} (${r.sampled})`.padStart(20)} ${extrapolated
          .toFixed(1)
          .padStart(24)} ${`${Math.round((extrapolated * 1000) / r.setMs)}×`.padStart(9)}`,
      )
    }
    console.log('')
    console.log(
      `Per-row figures are EXTRAPOLATED: the per-row time measured on a sample of ${SAMPLE} rows, times the rows the set-based run touched.`,
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
