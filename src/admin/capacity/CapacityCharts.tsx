'use client'

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import type { Locale } from '@/services/locales'
import { formatCount, formatMoney } from '@/services/pricing/pricingDisplay'

export type ChartMetric = {
  id: string
  title: string
  /** A line under the title: the trend, or why there is none. */
  note: string
  money: boolean
  points: { date: string; used?: number; forecast?: number }[]
  threshold: number | null
  ceiling: number | null
}

export type ChartLabels = { used: string; forecast: string; threshold: string; ceiling: string }

const DAY_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-LU', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de-LU', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
}

/** A round top for the value axis (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten), so its four steps read well. */
function roundTop(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => step * power >= value) ?? 10) * power
}

/** One chart per metric: usage over time, the forecast line, 80 % of capacity and the planned ceiling. */
export function CapacityCharts({
  metrics,
  labels,
  language,
}: {
  metrics: ChartMetric[]
  labels: ChartLabels
  language: Locale
}) {
  const day = (date: string) => DAY_FORMAT[language].format(new Date(`${date}T00:00:00Z`))
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))', gap: 16 }}>
      {metrics.map((metric) => {
        const value = (figure: number) =>
          metric.money ? formatMoney(Math.round(figure), language) : formatCount(Math.round(figure), language)
        const highest = Math.max(0, ...metric.points.flatMap((point) => [point.used ?? 0, point.forecast ?? 0]))
        // A threshold far above the data would flatten it: shown only when within twice the highest value.
        const shown = (line: number | null) => (line !== null && line <= highest * 2 ? line : null)
        const threshold = shown(metric.threshold)
        const ceiling = shown(metric.ceiling)
        const top = roundTop(Math.max(highest, threshold ?? 0, ceiling ?? 0) * 1.05)
        const ticks = [0, 1, 2, 3, 4].map((step) => (top * step) / 4)
        return (
          <figure
            key={metric.id}
            data-metric={metric.id}
            style={{ margin: 0, border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 12 }}
          >
            <figcaption style={{ marginBottom: 8 }}>
              <strong>{metric.title}</strong>
              <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>{metric.note}</div>
            </figcaption>
            <div style={{ width: '100%', height: 220 }}>
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={metric.points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                  <CartesianGrid stroke="var(--theme-elevation-100)" />
                  <XAxis dataKey="date" tickFormatter={day} minTickGap={24} fontSize={11} />
                  <YAxis
                    domain={[0, top]}
                    ticks={ticks}
                    tickFormatter={value}
                    width={metric.money ? 72 : 48}
                    fontSize={11}
                  />
                  <Tooltip
                    labelFormatter={(label) => day(String(label))}
                    formatter={(figure) => value(Number(figure))}
                  />
                  <Legend wrapperStyle={{ fontSize: 12 }} />
                  <Line
                    type="monotone"
                    dataKey="used"
                    name={labels.used}
                    stroke="#2f6fdb"
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                  />
                  <Line
                    type="linear"
                    dataKey="forecast"
                    name={labels.forecast}
                    stroke="#8a63d2"
                    strokeDasharray="5 4"
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                  />
                  {threshold !== null ? (
                    <ReferenceLine
                      y={threshold}
                      stroke="#bf8700"
                      strokeDasharray="3 3"
                      label={{ value: labels.threshold, position: 'insideTopLeft', fontSize: 11, fill: '#bf8700' }}
                    />
                  ) : null}
                  {ceiling !== null ? (
                    <ReferenceLine
                      y={ceiling}
                      stroke="#cf222e"
                      label={{ value: labels.ceiling, position: 'insideTopRight', fontSize: 11, fill: '#cf222e' }}
                    />
                  ) : null}
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
        )
      })}
    </div>
  )
}
