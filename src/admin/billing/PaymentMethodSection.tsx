'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import { type SetupIntentAnswer, useCardSetup } from '@/ui/stripe/useCardSetup'

import type { BillingClient, Card, Subscription } from './billingApi'
import { ErrorLine, Section, muted } from './Section'
import type { BillingText } from './useBillingText'

/** Stripe's card brands as their owners write them; another brand is shown as Stripe names it. */
const BRAND_NAMES: Record<string, string> = {
  amex: 'American Express',
  cartes_bancaires: 'Cartes Bancaires',
  diners: 'Diners Club',
  discover: 'Discover',
  eftpos_au: 'eftpos',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
}

/** "Visa •••• 4242, expires 12/2030" in the admin language, or "No card on file". */
function CardOnFile({ text, card }: { text: BillingText; card: Card | null }) {
  if (!card) {
    return (
      <p style={{ ...muted, margin: '0 0 8px' }} data-billing-card="none">
        {text.t('billingPageNoCard')}
      </p>
    )
  }
  const expiry = `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`
  return (
    <p style={{ margin: '0 0 8px' }} data-billing-card={card.last4}>
      {text.t('billingPageCardOnFile', { brand: BRAND_NAMES[card.brand] ?? card.brand, last4: card.last4, expiry })}
    </p>
  )
}

/**
 * The card on file (GET /api/billing/payment-method, read again with the page after a change) and "Replace card": a SetupIntent from POST /api/billing/payment-method, confirmed in the
 * browser with Stripe.js (the stand-in's in development and tests) as the signup wizard's card step does, then
 * handed back (POST /api/billing/payment-method {setupIntentId}) to become the subscription's card.
 */
export function PaymentMethodSection(props: {
  text: BillingText
  api: BillingClient
  subscription: Subscription
  card: Card | null
  /** Why the card could not be read (the endpoint's message), or null. */
  cardError: string | null
  canManage: boolean
  stripeJsUrl: string
  onChanged: (message: string) => Promise<void>
}) {
  const { text, api, subscription, card: cardOnFile, cardError, canManage, stripeJsUrl, onChanged } = props
  const { t } = text
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const createSetupIntent = useCallback(async (): Promise<SetupIntentAnswer> => {
    const intent = await api.paymentMethod()
    return intent.ok
      ? { ok: true, clientSecret: intent.data.clientSecret, publishableKey: intent.data.publishableKey }
      : intent
  }, [api])
  const cardSetup = useCardSetup({
    enabled: open,
    stripeJsUrl,
    locale: text.language,
    label: t('billingPageCardLabel'),
    unavailable: t('billingPageCardUnavailable'),
    createSetupIntent,
    refusal: (error) =>
      error?.code === 'card_declined' || error?.decline_code !== undefined
        ? t('billingPageCardDeclined')
        : t('billingPageCardFailed'),
    busy,
    setBusy,
  })
  const { mountRef, ready, error, setError } = cardSetup

  async function save() {
    const setupIntentId = await cardSetup.confirm()
    if (!setupIntentId) return
    const used = await api.useCard(setupIntentId)
    setBusy(false)
    if (!used.ok) return setError(used.message)
    setOpen(false)
    await onChanged(t('billingPageCardSaved'))
  }

  return (
    <Section id="payment-method" title={t('billingPagePaymentMethod')}>
      {cardError ? <ErrorLine error={cardError} margin="0 0 8px" /> : <CardOnFile text={text} card={cardOnFile} />}
      {canManage && subscription.actions.replaceCard && !open ? (
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
          <div
            ref={mountRef}
            aria-labelledby="billing-card-label"
            data-ready={ready || undefined}
            style={{ marginBottom: 8 }}
          />
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
