import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { SqlName } from '../db/sqlName'
import * as tables from '../db/tables'
import { DEFAULT_LOCALE } from '../locales'
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../subscriptions/status'
import { LIMIT_KEYS, type LimitKey } from '../tiers/limitKeys'
import { localeLiteral, localizedNameSql } from '../tiers/localizedNameSql'
import { inTransaction, runSql } from '../transactions'

import {
  CAPACITY_FIGURES,
  type CapacityFigure,
  type CapacityFiguresOfDay,
  LIVE_STATUSES,
  NEAR_LIMIT_SHARE,
} from './metrics'
import { idArray, limitColumn, subscriptionUsageCtes, usedColumn } from './subscriptionUsageSql'

/*
 * Capacity snapshots: per platform and day, the vendors by status and tier, each limit's theoretical capacity against
 * actual usage, MRR and the day's signups, conversions and cancellations, computed for every platform in one
 * statement (which also remembers the day's statuses) rather than per vendor: at 100,000 subscriptions a per-row pass
 * through the Local API takes minutes (npm run bench:jobs).
 */

const snapshots = tables.capacitySnapshots
const statuses = tables.capacitySubscriptionStatuses

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** The snapshot column of one limit's figure: `capacity_orders_per_month_used_under_limit`. */
export const capacityColumn = (key: LimitKey, figure: CapacityFigure) =>
  snapshots[`capacity_${snake(key)}_${snake(figure)}` as keyof typeof snapshots] as SqlName

/** The UTC day of `now`, as `YYYY-MM-DD`. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10)

const statusList = (list: readonly string[]) => sql.raw(`(${list.map((status) => `'${status}'`).join(', ')})`)
const LIVE = statusList(LIVE_STATUSES)
const PAYING = statusList(['active', 'past_due'])

/** Each limit's five figures over the live subscriptions of a platform (the `u` rows of a GROUP BY platform). */
function capacityAggregates(): SQL[] {
  return LIMIT_KEYS.flatMap((key) => {
    const limit = sql`u.${limitColumn(key)}`
    const used = sql`u.${usedColumn(key)}`
    const live = sql`u.status IN ${LIVE}`
    const figures: Record<CapacityFigure, SQL> = {
      limit: sql`COALESCE(sum(${limit}) FILTER (WHERE ${live}), 0)`,
      unlimited: sql`count(*) FILTER (WHERE ${live} AND ${limit} IS NULL)`,
      used: sql`COALESCE(sum(${used}) FILTER (WHERE ${live}), 0)`,
      usedUnderLimit: sql`COALESCE(sum(${used}) FILTER (WHERE ${live} AND ${limit} IS NOT NULL), 0)`,
      nearLimit: sql`count(*) FILTER (WHERE ${live} AND ${limit} > 0 AND ${used} >= ${NEAR_LIMIT_SHARE} * ${limit})`,
    }
    return CAPACITY_FIGURES.map((figure) => sql`${figures[figure]} AS ${capacityColumn(key, figure)}`)
  })
}

/**
 * The figures of the platforms `platformIds` (all when undefined) for the day of `now`, one row per platform with
 * the snapshot's column names: the body of the snapshot's INSERT and of the live capacity read. The day's events
 * count what happened since the platform's last capture of an earlier day (normally the day before; else since
 * midnight UTC), so a daily capture at any hour loses none and a second capture the same day only extends its day.
 */
function figuresStatement(
  now: Date,
  platformIds: readonly number[] | undefined,
  insert: SQL | null,
  { remember = false }: { remember?: boolean } = {},
): SQL {
  const day = `${dayOf(now)}T00:00:00.000Z`
  const at = now.toISOString()
  const ids = idArray(platformIds)
  const onPlatforms = (column: SqlName) => (ids === null ? sql`TRUE` : sql`${column} = ANY(${ids}::int[])`)
  const tier = tables.subscriptionTiers.as('tier')
  const r = tables.vendorSubscriptionsRels.as('r')
  const a = tables.addOns.as('a')
  const p = tables.platforms.as('p')
  const byStatus = sql.join(
    SUBSCRIPTION_STATUSES.map(
      (status) => sql`${sql.raw(`'${status}'`)}, count(*) FILTER (WHERE u.status = ${sql.raw(`'${status}'`)})`,
    ),
    sql`, `,
  )
  return sql`${subscriptionUsageCtes(platformIds)},
    addon_value AS (
      SELECT ${r.parent_id} AS subscription_id,
        sum(CASE ${a.interval} WHEN 'month' THEN ${a.price} WHEN 'year' THEN ${a.price} / 12.0 ELSE 0 END) AS monthly
      FROM ${r} JOIN ${a} ON ${a.id} = ${r.add_ons_id} WHERE ${r.path} = ${tables.addOnsPath} GROUP BY 1
    ), priced AS (
      SELECT su.*, COALESCE(av.monthly, 0)
        + CASE WHEN su.billing_period = 'annual' THEN ${tier.price_annual} / 12.0 ELSE ${tier.price_monthly} END AS monthly_value
      FROM subscription_usage su JOIN ${tier} ON ${tier.id} = su.tier_id
      LEFT JOIN addon_value av ON av.subscription_id = su.id
    ), previous_capture AS (
      SELECT DISTINCT ON (${snapshots.platform_id}) ${snapshots.platform_id} AS platform_id, ${snapshots.updated_at} AS captured_at
      FROM ${snapshots} WHERE ${snapshots.date} < ${day}::timestamptz ORDER BY ${snapshots.platform_id}, ${snapshots.date} DESC
    ), previous_status AS (
      SELECT DISTINCT ON (${statuses.subscription_id}) ${statuses.subscription_id} AS subscription_id, ${statuses.status} AS status,
        ${statuses.day} AS day
      FROM ${statuses} WHERE ${statuses.day} < ${day}::date ORDER BY ${statuses.subscription_id}, ${statuses.day} DESC
    ), per_platform AS (
      SELECT u.platform_id,
        count(*) FILTER (WHERE u.status IN ${LIVE}) AS vendors_live,
        jsonb_build_object(${byStatus}) AS by_status,
        ${sql.join(capacityAggregates(), sql`, `)},
        round(COALESCE(sum(u.monthly_value) FILTER (WHERE u.status IN ${PAYING}), 0))::bigint AS mrr_cents,
        round(COALESCE(sum(u.monthly_value) FILTER (WHERE u.status = 'past_due'), 0))::bigint AS mrr_past_due_cents,
        round(COALESCE(sum(u.monthly_value) FILTER (WHERE u.status = 'trialing'), 0))::bigint AS mrr_trial_cents,
        count(*) FILTER (WHERE u.created_at > COALESCE(pc.captured_at, ${day}::timestamptz) AND u.created_at <= ${at}::timestamptz) AS day_signups,
        count(*) FILTER (WHERE ps.status = 'trialing' AND u.status IN ${PAYING}) AS day_conversions,
        count(*) FILTER (WHERE u.status = 'canceled' AND (ps.status <> 'canceled'
          OR (ps.status IS NULL AND u.created_at > COALESCE(pc.captured_at, ${day}::timestamptz)))) AS day_cancellations
      FROM priced u
      LEFT JOIN previous_status ps ON ps.subscription_id = u.id
      LEFT JOIN previous_capture pc ON pc.platform_id = u.platform_id
      GROUP BY u.platform_id
    ), tier_counts AS (
      SELECT ${tier.platform_id} AS platform_id,
        jsonb_agg(jsonb_build_object('code', ${tier.code}, 'name', ${sql.raw(localizedNameSql('tier', tier.id, localeLiteral(DEFAULT_LOCALE)))}, 'count', COALESCE(c.n, 0))
          ORDER BY ${tier.sort_order} NULLS LAST, ${tier.code}) AS tiers
      FROM ${tier} LEFT JOIN (SELECT tier_id, count(*)::int AS n FROM subscription_usage WHERE status IN ${LIVE} GROUP BY 1) c
        ON c.tier_id = ${tier.id}
      WHERE ${onPlatforms(tier.platform_id)}
      GROUP BY 1
    )${remember ? rememberStatuses(day) : sql``}
    ${insert ?? sql``}
    SELECT ${p.id} AS ${snapshots.platform_id}, ${day}::timestamptz AS ${snapshots.date},
      COALESCE(pp.vendors_live, 0) AS ${snapshots.vendors_live},
      COALESCE(pp.by_status, ${emptyStatuses()}) AS ${snapshots.vendors_by_status},
      COALESCE(tc.tiers, '[]'::jsonb) AS ${snapshots.vendors_by_tier},
      ${sql.join(
        LIMIT_KEYS.flatMap((key) =>
          CAPACITY_FIGURES.map(
            (figure) => sql`COALESCE(pp.${capacityColumn(key, figure)}, 0) AS ${capacityColumn(key, figure)}`,
          ),
        ),
        sql`, `,
      )},
      COALESCE(pp.mrr_cents, 0) AS ${snapshots.mrr_cents},
      COALESCE(pp.mrr_past_due_cents, 0) AS ${snapshots.mrr_past_due_cents},
      COALESCE(pp.mrr_trial_cents, 0) AS ${snapshots.mrr_trial_cents},
      COALESCE(pp.day_signups, 0) AS ${snapshots.day_signups},
      COALESCE(pp.day_conversions, 0) AS ${snapshots.day_conversions},
      COALESCE(pp.day_cancellations, 0) AS ${snapshots.day_cancellations},
      ${at}::timestamptz AS ${snapshots.updated_at}, ${at}::timestamptz AS ${snapshots.created_at}
    FROM ${p} LEFT JOIN per_platform pp ON pp.platform_id = ${p.id} LEFT JOIN tier_counts tc ON tc.platform_id = ${p.id}
    WHERE ${onPlatforms(p.id)}`
}

/**
 * The statuses remembered for the next day's conversions and cancellations, written by the capture's own statement
 * from the rows it has read already (subscription_usage, previous_status: one read of the remembered statuses for
 * all of it): the day's row of each subscription whose status differs from the last one remembered before the day
 * (all of them on the first capture; a second capture the same day rewrites the day's rows, dropping those that
 * changed back), and, of those, the statuses before the last one, which no later capture needs. The three touch
 * disjoint rows (the day's changed, the day's unchanged, older days'), as one statement's parts must.
 */
function rememberStatuses(day: string): SQL {
  const d = sql`${day}::date`
  const kept = statuses.as('kept')
  // Each subscription against its last remembered status, joined once for the three parts.
  return sql`, status_change AS MATERIALIZED (
      SELECT u.id, u.status, ps.day AS before_day, ps.status IS DISTINCT FROM u.status AS changed
      FROM subscription_usage u LEFT JOIN previous_status ps ON ps.subscription_id = u.id
    ), remembered AS (
      INSERT INTO ${statuses} (${statuses.subscription_id}, ${statuses.day}, ${statuses.status})
      SELECT c.id, ${d}, c.status FROM status_change c WHERE c.changed
      ON CONFLICT (${statuses.subscription_id}, ${statuses.day}) DO UPDATE SET ${statuses.status} = EXCLUDED.${statuses.status}
    ), changed_back AS (
      DELETE FROM ${kept} USING status_change c
      WHERE (SELECT EXISTS (SELECT 1 FROM ${statuses} WHERE ${statuses.day} = ${d}))
        AND ${kept.subscription_id} = c.id AND ${kept.day} = ${d} AND NOT c.changed
    ), superseded AS (
      DELETE FROM ${kept} USING status_change c
      WHERE c.changed AND c.before_day IS NOT NULL AND ${kept.subscription_id} = c.id AND ${kept.day} < c.before_day
    )`
}

const emptyStatuses = () =>
  sql.raw(`'${JSON.stringify(Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, 0])))}'::jsonb`)

/** Every column a snapshot row holds, in the order figuresStatement selects them. */
const SNAPSHOT_COLUMNS = [
  snapshots.platform_id,
  snapshots.date,
  snapshots.vendors_live,
  snapshots.vendors_by_status,
  snapshots.vendors_by_tier,
  ...LIMIT_KEYS.flatMap((key) => CAPACITY_FIGURES.map((figure) => capacityColumn(key, figure))),
  snapshots.mrr_cents,
  snapshots.mrr_past_due_cents,
  snapshots.mrr_trial_cents,
  snapshots.day_signups,
  snapshots.day_conversions,
  snapshots.day_cancellations,
  snapshots.updated_at,
  snapshots.created_at,
]

type Row = Record<string, unknown>

/** A snapshot row (or the same figures computed now) as the API and the admin show it. */
export function figuresOfRow(row: Row): CapacityFiguresOfDay {
  const number = (column: SqlName) => Number(row[String(column)] ?? 0)
  const capacity = Object.fromEntries(
    LIMIT_KEYS.map((key) => [
      key,
      Object.fromEntries(CAPACITY_FIGURES.map((figure) => [figure, number(capacityColumn(key, figure))])),
    ]),
  ) as CapacityFiguresOfDay['capacity']
  const date = row[String(snapshots.date)]
  return {
    platformId: number(snapshots.platform_id),
    date: (date instanceof Date ? date.toISOString() : new Date(String(date)).toISOString()).slice(0, 10),
    vendors: {
      live: number(snapshots.vendors_live),
      byStatus: row[String(snapshots.vendors_by_status)] as Record<SubscriptionStatus, number>,
      byTier: row[String(snapshots.vendors_by_tier)] as CapacityFiguresOfDay['vendors']['byTier'],
    },
    capacity,
    mrr: {
      cents: number(snapshots.mrr_cents),
      pastDueCents: number(snapshots.mrr_past_due_cents),
      trialCents: number(snapshots.mrr_trial_cents),
    },
    day: {
      signups: number(snapshots.day_signups),
      conversions: number(snapshots.day_conversions),
      cancellations: number(snapshots.day_cancellations),
    },
  }
}

/**
 * Switches PostgreSQL's JIT compiler off for the rest of `req`'s transaction. The figures statement has some two
 * hundred expressions over 100,000 rows; its estimated cost is far above jit_above_cost, so PostgreSQL compiles it
 * before running it, and compiling took longer than running (EXPLAIN ANALYZE at 100,000 subscriptions: JIT 7.4 s of
 * 12.2 s). docs/capacity.md#snapshots.
 */
async function withoutJit(req: PayloadRequest): Promise<void> {
  await runSql(req, sql`SET LOCAL jit = off`)
}

/**
 * Room for the capture's sorts, hashes and CTEs in memory for the rest of `req`'s transaction: with the default
 * 4 MB, at 100,000 subscriptions the remembered statuses' sort and the subscriptions' CTE (10 MB) went to disk
 * (bench/jobs/profileCapture.ts).
 */
async function withCaptureMemory(req: PayloadRequest): Promise<void> {
  await runSql(req, sql`SET LOCAL work_mem = '32MB'`)
}

export type CaptureResult = { date: string; platforms: CapacityFiguresOfDay[] }

/**
 * Writes the day's snapshot of every platform (or of `platformIds`) for the UTC day of `now`, in one statement:
 * INSERT … ON CONFLICT DO UPDATE of the snapshot rows (a second capture the same day updates them), whose CTEs also
 * rewrite the statuses remembered for the next day's conversions and cancellations (rememberStatuses). In `req`'s
 * transaction when given.
 */
export async function captureCapacitySnapshots(
  payload: Payload,
  opts: { now: Date; req?: PayloadRequest; platformIds?: readonly number[] },
): Promise<CaptureResult> {
  const { now, platformIds } = opts
  const req = opts.req ?? (await createLocalReq({}, payload))
  const date = dayOf(now)
  const columns = sql.join(SNAPSHOT_COLUMNS, sql`, `)
  const updates = sql.join(
    SNAPSHOT_COLUMNS.filter(
      (column) => column !== snapshots.platform_id && column !== snapshots.date && column !== snapshots.created_at,
    ).map((column) => sql`${column} = EXCLUDED.${column}`),
    sql`, `,
  )
  return inTransaction(req, async () => {
    await withoutJit(req)
    await withCaptureMemory(req)
    const written = await runSql(
      req,
      sql`${figuresStatement(now, platformIds, sql`INSERT INTO ${snapshots} (${columns})`, { remember: true })}
      ON CONFLICT (${snapshots.platform_id}, ${snapshots.date}) DO UPDATE SET ${updates}
      RETURNING *`,
    )
    const platforms = (written.rows as Row[]).map(figuresOfRow).sort((x, y) => x.platformId - y.platformId)
    return { date, platforms }
  })
}

/** The same figures as a snapshot of now would hold, computed without writing (GET /api/admin/subscription-capacity). */
export async function currentCapacity(
  req: PayloadRequest,
  { now, platformIds }: { now: Date; platformIds?: readonly number[] },
): Promise<CapacityFiguresOfDay[]> {
  const result = await inTransaction(req, async () => {
    await withoutJit(req)
    return runSql(req, figuresStatement(now, platformIds, null))
  })
  return (result.rows as Row[]).map(figuresOfRow).sort((x, y) => x.platformId - y.platformId)
}

/** The snapshots of the platforms `platformIds` from `from` to `to` (UTC days, inclusive), oldest first. */
export async function readSnapshots(
  req: PayloadRequest,
  { platformIds, from, to }: { platformIds?: readonly number[]; from: string; to: string },
): Promise<CapacityFiguresOfDay[]> {
  const ids = idArray(platformIds)
  const result = await runSql(
    req,
    sql`SELECT * FROM ${snapshots}
    WHERE ${snapshots.date} >= ${`${from}T00:00:00.000Z`}::timestamptz AND ${snapshots.date} <= ${`${to}T00:00:00.000Z`}::timestamptz
      AND ${ids === null ? sql`TRUE` : sql`${snapshots.platform_id} = ANY(${ids}::int[])`}
    ORDER BY ${snapshots.date}, ${snapshots.platform_id}`,
  )
  return (result.rows as Row[]).map(figuresOfRow)
}
