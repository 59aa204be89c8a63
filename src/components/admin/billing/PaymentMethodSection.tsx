'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { loadStripeJs, type StripeCardElement, type StripeClient } from '@/app/(frontend)/components/signup/stripeJs'

import type { BillingClient, Subscription } from './billingApi'
import { ErrorLine, Section, muted } from './Section'
import type { BillingText } from './useBillingText'

type CardForm = { client: StripeClient; card: StripeCardElement; clientSecret: string }

/**
 * The card on file and "Replace card": a SetupIntent from POST /api/billing/payment-method, confirmed in the
 * browser with Stripe.js (the stand-in's in development and tests) as the signup wizard's card step does, then
 * handed back (POST /api/billing/payment-method {setupIntentId}) to become the subscription's card.
 */
export function PaymentMethodSection(props: { text: BillingText; api: BillingClient; subscription: Subscription; canManage: boolean; stripeJsUrl: string; onChanged: (message: string) => Promise<void> }) {
  const { text, api, subscription, canManage, stripeJsUrl, onChanged } = props
  const { t } = text
  const [open, setOpen] = useState(false)
  const [ready, setReady] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const mountRef = useRef<HTMLDivElement>(null)
  const form = useRef<CardForm | null>(null)

  useEffect(() => {
    if (!open) return
    let cancelled = false
    let card: StripeCardElement | null = null
    void (async () => {
      const intent = await api.paymentMethod()
      if (cancelled) return
      if (!intent.ok) return setError(intent.message)
      try {
        const Stripe = await loadStripeJs(stripeJsUrl)
        if (cancelled || !mountRef.current) return
        const client = Stripe(intent.data.publishableKey, { locale: text.language })
        card = client.elements({ locale: text.language }).create('card', { hidePostalCode: true, ariaLabel: t('billingPageCardLabel') })
        card.mount(mountRef.current)
        card.on('change', () => setError(null))
        form.current = { client, card, clientSecret: intent.data.clientSecret }
        setReady(true)
      } catch {
        if (!cancelled) setError(t('billingPageCardUnavailable'))
      }
    })()
    return () => {
      cancelled = true
      card?.destroy()
      form.current = null
      setReady(false)
    }
  }, [open, api, stripeJsUrl, text.language, t])

  async function save() {
    const current = form.current
    if (!current || busy) return
    setBusy(true)
    setError(null)
    const confirmed = await current.client.confirmCardSetup(current.clientSecret, { payment_method: { card: current.card } })
    if (confirmed.error || !confirmed.setupIntent) {
      setBusy(false)
      const declined = confirmed.error?.code === 'card_declined' || confirmed.error?.decline_code !== undefined
      setError(declined ? t('billingPageCardDeclined') : t('billingPageCardFailed'))
      current.card.focus()
      return
    }
    const used = await api.useCard(confirmed.setupIntent.id)
    setBusy(false)
    if (!used.ok) return setError(used.message)
    setOpen(false)
    await onChanged(t('billingPageCardSaved'))
  }

  const method = subscription.paymentMethod
  if (!canManage && !method) return null
  return (
    <Section id="payment-method" title={t('billingPagePaymentMethod')}>
      {method ? (
        <p style={{ margin: '0 0 8px' }} data-billing-card={method.last4}>
          {t('billingPageCardOnFile', { brand: method.brand.toUpperCase(), last4: method.last4, expiry: `${String(method.expMonth).padStart(2, '0')}/${method.expYear}` })}
        </p>
      ) : null}
      {canManage && !open ? (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setOpen(true)}>
          {t('billingPageReplaceCard')}
        </Button>
      ) : null}
      {open ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <span id="billing-card-label" style={{ display: 'block', fontSize: 13, marginBottom: 4 }}>
            {t('billingPageCardLabel')}
          </span>
          <div ref={mountRef} aria-labelledby="billing-card-label" data-ready={ready || undefined} style={{ marginBottom: 8 }} />
          {!ready && !error ? <p style={muted}>{t('billingPageLoading')}</p> : null}
          <div style={{ display: 'flex', gap: 8 }}>
            <Button type="submit" buttonStyle="primary" size="small" margin={false} disabled={!ready || busy}>
              {t('billingPageSaveCard')}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setOpen(false)}>
              {t('billingPageCancelForm')}
            </Button>
          </div>
        </form>
      ) : null}
      <ErrorLine error={error} />
    </Section>
  )
}
