import { formatLimit, formatNumber } from '@/i18n/format'

/**
 * One limit as a bar, for the dashboard's usage card and the billing page: "3 / 5", "1.000 / Unbegrenzt". Green,
 * amber from 80 % (a full limit, 1 / 1, is amber: full is not an error), red only when over the limit or blocked.
 */
export function UsageBar({
  id,
  label,
  used,
  limit,
  percent,
  language,
  blocked = false,
}: {
  id: string
  label: string
  used: number
  limit: number | null
  percent: number | null
  language: string
  /** The subscription is read-only: nothing more can be added whatever the count. */
  blocked?: boolean
}) {
  const width = limit === null ? 0 : Math.min(percent ?? 0, 100)
  const over = limit !== null && used > limit
  const state = over || blocked ? 'over' : (percent ?? 0) >= 80 ? 'near' : 'ok'
  const colour = { over: '#cf222e', near: '#9a6700', ok: '#1a7f37' }[state]
  return (
    <div style={{ marginBottom: 10 }} data-limit={id} data-state={state}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>{label}</span>
        <span>
          {formatNumber(used, language)} / {formatLimit(limit, language)}
        </span>
      </div>
      <div style={{ height: 8, background: 'var(--theme-elevation-100)', borderRadius: 4 }}>
        <div style={{ width: `${width}%`, height: 8, background: colour, borderRadius: 4 }} />
      </div>
    </div>
  )
}
