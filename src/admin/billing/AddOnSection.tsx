'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { AddOnInfo, BillingClient, Pricing, Subscription } from './billingApi'
import { ErrorLine, muted, positive, Section } from './Section'
import type { BillingText } from './useBillingText'

/** The platform's add-ons: the active ones with "Remove", the others with "Add". */
export function AddOnSection(props: {
  text: BillingText
  api: BillingClient
  subscription: Subscription
  pricing: Pricing
  canManage: boolean
  onChanged: (message: string) => Promise<void>
}) {
  const { text, api, subscription, pricing, canManage, onChanged } = props
  const { t } = text
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const active = new Set(subscription.addOns.map((addOn) => addOn.code))
  const canChange = canManage && subscription.actions.addOns

  async function toggle(addOn: AddOnInfo) {
    setBusy(addOn.code)
    setError(null)
    const adding = !active.has(addOn.code)
    const result = adding ? await api.addAddOn(addOn.code) : await api.removeAddOn(addOn.code)
    setBusy(null)
    if (!result.ok) return setError(result.message)
    await onChanged(t(adding ? 'billingPageAddOnAdded' : 'billingPageAddOnRemoved', { addOn: addOn.name }))
  }

  return (
    <Section id="add-ons" title={t('billingPageAddOns')}>
      {pricing.addOns.length === 0 ? <p style={muted}>{t('billingPageNoAddOns')}</p> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {pricing.addOns.map((addOn) => (
          <li
            key={addOn.code}
            data-add-on={addOn.code}
            style={{
              display: 'flex',
              gap: 12,
              alignItems: 'center',
              justifyContent: 'space-between',
              padding: '6px 0',
              borderTop: '1px solid var(--theme-elevation-100)',
            }}
          >
            <span>
              <strong>{addOn.name}</strong>{' '}
              <span style={muted}>
                {t(`billingPagePerInterval_${addOn.interval}`, { amount: text.money(addOn.price) })}
              </span>
              {addOn.description ? <span style={{ ...muted, display: 'block' }}>{addOn.description}</span> : null}
            </span>
            {active.has(addOn.code) && !canChange ? <span style={positive}>{t('billingPageAddOnActive')}</span> : null}
            {canChange ? (
              <Button
                buttonStyle={active.has(addOn.code) ? 'secondary' : 'primary'}
                size="small"
                margin={false}
                disabled={busy !== null}
                onClick={() => void toggle(addOn)}
                aria-label={text.pair(
                  t(active.has(addOn.code) ? 'billingPageAddOnRemove' : 'billingPageAddOnAdd'),
                  addOn.name,
                )}
              >
                {t(active.has(addOn.code) ? 'billingPageAddOnRemove' : 'billingPageAddOnAdd')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorLine error={error} />
    </Section>
  )
}
