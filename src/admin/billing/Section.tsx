'use client'

import { Banner } from '@payloadcms/ui'
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react'

import { billingSectionAnchor } from './sectionAnchor'

/** The last change's success message and the section whose action made it: shown there, not at the page's top. */
export type BillingNotice = { section: string; message: string; key: number }

export const BillingNoticeContext = createContext<BillingNotice | null>(null)

/**
 * Brings what just appeared to where the user is looking: scrolled into view (only as far as needed) and focused,
 * so a screen reader reads it and the keyboard continues from it. The element needs `tabIndex={-1}`.
 */
export function useRevealOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (key === null || key === undefined || !ref.current) return
    ref.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
    ref.current.focus({ preventScroll: true })
  }, [key])
  return ref
}

function SectionNotice({ notice }: { notice: BillingNotice }) {
  const ref = useRevealOnChange<HTMLDivElement>(notice.key)
  return (
    <div ref={ref} tabIndex={-1} role="status" data-billing-notice style={{ outline: 'none', marginBottom: 12 }}>
      <Banner type="success">{notice.message}</Banner>
    </div>
  )
}

/** A titled card of the billing page; the success message of its own action shows at its top. */
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
  const notice = useContext(BillingNoticeContext)
  return (
    <section
      aria-labelledby={billingSectionAnchor(id)}
      data-billing={id}
      style={{
        gridColumn: wide ? '1 / -1' : undefined,
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 6,
        padding: 16,
        minWidth: 0,
      }}
    >
      <h2 id={billingSectionAnchor(id)} style={{ margin: '0 0 12px', fontSize: '1.25rem' }}>
        {title}
      </h2>
      {notice?.section === id ? <SectionNotice key={notice.key} notice={notice} /> : null}
      {children}
    </section>
  )
}

// elevation-650, not -500 (#808080, 3.9:1 on white: under WCAG's 4.5:1 for small text).
export const muted = { color: 'var(--theme-elevation-650)', fontSize: 13 } as const

/** A current plan's or active add-on's mark: Payload's success-500 is below 4.5:1 on white, 650 is above. */
export const positive = { ...muted, color: 'var(--theme-success-650)' } as const

/** An endpoint's refusal, as it answered it (already in the user's language). */
export function ErrorLine({ error, margin = '8px 0 0' }: { error: string | null | undefined; margin?: string }) {
  return error ? (
    <p role="alert" style={{ color: 'var(--theme-error-500)', margin }}>
      {error}
    </p>
  ) : null
}
