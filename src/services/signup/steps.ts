import type { PayloadRequest } from 'payload'

import type { SignupSession } from '@/payload-types'
import { Conflict, InvalidInput, NotFound } from '@/services/errors'
import { findLetzshopShop, letzshopSlugOf, lockShopAndFindTaker, shopTakenRefusal } from '@/services/letzshop/claims'
import type { Locale } from '@/services/locales'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'

import { hashPassword } from './passwordHash'
import {
  assertOpen,
  findSignupSession,
  lockSignupSession,
  newSignupToken,
  sessionExpiry,
  updateSignupSession,
} from './session'
import { sessionContact, softHoldUntil } from './shopHold'
import { checkVatNumber } from './vat'

export type BillingPeriod = 'monthly' | 'annual'

/** Step 1: a new session for a public tier of an active platform. */
export async function startSignup(
  req: PayloadRequest,
  input: { platform: string; tier: string; billingPeriod: BillingPeriod },
): Promise<SignupSession> {
  const platform = (
    await req.payload.find({
      collection: 'platforms',
      where: { and: [{ code: { equals: input.platform } }, { isActive: { not_equals: false } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]
  if (!platform) throw new NotFound('signupPlatformNotFound', { platform: input.platform })
  const tier = (
    await req.payload.find({
      collection: 'subscription-tiers',
      where: {
        and: [
          { platform: { equals: platform.id } },
          { code: { equals: input.tier } },
          { isPublic: { not_equals: false } },
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]
  if (!tier) throw new NotFound('signupTierNotFound', { tier: input.tier })
  const price = input.billingPeriod === 'annual' ? tier.priceAnnual : tier.priceMonthly
  if (!price) throw new InvalidInput('signupPlanNotOnline', { tier: tier.name, period: input.billingPeriod })

  return req.payload.create({
    collection: 'signup-sessions',
    data: {
      token: newSignupToken(),
      platform: platform.id,
      tier: tier.id,
      billingPeriod: input.billingPeriod,
      expiresAt: sessionExpiry(),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Step 2 (optional): holds a Letzshop shop for this signup, softly (shopHold.ts). A shop owned by a vendor, or held by
 * another live signup, is answered 409 saying which ("try again in N minutes" for a hold) with the platform's contact
 * address; an advisory lock on the shop (the one a vendor's claim takes too) makes two parallel claims end with one
 * hold. The unique index on vendors.letzshopVendorId remains the final judge at completion.
 * Letzshop is asked first, with no transaction open; then the session row is locked in a short one.
 */
export async function claimSignupShop(req: PayloadRequest, token: string, reference: string): Promise<SignupSession> {
  assertOpen(req, await findSignupSession(req, token))
  const shop = await findLetzshopShop(req, letzshopSlugOf(req, reference))
  return inTransaction(req, async () => {
    const session = await lockSignupSession(req, token)
    assertOpen(req, session)
    if (session.letzshopVendorId === shop.id && session.shopHeldUntil && new Date(session.shopHeldUntil) > new Date())
      return updateSignupSession(req, session, {})
    const taken = await lockShopAndFindTaker(req, shop, { exceptSession: session.id })
    if (taken) throw shopTakenRefusal(taken, await sessionContact(req, session))
    return updateSignupSession(req, session, {
      letzshopVendorId: shop.id,
      letzshopSlug: shop.slug,
      letzshopName: shop.name,
      shopHeldUntil: softHoldUntil(),
    })
  })
}

export type AccountInput = {
  email: string
  password: string
  companyName: string
  country: string
  vatNumber?: string | null
  locale: Locale
}

/** 409 "sign in instead" for an email that has an account, and nothing more about that account. */
export async function assertEmailFree(req: PayloadRequest, email: string): Promise<void> {
  const existing = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0)
    throw new Conflict('signupEmailTaken', {}, { fields: [{ path: 'email', message: 'signupEmailTaken' }] })
}

/** Step 3: the account data; the VAT number (optional) must be valid and of the country; the password kept hashed. */
export async function saveSignupAccount(
  req: PayloadRequest,
  session: SignupSession,
  input: AccountInput,
): Promise<SignupSession> {
  assertOpen(req, session)
  let vatNumber: string | null = null
  if (input.vatNumber) {
    const vat = checkVatNumber(input.vatNumber, input.country)
    if (!vat.ok) {
      const message =
        vat.problem === 'invalid'
          ? 'signupVatInvalid'
          : vat.problem === 'wrongCountry'
            ? 'signupVatWrongCountry'
            : 'signupVatUnsupported'
      const vars = { vat: input.vatNumber, country: input.country }
      throw new InvalidInput(message, vars, { fields: [{ path: 'vatNumber', message, vars }] })
    }
    vatNumber = vat.value
  }
  const email = input.email.toLowerCase()
  await assertEmailFree(req, email)
  const { salt, hash } = await hashPassword(input.password)
  return updateSignupSession(req, session, {
    email,
    companyName: input.companyName,
    country: input.country,
    vatNumber,
    locale: input.locale,
    passwordSalt: salt,
    passwordHash: hash,
  })
}

/** What the wizard needs to resume after a reload: the steps done so far, no secrets. */
export function signupProgress(session: SignupSession) {
  return {
    sessionId: session.token,
    expiresAt: session.expiresAt,
    plan: {
      platform: relationId(session.platform),
      tier: relationId(session.tier),
      billingPeriod: session.billingPeriod,
    },
    shop: session.letzshopVendorId
      ? { id: session.letzshopVendorId, slug: session.letzshopSlug, name: session.letzshopName }
      : null,
    account: session.email
      ? {
          email: session.email,
          companyName: session.companyName,
          country: session.country,
          vatNumber: session.vatNumber ?? null,
          locale: session.locale,
        }
      : null,
    steps: {
      plan: true,
      claim: Boolean(session.letzshopVendorId),
      account: Boolean(session.email && session.passwordHash),
      setupIntent: Boolean(session.setupIntentId),
      complete: Boolean(session.completedVendor),
    },
    vendor: session.completedVendor ? { id: relationId(session.completedVendor) } : null,
  }
}
