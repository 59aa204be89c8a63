'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import { LIMIT_LABELS } from '../limitLabels'

import type { BillingClient, BillingPeriod, PlanChangePreview, Pricing, Subscription } from './billingApi'
import { periodLabel, SubscriptionInvoiceLines } from './PlanSummary'
import { ErrorLine, muted, positive, Section, useRevealOnChange } from './Section'
import type { BillingText } from './useBillingText'

type Preview = {
  tier: Pricing['tiers'][number]
  billingPeriod: BillingPeriod
  priced: PlanChangePreview | null
  error: string | null
  busy: boolean
}

/**
 * The platform's plans with their prices; "See the price" asks Stripe for the invoice the change would make
 * (proration lines included) and only then offers to confirm it.
 */
export function ChangePlan(props: {
  text: BillingText
  api: BillingClient
  subscription: Subscription
  pricing: Pricing
  canManage: boolean
  onChanged: (message: string) => Promise<void>
}) {
  const { text, api, subscription, pricing, canManage, onChanged } = props
  const { t } = text
  const [billingPeriod, setBillingPeriod] = useState<BillingPeriod>(subscription.billingPeriod ?? 'monthly')
  const [preview, setPreview] = useState<Preview | null>(null)
  // The preview opens below the plans, often under the fold: bring it into view (again once priced) and focus it.
  const previewRegion = useRevealOnChange<HTMLDivElement>(
    preview ? `${preview.tier.code}|${preview.billingPeriod}|${preview.priced ? 'priced' : 'asking'}` : null,
  )
  const canChange = canManage && subscription.actions.changePlan

  async function showPreview(tier: Pricing['tiers'][number]) {
    setPreview({ tier, billingPeriod, priced: null, error: null, busy: true })
    const result = await api.upcomingSubscriptionInvoice({ tier: tier.code, billingPeriod })
    setPreview({
      tier,
      billingPeriod,
      priced: result.ok ? result.data : null,
      error: result.ok ? null : result.message,
      busy: false,
    })
  }

  async function confirm() {
    if (!preview) return
    setPreview({ ...preview, busy: true, error: null })
    const result = await api.changeTier(preview.tier.code, preview.billingPeriod)
    if (!result.ok) return setPreview({ ...preview, busy: false, error: result.message })
    const now = result.data.tier.code === preview.tier.code && result.data.billingPeriod === preview.billingPeriod
    setPreview(null)
    await onChanged(
      now
        ? t('billingPageChanged', { plan: preview.tier.name })
        : t('billingPageChangeSaved', { plan: preview.tier.name }),
    )
  }

  const isCurrent = (code: string) => code === subscription.tier.code && billingPeriod === subscription.billingPeriod
  return (
    <Section id="change-plan" title={t('billingPageChangePlan')} wide>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px', display: 'flex', gap: 16 }}>
        <legend
          className="sr-only"
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          {t('billingPagePeriod')}
        </legend>
        {(['monthly', 'annual'] as const).map((period) => (
          <label key={period} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <input
              type="radio"
              name="billing-period"
              value={period}
              checked={billingPeriod === period}
              onChange={() => setBillingPeriod(period)}
            />
            {periodLabel(text, period)}
          </label>
        ))}
      </fieldset>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12 }}>
        {pricing.tiers.map((tier) => (
          <div
            key={tier.code}
            data-tier={tier.code}
            style={{
              border: `1px solid ${isCurrent(tier.code) ? 'var(--theme-success-500)' : 'var(--theme-elevation-150)'}`,
              borderRadius: 6,
              padding: 12,
              display: 'flex',
              flexDirection: 'column',
              gap: 6,
            }}
          >
            <strong>{tier.name}</strong>
            <span>
              {billingPeriod === 'annual'
                ? t('billingPagePerYear', { amount: text.money(tier.priceAnnual) })
                : t('billingPagePerMonth', { amount: text.money(tier.priceMonthly) })}
            </span>
            <ul style={{ margin: 0, paddingLeft: 16, ...muted }} aria-label={t('billingPageLimits')}>
              {LIMIT_KEYS.map((key) => (
                <li key={key}>{text.pair(t(LIMIT_LABELS[key]), text.limit(tier.limits[key]))}</li>
              ))}
            </ul>
            <div style={{ marginTop: 'auto' }}>
              {isCurrent(tier.code) ? (
                <span style={positive}>{t('billingPageCurrent')}</span>
              ) : canChange ? (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={preview?.busy}
                  onClick={() => void showPreview(tier)}
                  aria-label={text.pair(t('billingPagePreview'), tier.name)}
                >
                  {t('billingPagePreview')}
                </Button>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      {preview ? (
        <div
          role="region"
          aria-label={t('billingPagePreviewTitle', {
            plan: preview.tier.name,
            period: periodLabel(text, preview.billingPeriod).toLowerCase(),
          })}
          data-billing-preview={preview.tier.code}
          ref={previewRegion}
          tabIndex={-1}
          style={{
            outline: 'none',
            marginTop: 16,
            padding: 12,
            background: 'var(--theme-elevation-50)',
            borderRadius: 6,
          }}
        >
          <h3 style={{ margin: '0 0 8px' }}>
            {t('billingPagePreviewTitle', {
              plan: preview.tier.name,
              period: periodLabel(text, preview.billingPeriod).toLowerCase(),
            })}
          </h3>
          {preview.busy && !preview.priced ? <p style={muted}>{t('billingPageLoading')}</p> : null}
          {preview.priced?.invoice ? (
            <>
              <SubscriptionInvoiceLines text={text} preview={preview.priced.invoice} />
              <p style={{ margin: '8px 0', fontSize: 16 }} data-billing-preview-total>
                <strong>
                  {t('billingPagePreviewDue', {
                    when:
                      preview.priced.change?.effective === 'period_end' && subscription.currentPeriodEnd
                        ? text.date(subscription.currentPeriodEnd)
                        : t('billingPageNow'),
                    amount: text.money(preview.priced.invoice.amountDue, preview.priced.invoice.currency),
                  })}
                </strong>
              </p>
            </>
          ) : null}
          <ErrorLine error={preview.error} margin="8px 0" />
          <div style={{ display: 'flex', gap: 8 }}>
            {preview.priced ? (
              <Button
                buttonStyle="primary"
                size="small"
                margin={false}
                disabled={preview.busy}
                onClick={() => void confirm()}
              >
                {t('billingPageConfirmChange')}
              </Button>
            ) : null}
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={preview.busy && Boolean(preview.priced)}
              onClick={() => setPreview(null)}
            >
              {t('billingPageKeepPlan')}
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  )
}
