import type { PayloadRequest } from 'payload'

import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'
import { requestLanguage, translate, type MessageVars } from '@/i18n/t'
import { type CapacityPlatform, capacityPlatforms } from '@/services/capacity/capacityScope'
import { ceilingsOf, type MetricForecast, forecastPlatform } from '@/services/capacity/forecast'
import type { CapacityFiguresOfDay } from '@/services/capacity/metrics'
import { capacityRecommendations, METRIC_MESSAGES, type Recommendation } from '@/services/capacity/recommendations'
import { currentCapacity, dayOf, readSnapshots } from '@/services/capacity/snapshots'
import { DomainError } from '@/services/errors'
import { formatDate } from '@/services/invoices/pdf/formatting'
import type { Locale } from '@/services/locales'
import { formatCount, formatMoney } from '@/services/pricing/pricingDisplay'
import { SUBSCRIPTION_STATUSES } from '@/services/subscriptions/status'

import { CapacityCharts, type ChartMetric } from './CapacityCharts'

const DAY = 24 * 60 * 60 * 1000
/** The days of history the overview draws. */
export const OVERVIEW_DAYS = 90

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** A reason's variables for display: days written out in the reader's language (numbers are formatted by translate). */
const displayVars = (vars: MessageVars, language: Locale): MessageVars =>
  Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'string' && ISO_DAY.test(value) ? formatDate(value, language) : value,
    ]),
  )

const card = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 } as const
const muted = { color: 'var(--theme-elevation-600)', fontSize: 13 } as const

function chartMetric(forecast: MetricForecast, language: Locale): ChartMetric {
  const points = new Map<string, ChartMetric['points'][number]>()
  for (const point of forecast.series) points.set(point.date, { date: point.date, used: point.value })
  if (forecast.trend.enoughData)
    for (const point of forecast.trend.line)
      points.set(point.date, { ...points.get(point.date), date: point.date, forecast: Math.max(0, point.value) })
  const money = forecast.metric === 'mrr'
  const number = (value: number) => (money ? formatMoney(Math.round(value), language) : formatCount(value, language))
  const trend = forecast.trend
  const notes = trend.enoughData
    ? [
        translate(language, 'capacityViewTrend', {
          growth: number(Math.round(trend.dailyGrowth * 10) / 10),
          r2: Math.round(trend.rSquared * 100) / 100,
        }),
        forecast.crossesCapacity?.date
          ? translate(language, 'capacityViewCrosses', { date: formatDate(forecast.crossesCapacity.date, language) })
          : null,
        forecast.crossesCeiling?.date
          ? translate(language, 'capacityViewCrossesCeiling', {
              date: formatDate(forecast.crossesCeiling.date, language),
            })
          : null,
      ]
    : [translate(language, 'capacityViewNotEnoughData', { count: trend.points })]
  return {
    id: forecast.metric,
    title: translate(language, METRIC_MESSAGES[forecast.metric]),
    note: notes.filter(Boolean).join(' · '),
    money,
    points: [...points.values()].sort((x, y) => x.date.localeCompare(y.date)),
    threshold: forecast.capacityThreshold,
    ceiling: forecast.ceiling,
  }
}

/** A metric nobody uses and nothing bounds (products on a platform without products) is left out. */
const worthDrawing = (forecast: MetricForecast) =>
  forecast.capacityThreshold !== null || forecast.ceiling !== null || forecast.series.some((point) => point.value > 0)

function RecommendationList({
  items,
  language,
  adminRoute,
}: {
  items: Recommendation[]
  language: Locale
  adminRoute: string
}) {
  if (items.length === 0) return <p style={muted}>{translate(language, 'capacityViewNone')}</p>
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((item, index) => (
        <li key={index} data-kind={item.kind} style={{ marginBottom: 6 }}>
          <span style={{ color: item.severity === 'warning' ? '#cf222e' : 'inherit' }}>
            {translate(language, item.reason.key, displayVars(item.reason.vars, language))}
          </span>
          {item.vendor ? (
            <>
              {' '}
              <a href={`${adminRoute}/collections/vendors/${item.vendor.id}`}>{item.vendor.slug}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function PlatformSection({
  platform,
  figures,
  lastSnapshot,
  forecasts,
  recommendations,
  language,
  adminRoute,
}: {
  platform: CapacityPlatform
  figures: CapacityFiguresOfDay
  lastSnapshot: string | null
  forecasts: MetricForecast[]
  recommendations: Recommendation[]
  language: Locale
  adminRoute: string
}) {
  const t = (key: Parameters<typeof translate>[1], vars?: MessageVars) => translate(language, key, vars)
  const statusLabel = (status: string) => vendorSubscriptions.fields.status.options?.[status]?.[language] ?? status
  const of = (kind: Recommendation['kind']) => recommendations.filter((item) => item.kind === kind)
  const others = recommendations.filter((item) => item.kind !== 'trialEnding' && item.kind !== 'pastDue')
  return (
    <section data-platform={platform.code} style={{ marginBottom: 40 }}>
      <h2 style={{ margin: '24px 0 4px' }}>{platform.name}</h2>
      <p style={muted}>
        {lastSnapshot
          ? t('capacityViewLastSnapshot', { date: formatDate(lastSnapshot, language) })
          : t('capacityViewNoSnapshots')}
      </p>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
          gap: 16,
          margin: '16px 0',
        }}
      >
        <div style={card} data-card="mrr">
          <div style={muted}>{t('capacityMetricMrr')}</div>
          <div style={{ fontSize: 28, fontWeight: 600 }}>{formatMoney(figures.mrr.cents, language)}</div>
          <div style={muted}>
            {t('capacityViewMrrDetail', {
              pastDue: formatMoney(figures.mrr.pastDueCents, language),
              trial: formatMoney(figures.mrr.trialCents, language),
            })}
          </div>
        </div>
        <div style={card} data-card="status">
          <div style={muted}>{t('capacityViewByStatus')}</div>
          <div style={{ fontSize: 28, fontWeight: 600 }}>{formatCount(figures.vendors.live, language)}</div>
          <div style={muted}>
            {SUBSCRIPTION_STATUSES.map(
              (status) => `${statusLabel(status)} ${formatCount(figures.vendors.byStatus[status] ?? 0, language)}`,
            ).join(' · ')}
          </div>
        </div>
        <div style={card} data-card="tiers">
          <div style={muted}>{t('capacityViewByTier')}</div>
          <table style={{ width: '100%', fontSize: 13 }}>
            <tbody>
              {figures.vendors.byTier.map((tier) => (
                <tr key={tier.code}>
                  <td>{tier.name}</td>
                  <td style={{ textAlign: 'right' }}>{formatCount(tier.count, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          gap: 12,
          marginBottom: 16,
        }}
      >
        {Object.entries(figures.capacity).map(([key, value]) => (
          <div key={key} style={{ ...card, padding: 12 }} data-capacity={key}>
            <div style={muted}>{t(METRIC_MESSAGES[key as keyof typeof METRIC_MESSAGES])}</div>
            <div>
              {t('capacityViewUsed', { used: value.usedUnderLimit, limit: value.limit })}
              {value.unlimited > 0 ? ` ${t('capacityViewUnlimited', { count: value.unlimited })}` : ''}
            </div>
          </div>
        ))}
      </div>
      <CapacityCharts
        metrics={forecasts.filter(worthDrawing).map((forecast) => chartMetric(forecast, language))}
        labels={{
          used: t('capacityChartUsed'),
          forecast: t('capacityChartForecast'),
          threshold: t('capacityChartThreshold'),
          ceiling: t('capacityChartCeiling'),
        }}
        language={language}
      />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))',
          gap: 16,
          marginTop: 16,
        }}
      >
        <div style={card} data-list="recommendations">
          <h3 style={{ marginTop: 0 }}>{t('capacityViewRecommendations')}</h3>
          <RecommendationList items={others} language={language} adminRoute={adminRoute} />
        </div>
        <div style={card} data-list="trials">
          <h3 style={{ marginTop: 0 }}>{t('capacityViewTrialsEnding')}</h3>
          <RecommendationList items={of('trialEnding')} language={language} adminRoute={adminRoute} />
        </div>
        <div style={card} data-list="past-due">
          <h3 style={{ marginTop: 0 }}>{t('capacityViewPastDue')}</h3>
          <RecommendationList items={of('pastDue')} language={language} adminRoute={adminRoute} />
        </div>
      </div>
    </section>
  )
}

/**
 * The operator's overview, per platform the caller may see: MRR, vendors by status and tier, capacity against
 * usage, a chart per metric with its forecast and thresholds, and the recommendations. Read on the server through
 * the services (a few statements for all platforms), so the first paint needs no request from the browser.
 */
export async function CapacityOverview({ req, platformCode }: { req: PayloadRequest; platformCode?: string }) {
  const language = requestLanguage(req)
  const adminRoute = req.payload.config.routes.admin
  let platforms: CapacityPlatform[]
  try {
    platforms = await capacityPlatforms(req, platformCode)
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return <p role="alert">{translate(language, error.key, error.vars)}</p>
  }
  if (platforms.length === 0) return <p>{translate(language, 'capacityViewNoPlatforms')}</p>
  const now = new Date()
  const ids = platforms.map((platform) => platform.id)
  const [history, live, recommendations] = await Promise.all([
    readSnapshots(req, {
      platformIds: ids,
      from: dayOf(new Date(now.getTime() - (OVERVIEW_DAYS - 1) * DAY)),
      to: dayOf(now),
    }),
    currentCapacity(req, { now, platformIds: ids }),
    capacityRecommendations(req, { platforms, now, forecastDays: OVERVIEW_DAYS }),
  ])
  return (
    <div>
      {platforms.map((platform) => {
        const days = history.filter((day) => day.platformId === platform.id)
        const latest = days.at(-1)
        return (
          <PlatformSection
            key={platform.id}
            platform={platform}
            // The latest snapshot when there is one (the charts end there), else the figures of now.
            figures={latest ?? live.find((day) => day.platformId === platform.id)!}
            lastSnapshot={latest?.date ?? null}
            forecasts={forecastPlatform(days, { ceilings: ceilingsOf(platform.config) })}
            recommendations={recommendations.filter((item) => item.platform.id === platform.id)}
            language={language}
            adminRoute={adminRoute}
          />
        )
      })}
    </div>
  )
}
