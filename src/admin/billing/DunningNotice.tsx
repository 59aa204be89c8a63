'use client'

import { Banner } from '@payloadcms/ui'

import type { Dunning } from './billingApi'
import type { BillingText } from './useBillingText'

/** Past due: the days left of the grace period, or the read-only state once it is over; links to the billing page. */
export function DunningNotice({ text, dunning, to }: { text: BillingText; dunning: Dunning; to?: string }) {
  const message = dunning.readOnly
    ? text.t('billingDunningReadOnly')
    : text.t('billingDunning', { count: dunning.daysLeft, date: text.date(dunning.graceEndsAt) })
  return (
    <div role="alert" data-dunning={dunning.readOnly ? 'read-only' : dunning.daysLeft}>
      <Banner type={dunning.readOnly ? 'error' : 'warning'}>
        {message}
        {to ? (
          <>
            {' '}
            <a href={to} style={{ fontWeight: 600 }}>
              {text.t('billingDunningLink')}
            </a>
          </>
        ) : null}
      </Banner>
    </div>
  )
}
