'use client'

import { useCallback } from 'react'

import type { SignupDictionary } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { StripeError } from '@/ui/stripe/stripeJs'
import { type SetupIntentAnswer, useCardSetup } from '@/ui/stripe/useCardSetup'

import type { SignupApi, SignupTrial } from './signupApi'

type Props = {
  text: SignupDictionary
  api: SignupApi
  locale: Locale
  sessionId: string
  stripeJsUrl: string
  publishableKey: string | null
  summary: string
  /** False when the shop or VAT number had a free trial already: the subscription starts at once. */
  withTrial: boolean
  busy: boolean
  setBusy: (busy: boolean) => void
  /** `trial`: what the completion says of it (the card may have had a trial too). */
  onDone: (trial: SignupTrial) => void
}

/** Stripe's error codes in the visitor's language (Stripe's own message when we have no better one). */
function cardMessage(text: SignupDictionary, error: StripeError): string {
  if (error.code === 'card_declined' || error.code === 'expired_card' || error.code === 'insufficient_funds')
    return text.card.declined
  if (
    error.code === 'incorrect_number' ||
    error.code === 'invalid_number' ||
    error.code === 'incomplete_number' ||
    error.code === 'invalid_expiry_year' ||
    error.code === 'incorrect_cvc'
  )
    return text.card.invalid
  if (error.code === 'setup_intent_authentication_failure' || error.code === 'authentication_required')
    return text.card.authentication
  return error.type === 'validation_error' && error.message ? error.message : text.card.failed
}

/** Step 4: the card in Stripe Elements on the signup's SetupIntent, then the completion (which signs the vendor in). */
export function CardStep({
  text,
  api,
  locale,
  sessionId,
  stripeJsUrl,
  publishableKey,
  summary,
  withTrial,
  busy,
  setBusy,
  onDone,
}: Props) {
  const createSetupIntent = useCallback(async (): Promise<SetupIntentAnswer> => {
    const intent = await api.setupIntent(sessionId)
    if (!intent.ok) return { ok: false, message: intent.error.message }
    return {
      ok: true,
      clientSecret: intent.data.clientSecret,
      publishableKey: publishableKey ?? intent.data.publishableKey,
    }
  }, [api, publishableKey, sessionId])
  const refusal = (error: StripeError | null) => (error ? cardMessage(text, error) : text.card.failed)
  const cardSetup = useCardSetup({
    stripeJsUrl,
    locale,
    label: text.card.cardLabel,
    unavailable: text.card.unavailable,
    createSetupIntent,
    refusal,
    busy,
    setBusy,
  })
  const { mountRef, ready, error, setError } = cardSetup

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const setupIntentId = await cardSetup.confirm()
    if (!setupIntentId) return
    const done = await api.complete(sessionId, setupIntentId)
    if (!done.ok) {
      setBusy(false)
      setError(done.error.message)
      cardSetup.focus()
      return
    }
    onDone(done.data.trial)
  }

  return (
    <form id="card-form" onSubmit={submit} noValidate>
      <p className="wizard__intro">{withTrial ? text.card.intro(30) : text.card.introWithoutTrial}</p>
      <p className="wizard__summary">{summary}</p>
      <div className={error ? 'field field--invalid' : 'field'}>
        <span className="field__label" id="card-label">
          {text.card.cardLabel}
        </span>
        <div
          ref={mountRef}
          className="card-element"
          aria-labelledby="card-label"
          aria-describedby={error ? 'card-error' : undefined}
          data-ready={ready || undefined}
        />
        {error && (
          <p className="field__error" id="card-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  )
}
