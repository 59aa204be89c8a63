import type { PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { Conflict, PaymentRequired } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient, stripePublishableKey } from '@/services/stripe/client'

import { changeableSubscription } from './billingActions'
import { BILLING_STRIPE } from './stripeMessages'
import { stripeIds } from './stripeSubscription'
import type { BillingTarget } from './types'

/** Marks SetupIntents made to replace a subscription's card, so a webhook handler can recognise them. */
export const REPLACE_CARD_PURPOSE = 'replace_card'

/**
 * POST /api/billing/payment-method: a SetupIntent on the vendor's Stripe customer for a new card (answered like the
 * signup step, `{clientSecret, publishableKey}`); Stripe.js confirms it in the browser. Then
 * `POST /api/billing/payment-method {setupIntentId}` (or the setup_intent.succeeded webhook, through
 * useConfirmedCard) makes the card the default of the customer and the subscription.
 */
export async function replaceCardIntent(
  req: PayloadRequest,
  target: BillingTarget,
): Promise<{ clientSecret: string; publishableKey: string; setupIntentId: string }> {
  const subscription = changeableSubscription(req, target, 'replaceCard')
  const publishableKey = stripePublishableKey()
  const stripe = stripeClient()
  const intent = await callStripe(req, 'SetupIntent creation', BILLING_STRIPE, () =>
    stripe.setupIntents.create({
      customer: subscription.stripeCustomerId!,
      usage: 'off_session',
      allowed_payment_method_types: ['card'],
      metadata: {
        purpose: REPLACE_CARD_PURPOSE,
        stripeSubscription: subscription.stripeSubscriptionId,
        vendor: String(target.vendor.id),
      },
    }),
  )
  return { clientSecret: intent.client_secret!, publishableKey, setupIntentId: intent.id }
}

/**
 * Makes the card of a succeeded SetupIntent the default payment method of the Stripe customer (invoice_settings) and
 * of the subscription. Idempotent. 409 when the SetupIntent is another customer's, 402 when it did not succeed.
 */
export async function useConfirmedCard(
  req: PayloadRequest,
  stripeCustomerId: string,
  stripeSubscriptionId: string,
  setupIntentId: string,
): Promise<{ paymentMethod: string }> {
  const stripe = stripeClient()
  const intent = await stripe.setupIntents.retrieve(setupIntentId).catch((error: unknown) => {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null
    return callStripe(req, 'SetupIntent retrieval', BILLING_STRIPE, () => Promise.reject(error))
  })
  const customer = typeof intent?.customer === 'string' ? intent.customer : intent?.customer?.id
  if (!intent || customer !== stripeCustomerId) throw new Conflict('billingSetupIntentMismatch')
  if (intent.status !== 'succeeded' || !intent.payment_method) {
    const reason = intent.last_setup_error?.message ? `: ${intent.last_setup_error.message}` : ''
    throw new PaymentRequired('billingCardNotConfirmed', { reason })
  }
  const paymentMethod = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method.id
  await callStripe(req, 'customer update', BILLING_STRIPE, () =>
    stripe.customers.update(stripeCustomerId, { invoice_settings: { default_payment_method: paymentMethod } }),
  )
  await callStripe(req, 'subscription update', BILLING_STRIPE, () =>
    stripe.subscriptions.update(stripeSubscriptionId, { default_payment_method: paymentMethod }),
  )
  return { paymentMethod }
}

/** The second step of the card replacement, for the vendor's own subscription. */
export async function confirmReplacedCard(req: PayloadRequest, target: BillingTarget, setupIntentId: string) {
  const subscription = changeableSubscription(req, target, 'replaceCard')
  return useConfirmedCard(req, subscription.stripeCustomerId!, subscription.stripeSubscriptionId, setupIntentId)
}

/** A card as the billing API shows it: never more than Stripe lets anyone see (brand, last four digits, expiry). */
export type CardView = { brand: string; last4: string; expMonth: number; expYear: number }

type ExpandedPaymentMethod = string | Stripe.PaymentMethod | null | undefined

const cardView = (paymentMethod: ExpandedPaymentMethod): CardView | null => {
  const card = typeof paymentMethod === 'object' ? paymentMethod?.card : undefined
  return card ? { brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year } : null
}

/** Reading the card: Stripe failing means it cannot be shown. */
const CARD_NOT_SHOWN = { ...BILLING_STRIPE, failed: 'billingCardNotShown' } as const

const customersCard = (
  customer: string | Stripe.Customer | Stripe.DeletedCustomer | null | undefined,
): ExpandedPaymentMethod =>
  typeof customer === 'object' && customer && !customer.deleted
    ? customer.invoice_settings?.default_payment_method
    : null

/**
 * GET /api/billing/payment-method: the card Stripe charges the vendor's subscription invoices to, as Stripe picks it: the
 * subscription's default payment method, else the customer's (invoice_settings.default_payment_method), read in one
 * call with both expanded. Null when there is none, when it is not a card, or when the vendor is not billed on Stripe.
 */
export async function currentCard(req: PayloadRequest, target: BillingTarget): Promise<CardView | null> {
  const ids = stripeIds(req, target)
  if (!ids.customer && !ids.subscription) return null
  const stripe = stripeClient()
  if (ids.subscription) {
    const subscription = await callStripe(req, 'subscription retrieval', CARD_NOT_SHOWN, () =>
      stripe.subscriptions.retrieve(ids.subscription!, {
        expand: ['default_payment_method', 'customer.invoice_settings.default_payment_method'],
      }),
    )
    // A subscription's own payment method wins even when it is not a card: Stripe charges that one.
    return cardView(subscription.default_payment_method ?? customersCard(subscription.customer))
  }
  const customer = await callStripe(req, 'customer retrieval', CARD_NOT_SHOWN, () =>
    stripe.customers.retrieve(ids.customer!, { expand: ['invoice_settings.default_payment_method'] }),
  )
  return cardView(customersCard(customer))
}
