import { randomBytes } from 'node:crypto'

import { type PayloadRequest, ValidationError } from 'payload'
import Stripe from 'stripe'

import type { SignupSession, User } from '@/payload-types'
import { tierPriceId } from '@/services/billing/prices'
import { Conflict, PaymentRequired } from '@/services/errors'
import { isLocale } from '@/services/locales'
import { queueEmail } from '@/services/mail/queueEmail'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'
import { TRIAL_DAYS } from '@/services/subscriptions/status'
import { relationId } from '@/utilities/relationId'

import { updateSignupSession } from './session'
import { assertEmailFree } from './steps'
import { SIGNUP_STRIPE, SIGNUP_TIER_PRICE } from './stripeMessages'
import { uniqueVendorSlug } from './vendorSlug'

export type SignupResult = {
  vendor: { id: number; slug: string }
  subscription: { status: 'trialing'; trialEndsAt: string }
  /** The owner user, to log in (the endpoint sets the auth cookie). */
  user: User
}

const isoFromUnix = (seconds: number) => new Date(seconds * 1000).toISOString()

/** The answer of a session that has completed before (a double click, a retry after a lost answer). */
async function completedResult(req: PayloadRequest, session: SignupSession): Promise<SignupResult> {
  const vendorId = relationId(session.completedVendor)!
  const vendor = await req.payload.findByID({
    collection: 'vendors',
    id: vendorId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const subscription = (
    await req.payload.find({
      collection: 'vendor-subscriptions',
      where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: relationId(session.platform) } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]
  const user = await req.payload.findByID({
    collection: 'users',
    id: relationId(session.completedUser)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    vendor: { id: vendor.id, slug: vendor.slug },
    subscription: { status: 'trialing', trialEndsAt: subscription?.trialEndsAt ?? '' },
    user,
  }
}

/**
 * Step 4b. Checks the SetupIntent succeeded on this session's Stripe customer, creates the Stripe subscription
 * (30-day trial, the card as default payment method, idempotency key `signup-<token>-subscription`), then the vendor,
 * its membership (which starts the trialing subscription, here given Stripe's ids and trial end), the owner user, the
 * Letzshop claim and the welcome mail. `req` must carry a transaction in which the session row is locked
 * (lockSignupSession): the caller commits it, or rolls all of it back; a retry then finds Stripe's objects again
 * through the same idempotency keys. A session that has completed answers with what it created.
 */
export async function completeSignup(
  req: PayloadRequest,
  session: SignupSession,
  setupIntentId: string,
  adminUrl: string,
): Promise<SignupResult & { repeated: boolean }> {
  if (session.completedVendor) return { ...(await completedResult(req, session)), repeated: true }
  if (!session.email || !session.passwordHash || !session.passwordSalt || !session.companyName)
    throw new Conflict('signupNeedsAccount')
  if (!session.stripeCustomerId || !session.setupIntentId) throw new Conflict('signupNeedsSetupIntent')
  const stripe = stripeClient()

  const setupIntent = await stripe.setupIntents.retrieve(setupIntentId).catch((error: unknown) => {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null
    return callStripe(req, 'SetupIntent retrieval', SIGNUP_STRIPE, () => Promise.reject(error))
  })
  const customerOf = (value: string | Stripe.Customer | Stripe.DeletedCustomer | null | undefined) =>
    typeof value === 'string' ? value : value?.id
  if (!setupIntent || customerOf(setupIntent.customer) !== session.stripeCustomerId) {
    throw new Conflict('signupSetupIntentMismatch')
  }
  if (setupIntent.status !== 'succeeded' || !setupIntent.payment_method) {
    const reason = setupIntent.last_setup_error?.message ? `: ${setupIntent.last_setup_error.message}` : ''
    throw new PaymentRequired('signupCardNotConfirmed', { reason })
  }
  const paymentMethod =
    typeof setupIntent.payment_method === 'string' ? setupIntent.payment_method : setupIntent.payment_method.id

  const platform = await req.payload.findByID({
    collection: 'platforms',
    id: relationId(session.platform)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const tier = await req.payload.findByID({
    collection: 'subscription-tiers',
    id: relationId(session.tier)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // Checked again now: someone may have registered this email since the account step.
  await assertEmailFree(req, session.email)

  const price = await tierPriceId(req, stripe, platform, tier, session.billingPeriod, SIGNUP_TIER_PRICE)
  const subscription = await callStripe(req, 'subscription creation', SIGNUP_STRIPE, () =>
    stripe.subscriptions.create(
      {
        customer: session.stripeCustomerId!,
        items: [{ price }],
        trial_period_days: TRIAL_DAYS,
        default_payment_method: paymentMethod,
        metadata: { signupSession: String(session.id), platform: platform.code, tier: tier.code },
      },
      { idempotencyKey: `signup-${session.token}-subscription` },
    ),
  )
  const trialEndsAt = subscription.trial_end ? isoFromUnix(subscription.trial_end) : null
  const item = subscription.items.data[0]

  const name = session.companyName
  const slug = await uniqueVendorSlug(req, session.letzshopSlug ?? name)
  let vendor
  try {
    vendor = await req.payload.create({
      collection: 'vendors',
      data: {
        name,
        slug,
        country: session.country ?? undefined,
        vatNumber: session.vatNumber ?? undefined,
        ...(session.letzshopVendorId
          ? {
              letzshopVendorId: session.letzshopVendorId,
              letzshopSlug: session.letzshopSlug,
              letzshopClaimedAt: new Date().toISOString(),
            }
          : {}),
      },
      context: { letzshopClaim: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (error instanceof ValidationError && error.data.errors.some((field) => field.path.startsWith('letzshop'))) {
      throw new Conflict('letzshopShopClaimed')
    }
    throw error
  }

  await req.payload.create({
    collection: 'vendor-platforms',
    data: {
      vendor: vendor.id,
      platform: platform.id,
      tier: tier.id,
      isActive: true,
      joinedAt: new Date().toISOString(),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const trial = (
    await req.payload.find({
      collection: 'vendor-subscriptions',
      where: { and: [{ vendor: { equals: vendor.id } }, { platform: { equals: platform.id } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]
  const vendorSubscription = await req.payload.update({
    collection: 'vendor-subscriptions',
    id: trial.id,
    data: {
      billingPeriod: session.billingPeriod,
      stripeCustomerId: session.stripeCustomerId,
      stripeSubscriptionId: subscription.id,
      ...(trialEndsAt ? { trialEndsAt } : {}),
      ...(item
        ? {
            currentPeriodStart: isoFromUnix(item.current_period_start),
            currentPeriodEnd: isoFromUnix(item.current_period_end),
          }
        : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })

  // Created with a throw-away password, then given the signup's salt and hash (Payload's scheme, see passwordHash.ts).
  const created = await req.payload.create({
    collection: 'users',
    data: {
      email: session.email,
      password: randomBytes(24).toString('base64url'),
      roles: ['vendor-owner'],
      vendors: [vendor.id],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.db.updateOne({
    collection: 'users',
    id: created.id,
    data: { salt: session.passwordSalt, hash: session.passwordHash },
    req,
    returning: false,
  })

  const locale = isLocale(session.locale) ? session.locale : 'en'
  await queueEmail(req, {
    to: session.email,
    template: 'welcome',
    locale,
    platform: platform.code,
    vars: { vendorName: name, trialEndsAt: vendorSubscription.trialEndsAt!, adminUrl },
    mailId: `welcome:${vendor.id}`,
  })

  await updateSignupSession(req, session, {
    completedVendor: vendor.id,
    completedUser: created.id,
    completedAt: new Date().toISOString(),
    passwordHash: null,
    passwordSalt: null,
  })
  return {
    vendor: { id: vendor.id, slug: vendor.slug },
    subscription: { status: 'trialing', trialEndsAt: vendorSubscription.trialEndsAt! },
    user: created,
    repeated: false,
  }
}
