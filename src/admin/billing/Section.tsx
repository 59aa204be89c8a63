import type { ReactNode } from 'react'

/** A titled card of the billing page. */
export function Section({
  id,
  title,
  children,
  wide,
}: {
  id: string
  title: string
  children: ReactNode
  wide?: boolean
}) {
  return (
    <section
      aria-labelledby={`billing-${id}`}
      data-billing={id}
      style={{
        gridColumn: wide ? '1 / -1' : undefined,
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 6,
        padding: 16,
        minWidth: 0,
      }}
    >
      <h2 id={`billing-${id}`} style={{ margin: '0 0 12px', fontSize: '1.25rem' }}>
        {title}
      </h2>
      {children}
    </section>
  )
}

// elevation-650, not -500 (#808080, 3.9:1 on white: under WCAG's 4.5:1 for small text).
export const muted = { color: 'var(--theme-elevation-650)', fontSize: 13 } as const

/** An endpoint's refusal, as it answered it (already in the user's language). */
export function ErrorLine({ error, margin = '8px 0 0' }: { error: string | null | undefined; margin?: string }) {
  return error ? (
    <p role="alert" style={{ color: 'var(--theme-error-500)', margin }}>
      {error}
    </p>
  ) : null
}
