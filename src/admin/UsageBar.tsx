/** One limit as a bar (green, amber from 80 %, red at 100 %); for the dashboard's usage card and the billing page. */
export function UsageBar({
  id,
  label,
  figure,
  percent,
  unlimited,
}: {
  id: string
  label: string
  figure: string
  percent: number | null
  unlimited: boolean
}) {
  const width = Math.min(percent ?? 0, 100)
  const colour = width >= 100 ? '#cf222e' : width >= 80 ? '#bf8700' : '#1a7f37'
  return (
    <div style={{ marginBottom: 10 }} data-limit={id}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>{label}</span>
        <span>{figure}</span>
      </div>
      <div style={{ height: 8, background: 'var(--theme-elevation-100)', borderRadius: 4 }}>
        <div style={{ width: `${unlimited ? 0 : width}%`, height: 8, background: colour, borderRadius: 4 }} />
      </div>
    </div>
  )
}
