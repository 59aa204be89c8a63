'use client'

import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/** A nav link in Payload's own markup (`nav__link`), marked while the billing page is open. */
export function BillingNavLinkClient({ href, label }: { href: string; label: string }) {
  const active = usePathname() === href
  const content = (
    <>
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id="nav-billing" aria-current="page">
      {content}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-billing" prefetch={false}>
      {content}
    </Link>
  )
}
