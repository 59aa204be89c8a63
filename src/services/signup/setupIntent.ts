import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { SignupSession } from '@/payload-types'
import { Conflict } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient, stripePublishableKey } from '@/services/stripe/client'
import { inTransaction } from '@/services/transactions'

import { assertOpen, findSignupSession, lockSignupSession, updateSignupSession } from './session'
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
 * can still be confirmed. Stripe is called with no database transaction open; the ids are then written in a short one
 * that locks the session row. Two parallel calls may each make a SetupIntent on the one customer: the last written is
 * resumed after a reload, and completion accepts any confirmed SetupIntent of the session's customer.
 */
export async function signupSetupIntent(
  req: PayloadRequest,
  token: string,
): Promise<{ clientSecret: string; publishableKey: string; session: SignupSession }> {
  const session = await findSignupSession(req, token)
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

  const save = (data: Partial<SignupSession>) =>
    inTransaction(req, async () => {
      const locked = await lockSignupSession(req, token)
      assertOpen(req, locked)
      return updateSignupSession(req, locked, data)
    })

  if (session.setupIntentId) {
    const existing = await callStripe(req, 'SetupIntent retrieval', SIGNUP_STRIPE, () =>
      stripe.setupIntents.retrieve(session.setupIntentId!),
    )
    if (existing.customer === customerId && REUSABLE.includes(existing.status) && existing.client_secret) {
      const saved = customerId !== session.stripeCustomerId ? await save({ stripeCustomerId: customerId }) : session
      return { clientSecret: existing.client_secret, publishableKey, session: saved }
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
  const updated = await save({ stripeCustomerId: customerId, setupIntentId: setupIntent.id })
  return { clientSecret: setupIntent.client_secret!, publishableKey, session: updated }
}
