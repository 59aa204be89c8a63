import { randomBytes } from 'node:crypto'

import { type PayloadRequest, ValidationError } from 'payload'
import Stripe from 'stripe'

import type { Platform, SignupSession, SubscriptionTier, User } from '@/payload-types'
import { cancelVendorBilling } from '@/services/billing/cancelVendorBilling'
import { tierPriceId } from '@/services/billing/prices'
import { STRIPE_STATUS } from '@/services/billing/syncFromStripe'
import { transactionLock } from '@/services/db/locks'
import { Conflict, DomainError, PaymentRequired } from '@/services/errors'
import { shopTakenRefusal } from '@/services/letzshop/claims'
import { isLocale } from '@/services/locales'
import { queueEmail } from '@/services/mail/queueEmail'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'
import { TRIAL_DAYS } from '@/services/subscriptions/status'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'

import { assertOpen, findSignupSession, lockSignupSession, sessionExpiry, updateSignupSession } from './session'
import { holdSessionShop, sessionContact } from './shopHold'
import { assertEmailFree } from './steps'
import { SIGNUP_FIRST_PAYMENT, SIGNUP_STRIPE, SIGNUP_TIER_PRICE } from './stripeMessages'
import { lockTrialKeys, recordTrial, sessionTrialKeys, type TrialKeys, type TrialUsedBy, trialUsedBy } from './trials'
import { uniqueVendorSlug } from './vendorSlug'

export type SignupResult = {
  vendor: { id: number; slug: string }
  /** `active` without trial: the card, VAT number or shop had a free trial on this platform already. */
  subscription: { status: 'trialing' | 'active'; trialEndsAt: string | null }
  /** Whether a trial was given, and else which of the shop, VAT number and card had one. */
  trial: { offered: boolean; usedBy: TrialUsedBy | null }
  platform: Platform
  /** The owner user, to log in (the endpoint sets the auth cookie). */
  user: User
}

/** Part 3 found that the trial this subscription has went to another signup meanwhile (see completeSignup). */
class TrialTakenMeanwhile extends Error {
  constructor(readonly usedBy: TrialUsedBy) {
    super(`The free trial went to another signup meanwhile (${usedBy})`)
  }
}

const isoFromUnix = (seconds: number) => new Date(seconds * 1000).toISOString()

/**
 * Step 4b, in three parts so that no database transaction is open while Stripe works:
 * 1. read and check, without a transaction: the session (409 once completed: a completed session never signs anyone in
 *    again), the SetupIntent on this session's customer (with its card's fingerprint), the e-mail still free, and
 *    whether the card, VAT number or shop had a free trial on this platform already (trials.ts);
 * 2. Stripe: the subscription, the card as default payment method: with the 30-day trial (idempotency key
 *    `signup-<token>-subscription`, so a retry or a parallel complete gets the same subscription back), or without
 *    one, its first invoice charged at once or the creation refused (`error_if_incomplete`, key
 *    `signup-<token>-subscription-paid-<paymentMethod>`: another card is another attempt);
 * 3. one transaction that locks the session row, the e-mail and the trial's keys, checks again, and writes the
 *    vendor, its membership (the subscription row, given Stripe's ids, status and trial end), the trial granted, the
 *    owner user, the Letzshop claim, the welcome mail and the session's completion.
 * When part 3 finds that a parallel signup of the same card, VAT number or shop has just been given the trial, this
 * one signs up without: its trial subscription is cancelled and part 2 runs again without trial (the loser of the
 * race is told so in the answer, as any repeat is). A subscription without trial first cancels any trial
 * subscription an earlier attempt of the session left on its customer.
 * When part 3 refuses (the e-mail registered or the shop claimed meanwhile), the Stripe customer and subscription are
 * removed at once and the session is expired, so the cleanup job removes them if that fails (abandonSignup). A
 * parallel complete of the same session that lost the race answers 409 and removes nothing: it holds the same
 * subscription. Any other failure (the database) leaves the session as it was: a retry finds Stripe's objects again.
 */
export async function completeSignup(
  req: PayloadRequest,
  token: string,
  setupIntentId: string,
  adminUrl: string,
): Promise<SignupResult> {
  const session = await findSignupSession(req, token)
  assertOpen(req, session)
  if (!session.email || !session.passwordHash || !session.passwordSalt || !session.companyName)
    throw new Conflict('signupNeedsAccount')
  if (!session.stripeCustomerId || !session.setupIntentId) throw new Conflict('signupNeedsSetupIntent')
  const stripe = stripeClient()

  const setupIntent = await stripe.setupIntents
    .retrieve(setupIntentId, { expand: ['payment_method'] })
    .catch((error: unknown) => {
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
  const card = setupIntent.payment_method
  const paymentMethod = typeof card === 'string' ? card : card.id
  const cardFingerprint = typeof card === 'string' ? null : (card.card?.fingerprint ?? null)
  if (session.letzshopVendorId) await holdShopFirmly(req, token)

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
  // Checked now, before Stripe is asked for anything, and again under the lock in part 3.
  await assertEmailFree(req, session.email)

  const price = await tierPriceId(req, stripe, platform, tier, session.billingPeriod, SIGNUP_TIER_PRICE)
  const trialKeys = (from: SignupSession): TrialKeys => ({ ...sessionTrialKeys(from), cardFingerprint })
  const subscribe = async (usedBy: TrialUsedBy | null) => {
    const base = {
      customer: session.stripeCustomerId!,
      items: [{ price }],
      default_payment_method: paymentMethod,
      metadata: { signupSession: String(session.id), platform: platform.code, tier: tier.code },
    }
    if (!usedBy)
      return callStripe(req, 'subscription creation', SIGNUP_STRIPE, () =>
        stripe.subscriptions.create(
          { ...base, trial_period_days: TRIAL_DAYS },
          { idempotencyKey: `signup-${session.token}-subscription` },
        ),
      )
    await cancelTrialSubscriptions(req, session.stripeCustomerId!)
    return callStripe(req, 'subscription creation', SIGNUP_FIRST_PAYMENT, () =>
      stripe.subscriptions.create(
        { ...base, payment_behavior: 'error_if_incomplete' },
        { idempotencyKey: `signup-${session.token}-subscription-paid-${paymentMethod}` },
      ),
    )
  }
  const record = (subscription: Stripe.Subscription, usedBy: TrialUsedBy | null) =>
    inTransaction(req, async () => {
      const locked = await lockSignupSession(req, token)
      assertOpen(req, locked)
      await transactionLock(req, 'signup-email', locked.email!)
      await assertEmailFree(req, locked.email!)
      const keys = trialKeys(locked)
      const takenBy = await lockTrialKeys(req, keys)
      if (subscription.trial_end && takenBy) throw new TrialTakenMeanwhile(takenBy)
      return recordSignup(req, locked, {
        platform,
        tier,
        subscription,
        adminUrl,
        trial: subscription.trial_end ? { keys } : { usedBy: takenBy ?? usedBy ?? 'card' },
      })
    })

  const recordOrAbandon = async (subscription: Stripe.Subscription, usedBy: TrialUsedBy | null) => {
    try {
      return await record(subscription, usedBy)
    } catch (error) {
      if (error instanceof DomainError && error.key !== 'signupCompleted')
        await abandonSignup(req, session, subscription.id)
      throw error
    }
  }

  const usedBy = await trialUsedBy(req, trialKeys(session))
  try {
    return await recordOrAbandon(await subscribe(usedBy), usedBy)
  } catch (error) {
    if (!(error instanceof TrialTakenMeanwhile)) throw error
    return recordOrAbandon(await subscribe(error.usedBy), error.usedBy)
  }
}

/**
 * Cancels the trial subscriptions on a signup's customer (one made by an earlier attempt that lost its trial), before
 * a subscription without trial is made for it: the customer is never billed twice.
 */
async function cancelTrialSubscriptions(req: PayloadRequest, customer: string): Promise<void> {
  const stripe = stripeClient()
  const trials = await callStripe(req, 'subscription listing', SIGNUP_STRIPE, () =>
    stripe.subscriptions.list({ customer, status: 'trialing', limit: 100 }),
  )
  for (const trial of trials.data)
    await callStripe(req, 'trial subscription cancellation', SIGNUP_STRIPE, () =>
      cancelVendorBilling(req, { stripeSubscriptionId: trial.id }),
    )
}

/**
 * The card is confirmed: the session's soft hold on its shop becomes firm (for the session's life), before Stripe is
 * asked for a subscription. When the soft hold had lapsed and someone else took the shop meanwhile, the session goes
 * on without it (committed) and this completion is refused with the taker's message; the next one completes without
 * a shop, which the owner can claim later.
 */
async function holdShopFirmly(req: PayloadRequest, token: string): Promise<void> {
  const refusal = await inTransaction(req, async () => {
    const locked = await lockSignupSession(req, token)
    assertOpen(req, locked)
    if (!locked.letzshopVendorId) return null
    const held = await holdSessionShop(req, locked, sessionExpiry())
    if ('until' in held) {
      await updateSignupSession(req, locked, { shopHeldUntil: held.until })
      return null
    }
    await updateSignupSession(req, locked, {
      letzshopVendorId: null,
      letzshopSlug: null,
      letzshopName: null,
      shopHeldUntil: null,
    })
    return shopTakenRefusal(held.taken, await sessionContact(req, locked))
  })
  if (refusal) throw refusal
}

/**
 * A completion refused after Stripe's objects were made: the subscription cancelled and the customer deleted now
 * (cancelVendorBilling, idempotent), and the session expired in any case, so that the cleanup job deletes the
 * customer (and with it the subscription) if Stripe fails here. Never throws: the refusal is what the caller answers.
 */
async function abandonSignup(req: PayloadRequest, session: SignupSession, subscriptionId: string): Promise<void> {
  await req.payload
    .update({
      collection: 'signup-sessions',
      id: session.id,
      data: { expiresAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    .catch((error: unknown) => req.payload.logger.error({ msg: 'Abandoned signup session not expired', err: error }))
  await cancelVendorBilling(req, {
    stripeSubscriptionId: subscriptionId,
    stripeCustomerId: session.stripeCustomerId,
    deleteCustomer: true,
  }).catch((error: unknown) =>
    req.payload.logger.warn({
      msg: `Abandoned signup ${session.id}: Stripe customer ${session.stripeCustomerId} left to the cleanup job`,
      err: error,
    }),
  )
}

/** Part 3 of completeSignup: our rows for a signup whose Stripe subscription exists, in `req`'s transaction. */
async function recordSignup(
  req: PayloadRequest,
  session: SignupSession,
  {
    platform,
    tier,
    subscription,
    adminUrl,
    trial,
  }: {
    platform: Platform
    tier: SubscriptionTier
    subscription: Stripe.Subscription
    adminUrl: string
    /** The trial granted (its keys, to record), or which key had one already. */
    trial: { keys: TrialKeys } | { usedBy: TrialUsedBy }
  },
): Promise<SignupResult> {
  const trialEndsAt = subscription.trial_end ? isoFromUnix(subscription.trial_end) : null
  const item = subscription.items.data[0]

  const name = session.companyName!
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
  const membership = (
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
    id: membership.id,
    data: {
      billingPeriod: session.billingPeriod,
      stripeCustomerId: session.stripeCustomerId,
      stripeSubscriptionId: subscription.id,
      status: STRIPE_STATUS[subscription.status] ?? 'past_due',
      trialEndsAt,
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

  if ('keys' in trial)
    await recordTrial(req, {
      ...trial.keys,
      letzshopSlug: session.letzshopVendorId ? session.letzshopSlug : null,
      vendor: vendor.id,
      stripeSubscriptionId: subscription.id,
    })

  // Created with a throw-away password, then given the signup's salt and hash (Payload's scheme, see passwordHash.ts).
  const created = await req.payload.create({
    collection: 'users',
    data: {
      email: session.email!,
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
    to: session.email!,
    template: 'welcome',
    locale,
    platform: platform.code,
    vars: {
      vendorName: name,
      trialEndsAt: vendorSubscription.trialEndsAt ?? null,
      adminUrl,
      planName: tier.name,
      priceAfterTrial: session.billingPeriod === 'annual' ? tier.priceAnnual : tier.priceMonthly,
      billingPeriod: session.billingPeriod,
      loginEmail: session.email!,
      shopName: session.letzshopVendorId ? (session.letzshopName ?? session.letzshopSlug ?? null) : null,
    },
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
    subscription: trialEndsAt ? { status: 'trialing', trialEndsAt } : { status: 'active', trialEndsAt: null },
    trial: 'keys' in trial ? { offered: true, usedBy: null } : { offered: false, usedBy: trial.usedBy },
    platform,
    user: created,
  }
}
