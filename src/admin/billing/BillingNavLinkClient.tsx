'use client'

import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/** A nav link in Payload's own markup (`nav__link`), marked while its page (billing, unless told) is open. */
export function BillingNavLinkClient({
  href,
  label,
  id = 'nav-billing',
}: {
  href: string
  label: string
  id?: string
}) {
  const active = usePathname() === href
  const content = (
    <>
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id={id} aria-current="page">
      {content}
    </div>
  ) : (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {content}
    </Link>
  )
}
