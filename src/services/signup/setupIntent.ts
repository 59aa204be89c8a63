import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { SignupSession } from '@/payload-types'
import { Conflict } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient, stripePublishableKey } from '@/services/stripe/client'

import { assertOpen, updateSignupSession } from './session'
import { SIGNUP_STRIPE } from './stripeMessages'

const REUSABLE: Stripe.SetupIntent.Status[] = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'succeeded',
]

/**
 * Step 4a: the card form's SetupIntent (usage off_session, cards only) on the session's Stripe customer. The customer is
 * created once per session (idempotency key `signup-<token>-customer`); a reload gets the same SetupIntent back while it
 * can still be confirmed. Runs in the caller's transaction with the session row locked, so parallel calls create one.
 */
export async function signupSetupIntent(
  req: PayloadRequest,
  session: SignupSession,
): Promise<{ clientSecret: string; publishableKey: string; session: SignupSession }> {
  assertOpen(req, session)
  if (!session.email || !session.passwordHash) throw new Conflict('signupNeedsAccount')
  const publishableKey = stripePublishableKey()
  const stripe = stripeClient()

  const customerId =
    session.stripeCustomerId ??
    (
      await callStripe(req, 'customer creation', SIGNUP_STRIPE, () =>
        stripe.customers.create(
          {
            email: session.email!,
            name: session.companyName ?? undefined,
            metadata: { signupSession: String(session.id) },
          },
          { idempotencyKey: `signup-${session.token}-customer` },
        ),
      )
    ).id

  if (session.setupIntentId) {
    const existing = await callStripe(req, 'SetupIntent retrieval', SIGNUP_STRIPE, () =>
      stripe.setupIntents.retrieve(session.setupIntentId!),
    )
    if (existing.customer === customerId && REUSABLE.includes(existing.status) && existing.client_secret) {
      if (customerId !== session.stripeCustomerId)
        session = await updateSignupSession(req, session, { stripeCustomerId: customerId })
      return { clientSecret: existing.client_secret, publishableKey, session }
    }
  }
  const setupIntent = await callStripe(req, 'SetupIntent creation', SIGNUP_STRIPE, () =>
    stripe.setupIntents.create({
      customer: customerId,
      usage: 'off_session',
      allowed_payment_method_types: ['card'],
      metadata: { signupSession: String(session.id) },
    }),
  )
  const updated = await updateSignupSession(req, session, {
    stripeCustomerId: customerId,
    setupIntentId: setupIntent.id,
  })
  return { clientSecret: setupIntent.client_secret!, publishableKey, session: updated }
}
