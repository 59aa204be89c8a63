'use client'

import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'

import type { Subscription, SubscriptionInvoicePreview } from './billingApi'
import { Section, muted } from './Section'
import { type BillingText, toDate } from './useBillingText'

const DAY = 24 * 60 * 60 * 1000

export const statusLabel = (text: BillingText, status: string) =>
  vendorSubscriptions.fields.status.options?.[status]?.[text.language] ?? status
export const periodLabel = (text: BillingText, period: string) =>
  vendorSubscriptions.fields.billingPeriod.options?.[period]?.[text.language] ?? period

/** Plan, status, trial days left, renewal or end date, and the next subscription invoice. */
export function PlanSummary({
  text,
  subscription,
  upcoming,
  now,
}: {
  text: BillingText
  subscription: Subscription
  upcoming: SubscriptionInvoicePreview | null
  now: number
}) {
  const { t } = text
  const { status, tier, billingPeriod, trialEndsAt, currentPeriodEnd, pendingChange } = subscription
  // Stripe bills at the end of the trial, else at the end of the current period.
  const nextInvoiceAt = status === 'trialing' ? trialEndsAt : currentPeriodEnd
  const trialDays =
    status === 'trialing' && trialEndsAt ? Math.max(0, Math.ceil((toDate(trialEndsAt).getTime() - now) / DAY)) : null
  const price =
    billingPeriod === 'annual'
      ? t('billingPagePerYear', { amount: text.money(tier.priceAnnual) })
      : t('billingPagePerMonth', { amount: text.money(tier.priceMonthly) })
  return (
    <>
      <Section id="plan" title={t('billingPagePlan')}>
        <p style={{ fontSize: 20, margin: '0 0 4px' }} data-billing-plan={tier.code}>
          <strong>{tier.name}</strong> <span style={muted}>{price}</span>
        </p>
        <dl
          style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: 0, fontSize: 13 }}
        >
          <dt>{t('billingPageStatus')}</dt>
          <dd style={{ margin: 0 }} data-billing-status={status ?? ''}>
            {status ? statusLabel(text, status) : '—'}
          </dd>
          {billingPeriod ? (
            <>
              <dt>{t('billingPagePeriod')}</dt>
              <dd style={{ margin: 0 }}>{periodLabel(text, billingPeriod)}</dd>
            </>
          ) : null}
        </dl>
        {trialDays !== null && trialEndsAt ? (
          <p style={{ margin: '8px 0 0' }} data-billing-trial>
            {t('billingPageTrialDaysLeft', { count: trialDays, date: text.date(trialEndsAt) })}
          </p>
        ) : null}
        {currentPeriodEnd && status !== 'trialing' && status !== 'expired' && status !== 'canceled' ? (
          <p style={{ margin: '8px 0 0', ...muted }}>
            {subscription.cancelAtPeriodEnd
              ? t('billingPageEndsOn', { date: text.date(currentPeriodEnd) })
              : t('billingPageRenews', { date: text.date(currentPeriodEnd) })}
          </p>
        ) : null}
        {status === 'expired' ? (
          <p style={{ margin: '8px 0 0' }} data-billing-expired>
            {t('billingPageExpiredHowToReturn')}
          </p>
        ) : null}
        {subscription.cancelAtPeriodEnd && status === 'trialing' && trialEndsAt ? (
          <p style={{ margin: '8px 0 0', ...muted }}>{t('billingPageEndsOn', { date: text.date(trialEndsAt) })}</p>
        ) : null}
        {pendingChange ? (
          <p style={{ margin: '8px 0 0', ...muted }} data-billing-pending={pendingChange.tier?.code ?? tier.code}>
            {t('billingPageScheduledChange', {
              plan: `${pendingChange.tier?.name ?? tier.name}${pendingChange.billingPeriod ? `, ${periodLabel(text, pendingChange.billingPeriod).toLowerCase()}` : ''}`,
              date: text.date(pendingChange.at),
            })}
          </p>
        ) : null}
      </Section>
      <Section id="next-invoice" title={t('billingPageNextSubscriptionInvoice')}>
        {upcoming ? (
          <>
            <p style={{ fontSize: 20, margin: '0 0 8px' }} data-billing-next-amount>
              {nextInvoiceAt
                ? t('billingPageNextSubscriptionInvoiceOn', {
                    amount: text.money(upcoming.amountDue, upcoming.currency),
                    date: text.date(nextInvoiceAt),
                  })
                : text.money(upcoming.amountDue, upcoming.currency)}
            </p>
            <SubscriptionInvoiceLines text={text} preview={upcoming} />
          </>
        ) : (
          <p style={muted}>{t('billingPageNoUpcoming')}</p>
        )}
      </Section>
    </>
  )
}

/** The lines of a subscription invoice preview: description, period, amount; prorations marked. */
export function SubscriptionInvoiceLines({
  text,
  preview,
}: {
  text: BillingText
  preview: SubscriptionInvoicePreview
}) {
  if (preview.lines.length === 0) return null
  return (
    <table style={{ width: '100%', fontSize: 13, borderCollapse: 'collapse' }}>
      <tbody>
        {preview.lines.map((line, index) => (
          <tr
            key={index}
            data-proration={line.proration || undefined}
            style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
          >
            <td style={{ padding: '4px 8px 4px 0' }}>
              {line.description}
              {line.proration ? <em style={muted}> ({text.t('billingPageProrated')})</em> : null}
              {line.periodStart && line.periodEnd ? (
                <div style={muted}>
                  {text.date(line.periodStart)} – {text.date(line.periodEnd)}
                </div>
              ) : null}
            </td>
            <td style={{ padding: '4px 0', textAlign: 'right', whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {text.money(line.amount, preview.currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
