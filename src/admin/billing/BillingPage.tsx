'use client'

import { Banner, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'

import type { Message } from '@/i18n/t'

import { AddOnSection } from './AddOnSection'
import {
  type BillingScope,
  billingClient,
  type Card,
  type Pricing,
  type Subscription,
  type SubscriptionInvoice,
  type SubscriptionInvoicePreview,
  type Usage,
} from './billingApi'
import type { BillingViewer } from './billingTarget'
import { CancelResume } from './CancelResume'
import { ChangePlan } from './ChangePlan'
import { DunningNotice } from './DunningNotice'
import { PaymentMethodSection } from './PaymentMethodSection'
import { PlanSummary, statusLabel } from './PlanSummary'
import { type BillingNotice, BillingNoticeContext } from './Section'
import { SubscriptionInvoiceSection } from './SubscriptionInvoiceSection'
import { UsageSection } from './UsageSection'
import { useBillingText } from './useBillingText'

type Loaded = {
  subscription: Subscription
  usage: Usage['usage'] | null
  upcoming: SubscriptionInvoicePreview | null
  subscriptionInvoices: SubscriptionInvoice[]
  subscriptionInvoicesError: string | null
  pricing: Pricing | null
  card: Card | null
  cardError: string | null
}

/** The one line saying why the page offers no change, by the server's reason. */
const CHANGES_REFUSED: Record<NonNullable<Subscription['changesRefused']>, Message> = {
  not_billed_online: 'billingPageNotOnline',
  ended: 'billingPageEnded',
  no_subscription: 'billingPageNoSubscription',
}

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'loaded' } & Loaded)

/** The interactive billing page: everything comes from the billing endpoints, with the admin's cookie. */
export function BillingPage({
  scope,
  viewer,
  vendorName,
  stripeJsUrl,
}: {
  scope: BillingScope
  viewer: BillingViewer
  vendorName: string
  stripeJsUrl: string
}) {
  const { config } = useConfig()
  const text = useBillingText()
  const { t } = text
  const api = useMemo(
    () => billingClient(`${config.serverURL}${config.routes.api}`, scope, t('billingPageNetwork')),
    [config.serverURL, config.routes.api, scope, t],
  )
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [notice, setNotice] = useState<BillingNotice | null>(null)
  const [now, setNow] = useState(0)
  const canManage = viewer === 'owner' || viewer === 'support'

  const load = useCallback(async () => {
    const subscription = await api.subscription()
    if (!subscription.ok) return setState({ kind: 'failed', message: subscription.message })
    const [usage, upcoming, subscriptionInvoices, pricing, card] = await Promise.all([
      api.usage(),
      api.upcomingSubscriptionInvoice(),
      api.subscriptionInvoices(),
      api.pricing(subscription.data.platform.code, text.language),
      api.card(),
    ])
    setNow(Date.now())
    setState({
      kind: 'loaded',
      subscription: subscription.data,
      usage: usage.ok ? usage.data.usage : null,
      upcoming: upcoming.ok ? upcoming.data.invoice : null,
      subscriptionInvoices: subscriptionInvoices.ok ? subscriptionInvoices.data : [],
      subscriptionInvoicesError: subscriptionInvoices.ok ? null : subscriptionInvoices.message,
      pricing: pricing.ok ? pricing.data : null,
      card: card.ok ? card.data : null,
      cardError: card.ok ? null : card.message,
    })
  }, [api, text.language])

  useEffect(() => {
    void load()
  }, [load])

  /** A section's `onChanged`: its success message shows in that section, where the user acted. */
  const changedIn = useCallback(
    (section: string) => async (message: string) => {
      setNotice({ section, message, key: Date.now() })
      await load()
    },
    [load],
  )

  if (state.kind === 'loading') return <p>{t('billingPageLoading')}</p>
  if (state.kind === 'failed') return <Banner type="error">{state.message}</Banner>
  const { subscription, usage, upcoming, subscriptionInvoices, subscriptionInvoicesError, pricing, card, cardError } =
    state
  const props = { text, api, subscription, canManage }
  return (
    <div data-billing-page={subscription.vendor.slug}>
      {viewer === 'admin' ? <Banner type="info">{t('billingPageViewingAs', { vendor: vendorName })}</Banner> : null}
      {viewer === 'support' ? <Banner type="warning">{t('billingPageActingAs', { vendor: vendorName })}</Banner> : null}
      {viewer === 'member' ? <Banner type="info">{t('billingPageMemberReadOnly')}</Banner> : null}
      {subscription.dunning ? <DunningNotice text={text} dunning={subscription.dunning} /> : null}
      {subscription.readOnly && !subscription.dunning ? (
        <Banner type="error">
          {t('billingPageReadOnly', {
            status: subscription.status ? statusLabel(text, subscription.status).toLowerCase() : '—',
          })}
        </Banner>
      ) : null}
      {canManage && subscription.changesRefused ? (
        <div data-billing-changes-refused={subscription.changesRefused}>
          <Banner type="info">{t(CHANGES_REFUSED[subscription.changesRefused])}</Banner>
        </div>
      ) : null}
      <BillingNoticeContext.Provider value={notice}>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
            alignItems: 'start',
            gap: 16,
            marginTop: 16,
          }}
        >
          <PlanSummary text={text} subscription={subscription} upcoming={upcoming} now={now} />
          {usage ? <UsageSection text={text} usage={usage} blocked={subscription.readOnly} /> : null}
          {pricing ? <ChangePlan {...props} pricing={pricing} onChanged={changedIn('change-plan')} /> : null}
          {pricing ? <AddOnSection {...props} pricing={pricing} onChanged={changedIn('add-ons')} /> : null}
          <PaymentMethodSection
            {...props}
            card={card}
            cardError={cardError}
            stripeJsUrl={stripeJsUrl}
            onChanged={changedIn('payment-method')}
          />
          <SubscriptionInvoiceSection text={text} invoices={subscriptionInvoices} error={subscriptionInvoicesError} />
          {canManage ? <CancelResume {...props} onChanged={changedIn('cancel')} /> : null}
        </div>
      </BillingNoticeContext.Provider>
    </div>
  )
}
