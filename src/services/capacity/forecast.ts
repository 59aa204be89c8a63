import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics'

import { type LimitKey, LIMIT_KEYS } from '../tiers/limitKeys'

import { type CapacityFiguresOfDay, NEAR_LIMIT_SHARE } from './metrics'

/*
 * Linear trends of the capacity snapshots: a least-squares line (simple-statistics) through one value per day, its
 * R², its growth per day, and the day it crosses a threshold. Below MIN_POINTS days a trend is not drawn: it says
 * how many days it has and needs instead.
 */

export const MIN_POINTS = 7
const DAY = 24 * 60 * 60 * 1000

export type SeriesPoint = { date: string; value: number }

/** The day a trend reaches a threshold: `already` when the last value has reached it, `date` null when it never will. */
export type Crossing = { threshold: number; already: boolean; date: string | null; inDays: number | null }

export type Trend =
  | { enoughData: false; points: number; needed: number }
  | {
      enoughData: true
      points: number
      /** Growth per day (the line's slope). */
      dailyGrowth: number
      /** The line's value on the first day. */
      intercept: number
      rSquared: number
      /** The line, one value per day from the first day to `horizonDays` after the last. */
      line: SeriesPoint[]
    }

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00.000Z`) / DAY)
const dateOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10)

/** The least-squares line through `series` (one point per day, any order), drawn `horizonDays` beyond its last day. */
export function linearTrend(series: readonly SeriesPoint[], horizonDays = 30): Trend {
  if (series.length < MIN_POINTS) return { enoughData: false, points: series.length, needed: MIN_POINTS }
  const first = Math.min(...series.map((point) => dayNumber(point.date)))
  const last = Math.max(...series.map((point) => dayNumber(point.date)))
  const pairs = series.map((point): [number, number] => [dayNumber(point.date) - first, point.value])
  const { m, b } = linearRegression(pairs)
  const at = linearRegressionLine({ m, b })
  const fit = rSquared(pairs, at)
  const line: SeriesPoint[] = []
  for (let day = first; day <= last + horizonDays; day++) line.push({ date: dateOfDay(day), value: at(day - first) })
  return {
    enoughData: true,
    points: series.length,
    dailyGrowth: m,
    intercept: b,
    // A flat series lies exactly on its line: simple-statistics answers 0/0 there.
    rSquared: Number.isFinite(fit) ? fit : 1,
    line,
  }
}

/**
 * When the trend of `series` reaches `threshold`: already (its last value has), on a day (the first whole day the line
 * is at or above it, never before the last point), or never (a flat or falling line). Null without enough data.
 */
export function crossing(series: readonly SeriesPoint[], trend: Trend, threshold: number): Crossing | null {
  if (!trend.enoughData) return null
  const latest = [...series].sort((x, y) => x.date.localeCompare(y.date)).at(-1)!
  const first = Math.min(...series.map((point) => dayNumber(point.date)))
  const lastDay = dayNumber(latest.date)
  if (latest.value >= threshold) return { threshold, already: true, date: latest.date, inDays: 0 }
  if (trend.dailyGrowth <= 0) return { threshold, already: false, date: null, inDays: null }
  const exact = (threshold - trend.intercept) / trend.dailyGrowth
  // Rounded to 1e-9 first: an exact line must not miss its day by a float's last bit.
  const day = Math.max(first + Math.ceil(Math.round(exact * 1e9) / 1e9), lastDay + 1)
  return { threshold, already: false, date: dateOfDay(day), inDays: day - lastDay }
}

/** The metrics a platform's forecast covers: each limit's usage, live vendors and MRR. */
export const FORECAST_METRICS = [...LIMIT_KEYS, 'vendors', 'mrr'] as const
export type ForecastMetric = (typeof FORECAST_METRICS)[number]

export type MetricForecast = {
  metric: ForecastMetric
  series: SeriesPoint[]
  trend: Trend
  /** 80 % of the last day's theoretical capacity (limits only; none when no subscription has a finite limit). */
  capacityThreshold: number | null
  /** The platform's planned ceiling for the metric (`config.capacity.ceilings`), if any. */
  ceiling: number | null
  crossesCapacity: Crossing | null
  crossesCeiling: Crossing | null
}

export type Ceilings = Partial<Record<ForecastMetric, number>>

/** The planned ceilings in a platform's `config` (`{"capacity": {"ceilings": {"products": 50000}}}`); others ignored. */
export function ceilingsOf(config: unknown): Ceilings {
  const raw = (config as { capacity?: { ceilings?: unknown } } | null)?.capacity?.ceilings
  if (!raw || typeof raw !== 'object') return {}
  return Object.fromEntries(
    FORECAST_METRICS.flatMap((metric) => {
      const value = (raw as Record<string, unknown>)[metric]
      return typeof value === 'number' && Number.isFinite(value) && value > 0 ? [[metric, value]] : []
    }),
  )
}

const valueOf = (day: CapacityFiguresOfDay, metric: ForecastMetric): number =>
  metric === 'vendors' ? day.vendors.live : metric === 'mrr' ? day.mrr.cents : day.capacity[metric].used

/**
 * Each metric's trend over a platform's snapshots (oldest first, one per day), with the day it crosses 80 % of its
 * theoretical capacity and the platform's ceiling. Usage counts every live subscription while the capacity sums
 * only the finite limits, so with unlimited plans the capacity crossing comes early: on the safe side.
 */
export function forecastPlatform(
  days: readonly CapacityFiguresOfDay[],
  { ceilings = {}, horizonDays = 30 }: { ceilings?: Ceilings; horizonDays?: number } = {},
): MetricForecast[] {
  const latest = days.at(-1)
  return FORECAST_METRICS.map((metric) => {
    const series = days.map((day) => ({ date: day.date, value: valueOf(day, metric) }))
    const trend = linearTrend(series, horizonDays)
    const limit = latest && isLimitKey(metric) ? latest.capacity[metric].limit : 0
    const capacityThreshold = limit > 0 ? limit * NEAR_LIMIT_SHARE : null
    const ceiling = ceilings[metric] ?? null
    return {
      metric,
      series,
      trend,
      capacityThreshold,
      ceiling,
      crossesCapacity: capacityThreshold === null ? null : crossing(series, trend, capacityThreshold),
      crossesCeiling: ceiling === null ? null : crossing(series, trend, ceiling),
    }
  })
}

const isLimitKey = (metric: ForecastMetric): metric is LimitKey => (LIMIT_KEYS as readonly string[]).includes(metric)
