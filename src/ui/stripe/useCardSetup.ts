'use client'

import { useEffect, useRef, useState } from 'react'

import { loadStripeJs, type StripeCardElement, type StripeClient, type StripeError } from './stripeJs'

/** Our server's answer for a new SetupIntent: its client secret and the publishable key to confirm it with, or why not. */
export type SetupIntentAnswer =
  { ok: true; clientSecret: string; publishableKey: string } | { ok: false; message: string }

type CardSetupOptions = {
  /** False while the card form is closed: nothing loads, and closing it destroys the card element. */
  enabled?: boolean
  stripeJsUrl: string
  locale: string
  /** The card field's accessible name. */
  label: string
  /** The error shown when Stripe.js cannot be loaded. */
  unavailable: string
  /** Asks our server for the SetupIntent; memoise it (useCallback): a new function asks for a new SetupIntent. */
  createSetupIntent: () => Promise<SetupIntentAnswer>
  /** The line for Stripe's refusal of the card (`error` null when Stripe gave no reason). */
  refusal: (error: StripeError | null) => string
  /** The form's busy flag: set while the card is confirmed, cleared when Stripe refuses it. */
  busy: boolean
  setBusy: (busy: boolean) => void
}

/**
 * Stripe's card element on a SetupIntent, for the signup wizard's card step and the billing page's "Replace card":
 * asks our server for the SetupIntent, loads Stripe.js, mounts the card into `mountRef` and confirms it. `error` is
 * the line to show (cleared as the card is edited); the caller sets it too, for its own server's refusals.
 */
export function useCardSetup(options: CardSetupOptions) {
  const { enabled = true, stripeJsUrl, locale, label, unavailable, createSetupIntent, refusal, busy, setBusy } = options
  const mountRef = useRef<HTMLDivElement>(null)
  const form = useRef<{ client: StripeClient; card: StripeCardElement; clientSecret: string } | null>(null)
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    let card: StripeCardElement | null = null
    void (async () => {
      const intent = await createSetupIntent()
      if (cancelled) return
      if (!intent.ok) return setError(intent.message)
      try {
        const Stripe = await loadStripeJs(stripeJsUrl)
        if (cancelled || !mountRef.current) return
        const client = Stripe(intent.publishableKey, { locale })
        card = client.elements({ locale }).create('card', { hidePostalCode: true, ariaLabel: label })
        card.mount(mountRef.current)
        card.on('change', () => setError(null))
        form.current = { client, card, clientSecret: intent.clientSecret }
        setReady(true)
      } catch {
        if (!cancelled) setError(unavailable)
      }
    })()
    return () => {
      cancelled = true
      card?.destroy()
      form.current = null
      setReady(false)
    }
  }, [enabled, createSetupIntent, stripeJsUrl, locale, label, unavailable])

  /**
   * Confirms the SetupIntent with the card typed in and answers its id, for the caller to hand to our server (still
   * busy). Null when nothing was confirmed: busy already, the card not mounted, or Stripe refused it (then `error`
   * says why and the card has the focus again).
   */
  const confirm = async (): Promise<string | null> => {
    const current = form.current
    if (!current || busy) return null
    setBusy(true)
    setError(null)
    const confirmed = await current.client.confirmCardSetup(current.clientSecret, {
      payment_method: { card: current.card },
    })
    if (confirmed.error || !confirmed.setupIntent) {
      setBusy(false)
      setError(refusal(confirmed.error ?? null))
      current.card.focus()
      return null
    }
    return confirmed.setupIntent.id
  }

  return { mountRef, ready, error, setError, confirm, focus: () => form.current?.card.focus() }
}
