'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { BillingClient, Subscription } from './billingApi'
import { ErrorLine, Section } from './Section'
import type { BillingText } from './useBillingText'

/** Cancel at the period's end (asked twice), or resume a subscription that is set to end. */
export function CancelResume(props: {
  text: BillingText
  api: BillingClient
  subscription: Subscription
  onChanged: (message: string) => Promise<void>
}) {
  const { text, api, subscription, onChanged } = props
  const { t } = text
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const endsAt = subscription.status === 'trialing' ? subscription.trialEndsAt : subscription.currentPeriodEnd
  const canResume = subscription.actions.resume
  if (!subscription.actions.cancel && !canResume) return null

  async function run(action: 'cancel' | 'resume') {
    setBusy(true)
    setError(null)
    const result = action === 'cancel' ? await api.cancel() : await api.resume()
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setAsking(false)
    await onChanged(
      action === 'cancel'
        ? t('billingPageCanceled', { date: endsAt ? text.date(endsAt) : '—' })
        : t('billingPageResumed'),
    )
  }

  return (
    <Section id="cancel" title={canResume ? t('billingPageResume') : t('billingPageCancelSubscription')} wide>
      {canResume ? (
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => void run('resume')}>
          {t('billingPageResume')}
        </Button>
      ) : asking ? (
        <div role="group" aria-label={t('billingPageCancelSubscription')}>
          <p style={{ margin: '0 0 8px' }}>
            {t('billingPageCancelQuestion', { date: endsAt ? text.date(endsAt) : '—' })}
          </p>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button buttonStyle="error" size="small" margin={false} disabled={busy} onClick={() => void run('cancel')}>
              {t('billingPageCancelYes')}
            </Button>
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={busy}
              onClick={() => setAsking(false)}
            >
              {t('billingPageCancelNo')}
            </Button>
          </div>
        </div>
      ) : (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setAsking(true)}>
          {t('billingPageCancelSubscription')}
        </Button>
      )}
      <ErrorLine error={error} />
    </Section>
  )
}
