import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { type Message, type MessageVars, requestLanguage } from '@/i18n/t'

import * as tables from '../db/tables'
import { type LimitKey, LIMIT_KEYS } from '../tiers/limitKeys'
import { localeLiteral, localizedNameSql } from '../tiers/localizedNameSql'
import { runSql } from '../transactions'

import type { CapacityPlatform } from './capacityScope'
import { ceilingsOf, type Crossing, type ForecastMetric, forecastPlatform } from './forecast'
import { LIVE_STATUSES, NEAR_LIMIT_SHARE } from './metrics'
import { readSnapshots } from './snapshots'
import { idArray, limitColumn, subscriptionUsageCtes, usedColumn } from './subscriptionUsageSql'

/*
 * What an operator should look at, each with its reason (a message key and its variables, translated at the edge)
 * and the figures behind it: vendors near a limit, tiers whose vendors mostly are (a pricing signal), trials ending
 * within a week, past-due shops, and platforms whose forecast reaches 80 % of capacity or their ceiling within 30 days.
 */

export type RecommendationKind = 'vendorNearLimit' | 'tierPricing' | 'trialEnding' | 'pastDue' | 'forecast'

export type Recommendation = {
  kind: RecommendationKind
  severity: 'warning' | 'info'
  platform: { id: number; code: string }
  vendor?: { id: number; slug: string; name: string }
  reason: { key: Message; vars: MessageVars }
  figures: Record<string, string | number | boolean | null>
}

/** The message naming each metric in a reason. */
export const METRIC_MESSAGES: Record<ForecastMetric, Message> = {
  ordersPerMonth: 'usageOrdersPerMonth',
  products: 'usageProducts',
  teamMembers: 'usageTeamMembers',
  cmsPages: 'usageCmsPages',
  cmsCustomPages: 'usageCmsCustomPages',
  vendors: 'capacityMetricVendors',
  mrr: 'capacityMetricMrr',
}

/** Within how many days a forecast crossing or a trial's end is worth a recommendation. */
export const FORECAST_WARNING_DAYS = 30
export const TRIAL_ENDING_DAYS = 7
/** A tier is a pricing signal when more than this share of its live vendors (and at least TIER_MIN_VENDORS) are near a limit. */
export const TIER_SIGNAL_SHARE = 0.5
export const TIER_MIN_VENDORS = 2

const DAY = 24 * 60 * 60 * 1000
const LIVE = sql.raw(`(${LIVE_STATUSES.map((status) => `'${status}'`).join(', ')})`)
const percent = (used: number, limit: number) => Math.round((used / limit) * 100)

type NearRow = {
  platform_id: number
  vendor_id: number
  vendor_slug: string
  vendor_name: string
  tier_id: number
  tier_code: string
  tier_name: string
  next_code: string | null
  next_name: string | null
  limit_key: LimitKey
  used: number
  lim: number
}

/** Each live subscription at 80 % or more of one of its limits, with its tier and the next public tier up: one statement. */
async function vendorsNearLimit(req: PayloadRequest, platformIds: number[]): Promise<NearRow[]> {
  const v = tables.vendors.as('v')
  const t = tables.subscriptionTiers.as('tt')
  const n = tables.subscriptionTiers.as('n')
  const perKey = sql.join(
    LIMIT_KEYS.map((key) => sql`(${key}::text, su.${usedColumn(key)}::numeric, su.${limitColumn(key)}::numeric)`),
    sql`, `,
  )
  const result = await runSql(
    req,
    sql`${subscriptionUsageCtes(platformIds)}
    SELECT su.platform_id, ${v.id} AS vendor_id, ${v.slug} AS vendor_slug, ${v.name} AS vendor_name, su.tier_id,
      ${t.code} AS tier_code, ${sql.raw(localizedNameSql('tier', t.id, localeLiteral(requestLanguage(req))))} AS tier_name,
      nt.code AS next_code, nt.name AS next_name,
      k.limit_key, k.used::float8 AS used, k.lim::float8 AS lim
    FROM subscription_usage su
    JOIN ${v} ON ${v.id} = su.vendor_id
    JOIN ${t} ON ${t.id} = su.tier_id
    CROSS JOIN LATERAL (VALUES ${perKey}) AS k(limit_key, used, lim)
    LEFT JOIN LATERAL (
      SELECT ${n.code} AS code, ${sql.raw(localizedNameSql('tier', n.id, localeLiteral(requestLanguage(req))))} AS name FROM ${n}
      WHERE ${n.platform_id} = su.platform_id AND ${n.is_public} IS NOT FALSE AND ${n.id} <> ${t.id}
        AND (${n.sort_order}, ${n.id}) > (${t.sort_order}, ${t.id})
      ORDER BY ${n.sort_order}, ${n.id} LIMIT 1
    ) nt ON TRUE
    WHERE su.status IN ${LIVE} AND k.lim > 0 AND k.used >= ${NEAR_LIMIT_SHARE} * k.lim
    ORDER BY k.used / k.lim DESC, ${v.slug}, k.limit_key`,
  )
  return result.rows as NearRow[]
}

type AttentionRow = {
  platform_id: number
  vendor_id: number
  vendor_slug: string
  vendor_name: string
  tier_name: string
  status: 'trialing' | 'past_due'
  trial_ends_at: Date | string | null
  dunning_since: Date | string | null
}

/** Trials ending within a week of `now`, and past-due subscriptions: one statement. */
async function trialsAndPastDue(req: PayloadRequest, platformIds: number[], now: Date): Promise<AttentionRow[]> {
  const s = tables.vendorSubscriptions.as('s')
  const v = tables.vendors.as('v')
  const t = tables.subscriptionTiers.as('t')
  const result = await runSql(
    req,
    sql`SELECT ${s.platform_id} AS platform_id, ${v.id} AS vendor_id, ${v.slug} AS vendor_slug, ${v.name} AS vendor_name,
      ${sql.raw(localizedNameSql('tier', t.id, localeLiteral(requestLanguage(req))))} AS tier_name, ${s.status}::text AS status, ${s.trial_ends_at} AS trial_ends_at, ${s.dunning_since} AS dunning_since
    FROM ${s} JOIN ${v} ON ${v.id} = ${s.vendor_id} JOIN ${t} ON ${t.id} = ${s.tier_id}
    WHERE ${s.platform_id} = ANY(${idArray(platformIds)}::int[]) AND (
      ${s.status} = 'past_due'
      OR (${s.status} = 'trialing' AND ${s.trial_ends_at} >= ${now.toISOString()}::timestamptz
          AND ${s.trial_ends_at} < ${new Date(now.getTime() + TRIAL_ENDING_DAYS * DAY).toISOString()}::timestamptz))
    ORDER BY ${s.status}, ${s.trial_ends_at}, ${s.dunning_since}, ${v.slug}`,
  )
  return result.rows as AttentionRow[]
}

/** Live subscriptions per tier: the denominator of the pricing signal. */
async function liveByTier(req: PayloadRequest, platformIds: number[]): Promise<Map<number, number>> {
  const s = tables.vendorSubscriptions
  const result = await runSql(
    req,
    sql`SELECT ${s.tier_id} AS tier_id, count(*)::int AS n FROM ${s}
    WHERE ${s.platform_id} = ANY(${idArray(platformIds)}::int[]) AND ${s.status} IN ${LIVE} GROUP BY 1`,
  )
  return new Map((result.rows as { tier_id: number; n: number }[]).map((row) => [row.tier_id, row.n]))
}

const isoDate = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString().slice(0, 10))

function crossingRecommendation(
  platform: CapacityPlatform,
  metric: ForecastMetric,
  kind: 'capacity' | 'ceiling',
  cross: Crossing | null,
  latest: number,
): Recommendation[] {
  if (!cross || (!cross.already && (cross.inDays === null || cross.inDays > FORECAST_WARNING_DAYS))) return []
  const what = { message: METRIC_MESSAGES[metric] }
  const key: Message =
    kind === 'capacity'
      ? cross.already
        ? 'capacityRecCapacityReached'
        : 'capacityRecCapacitySoon'
      : cross.already
        ? 'capacityRecCeilingReached'
        : 'capacityRecCeilingSoon'
  return [
    {
      kind: 'forecast',
      severity: 'warning',
      platform: { id: platform.id, code: platform.code },
      reason: {
        key,
        vars: {
          what,
          platform: platform.name,
          threshold: Math.round(cross.threshold),
          value: latest,
          date: cross.date ?? '',
          count: cross.inDays ?? 0,
        },
      },
      figures: {
        metric,
        threshold: kind,
        thresholdValue: Math.round(cross.threshold),
        latest,
        crossesOn: cross.date,
        inDays: cross.inDays,
      },
    },
  ]
}

/**
 * The recommendations for `platforms` at `now`, most pressing first within each kind. The forecast uses the last
 * `forecastDays` days of snapshots.
 */
export async function capacityRecommendations(
  req: PayloadRequest,
  { platforms, now, forecastDays = 90 }: { platforms: CapacityPlatform[]; now: Date; forecastDays?: number },
): Promise<Recommendation[]> {
  if (platforms.length === 0) return []
  const ids = platforms.map((platform) => platform.id)
  const byId = new Map(platforms.map((platform) => [platform.id, platform]))
  const ref = (id: number) => ({ id, code: byId.get(id)!.code })
  const [near, attention, tierTotals, history] = await Promise.all([
    vendorsNearLimit(req, ids),
    trialsAndPastDue(req, ids, now),
    liveByTier(req, ids),
    readSnapshots(req, {
      platformIds: ids,
      from: new Date(now.getTime() - (forecastDays - 1) * DAY).toISOString().slice(0, 10),
      to: now.toISOString().slice(0, 10),
    }),
  ])
  const recommendations: Recommendation[] = []

  for (const row of near) {
    const used = Number(row.used)
    const limit = Number(row.lim)
    const vars = {
      vendor: row.vendor_name,
      what: { message: METRIC_MESSAGES[row.limit_key] },
      used,
      limit,
      percent: percent(used, limit),
      tier: row.tier_name,
      nextTier: row.next_name ?? '',
    }
    recommendations.push({
      kind: 'vendorNearLimit',
      severity: used >= limit ? 'warning' : 'info',
      platform: ref(row.platform_id),
      vendor: { id: row.vendor_id, slug: row.vendor_slug, name: row.vendor_name },
      reason: { key: row.next_code ? 'capacityRecNearLimit' : 'capacityRecNearLimitTopTier', vars },
      figures: {
        limit: row.limit_key,
        used,
        allowed: limit,
        percent: percent(used, limit),
        tier: row.tier_code,
        nextTier: row.next_code,
      },
    })
  }

  // Tiers whose live vendors are mostly near one of their limits.
  const tiers = new Map<number, { row: NearRow; vendors: Set<number>; keys: Map<LimitKey, number> }>()
  for (const row of near) {
    const entry = tiers.get(row.tier_id) ?? { row, vendors: new Set<number>(), keys: new Map() }
    entry.vendors.add(row.vendor_id)
    entry.keys.set(row.limit_key, (entry.keys.get(row.limit_key) ?? 0) + 1)
    tiers.set(row.tier_id, entry)
  }
  for (const [tierId, { row, vendors, keys }] of tiers) {
    const total = tierTotals.get(tierId) ?? 0
    if (vendors.size < TIER_MIN_VENDORS || vendors.size <= total * TIER_SIGNAL_SHARE) continue
    const [mostly] = [...keys].sort((x, y) => y[1] - x[1])[0]!
    recommendations.push({
      kind: 'tierPricing',
      severity: 'info',
      platform: ref(row.platform_id),
      reason: {
        key: 'capacityRecTierPricing',
        vars: { count: vendors.size, total, tier: row.tier_name, what: { message: METRIC_MESSAGES[mostly] } },
      },
      figures: {
        tier: row.tier_code,
        vendors: total,
        nearLimit: vendors.size,
        share: Math.round((vendors.size / total) * 100) / 100,
        ...Object.fromEntries([...keys].map(([key, count]) => [`nearLimit.${key}`, count])),
      },
    })
  }

  for (const row of attention) {
    const vendor = { id: row.vendor_id, slug: row.vendor_slug, name: row.vendor_name }
    if (row.status === 'trialing') {
      const endsOn = isoDate(row.trial_ends_at)
      recommendations.push({
        kind: 'trialEnding',
        severity: 'info',
        platform: ref(row.platform_id),
        vendor,
        reason: {
          key: 'capacityRecTrialEnding',
          vars: { vendor: row.vendor_name, tier: row.tier_name, date: endsOn ?? '' },
        },
        figures: { trialEndsAt: new Date(row.trial_ends_at!).toISOString() },
      })
    } else {
      const since = isoDate(row.dunning_since)
      recommendations.push({
        kind: 'pastDue',
        severity: 'warning',
        platform: ref(row.platform_id),
        vendor,
        reason: since
          ? { key: 'capacityRecPastDueSince', vars: { vendor: row.vendor_name, tier: row.tier_name, date: since } }
          : { key: 'capacityRecPastDue', vars: { vendor: row.vendor_name, tier: row.tier_name } },
        figures: { dunningSince: row.dunning_since ? new Date(row.dunning_since).toISOString() : null },
      })
    }
  }

  for (const platform of platforms) {
    const days = history.filter((day) => day.platformId === platform.id)
    for (const forecast of forecastPlatform(days, { ceilings: ceilingsOf(platform.config) })) {
      const latest = forecast.series.at(-1)?.value ?? 0
      recommendations.push(
        ...crossingRecommendation(platform, forecast.metric, 'capacity', forecast.crossesCapacity, latest),
        ...crossingRecommendation(platform, forecast.metric, 'ceiling', forecast.crossesCeiling, latest),
      )
    }
  }
  return recommendations
}
