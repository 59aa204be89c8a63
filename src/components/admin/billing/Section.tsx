import type { ReactNode } from 'react'

/** A titled card of the billing page. */
export function Section({ id, title, children, wide }: { id: string; title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section
      aria-labelledby={`billing-${id}`}
      data-billing={id}
      style={{ gridColumn: wide ? '1 / -1' : undefined, border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16, minWidth: 0 }}
    >
      <h3 id={`billing-${id}`} style={{ margin: '0 0 12px' }}>
        {title}
      </h3>
      {children}
    </section>
  )
}

export const muted = { color: 'var(--theme-elevation-500)', fontSize: 13 } as const
