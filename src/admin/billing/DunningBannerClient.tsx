'use client'

import { useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { Dunning } from './billingApi'
import { DunningNotice } from './DunningNotice'
import { useBillingText } from './useBillingText'

/**
 * Asks GET /api/billing/subscription for its `dunning` state once per page (the billing page shows its own
 * notice); says nothing when there is none or the user may not read billing.
 */
export function DunningBannerClient({ billingHref }: { billingHref: string }) {
  const { config } = useConfig()
  const text = useBillingText()
  const pathname = usePathname()
  const [dunning, setDunning] = useState<Dunning | null>(null)
  const onBillingPage = pathname === billingHref

  useEffect(() => {
    if (onBillingPage) return
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/billing/subscription`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current) setDunning(body?.dunning ?? null)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [config.serverURL, config.routes.api, onBillingPage, pathname])

  if (!dunning || onBillingPage) return null
  return (
    <div style={{ padding: '8px var(--gutter-h) 0' }} data-dunning-banner>
      <DunningNotice text={text} dunning={dunning} to={billingHref} />
    </div>
  )
}
