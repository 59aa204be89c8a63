'use client'

import { useEffect, useRef, useState } from 'react'

import type { SignupDictionary } from '@/i18n/site'
import type { Locale } from '@/services/locales'

import type { SignupApi } from './signupApi'
import { loadStripeJs, type StripeCardElement, type StripeClient, type StripeError } from './stripeJs'

type Props = {
  text: SignupDictionary
  api: SignupApi
  locale: Locale
  sessionId: string
  stripeJsUrl: string
  publishableKey: string | null
  summary: string
  busy: boolean
  setBusy: (busy: boolean) => void
  onDone: () => void
}

/** Stripe's error codes in the visitor's language (Stripe's own message when we have no better one). */
function cardMessage(text: SignupDictionary, error: StripeError): string {
  if (error.code === 'card_declined' || error.code === 'expired_card' || error.code === 'insufficient_funds') return text.card.declined
  if (error.code === 'incorrect_number' || error.code === 'invalid_number' || error.code === 'incomplete_number' || error.code === 'invalid_expiry_year' || error.code === 'incorrect_cvc')
    return text.card.invalid
  if (error.code === 'setup_intent_authentication_failure' || error.code === 'authentication_required') return text.card.authentication
  return error.type === 'validation_error' && error.message ? error.message : text.card.failed
}

/** Step 4: the card in Stripe Elements on the signup's SetupIntent, then the completion (which signs the vendor in). */
export function CardStep({ text, api, locale, sessionId, stripeJsUrl, publishableKey, summary, busy, setBusy, onDone }: Props) {
  const mountRef = useRef<HTMLDivElement>(null)
  const stripe = useRef<{ client: StripeClient; card: StripeCardElement; clientSecret: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let cancelled = false
    let card: StripeCardElement | null = null
    void (async () => {
      const intent = await api.setupIntent(sessionId)
      if (cancelled) return
      if (!intent.ok) return setError(intent.error.message)
      try {
        const Stripe = await loadStripeJs(stripeJsUrl)
        if (cancelled || !mountRef.current) return
        const client = Stripe(publishableKey ?? intent.data.publishableKey, { locale })
        card = client.elements({ locale }).create('card', { hidePostalCode: true, ariaLabel: text.card.cardLabel })
        card.mount(mountRef.current)
        card.on('change', () => setError(null))
        stripe.current = { client, card, clientSecret: intent.data.clientSecret }
        setReady(true)
      } catch {
        if (!cancelled) setError(text.card.unavailable)
      }
    })()
    return () => {
      cancelled = true
      card?.destroy()
      stripe.current = null
    }
  }, [api, locale, publishableKey, sessionId, stripeJsUrl, text])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const current = stripe.current
    if (!current || busy) return
    setBusy(true)
    setError(null)
    const confirmed = await current.client.confirmCardSetup(current.clientSecret, { payment_method: { card: current.card } })
    if (confirmed.error || !confirmed.setupIntent) {
      setBusy(false)
      setError(confirmed.error ? cardMessage(text, confirmed.error) : text.card.failed)
      current.card.focus()
      return
    }
    const done = await api.complete(sessionId, confirmed.setupIntent.id)
    if (!done.ok) {
      setBusy(false)
      setError(done.error.message)
      current.card.focus()
      return
    }
    onDone()
  }

  return (
    <form id="card-form" onSubmit={submit} noValidate>
      <p className="wizard__intro">{text.card.intro(30)}</p>
      <p className="wizard__summary">{summary}</p>
      <div className={error ? 'field field--invalid' : 'field'}>
        <span className="field__label" id="card-label">
          {text.card.cardLabel}
        </span>
        <div ref={mountRef} className="card-element" aria-labelledby="card-label" aria-describedby={error ? 'card-error' : undefined} data-ready={ready || undefined} />
        {error && (
          <p className="field__error" id="card-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  )
}
