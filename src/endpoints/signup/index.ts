import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, requestLanguage, t } from '@/i18n/t'
import type { SignupSession } from '@/payload-types'
import { startContentLocale } from '@/services/adminPreferences'
import { isKnownCountry } from '@/services/countries'
import { isLocale, type Locale } from '@/services/locales'
import { publicBaseUrl } from '@/services/serverUrl'
import { completeSignup } from '@/services/signup/complete'
import { loginCookie } from '@/services/signup/loginCookie'
import { findSignupSession, lockSignupSession } from '@/services/signup/session'
import { sessionPlatform } from '@/services/signup/sessionPlatform'
import { signupSetupIntent } from '@/services/signup/setupIntent'
import { claimSignupShop, saveSignupAccount, signupProgress, startSignup } from '@/services/signup/steps'
import { sessionTrial } from '@/services/signup/trials'
import { stripeClient } from '@/services/stripe/client'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'

import { jsonBody } from '../requestBody'
import { billingPeriodParam, parseInput, parseQuery, perLanguage, slugParam } from '../validation'

import { limitSignupStep, noStore, sessionIdField } from './signupRequest'
import { trialAnswer } from './trialAnswer'

const BASE = '/platform/signup'

/** A step's answer: the steps done so far, and whether the plan comes with the free trial (known before the card). */
async function progressAnswer(req: PayloadRequest, session: SignupSession) {
  const { usedBy, platformName } = await sessionTrial(req, session)
  return { ...signupProgress(session), trial: trialAnswer(req, usedBy, platformName) }
}

export const startBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    platform: z.string({ error: t(req, 'signupPlatformRequired') }).pipe(slugParam(req, 'platform')),
    tier: z.string({ error: t(req, 'signupTierRequired') }).pipe(slugParam(req, 'tier')),
    billingPeriod: billingPeriodParam(req),
  }),
)

export const claimBody = perLanguage((req: MessageSource) => {
  const reference = z
    .string({ error: t(req, 'signupShopReference') })
    .max(500, t(req, 'signupShopReference'))
    .optional()
  return z.strictObject({ sessionId: sessionIdField(req), letzshopSlug: reference, letzshopUrl: reference })
})

export const accountBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    sessionId: sessionIdField(req),
    email: z
      .string({ error: t(req, 'signupEmailInvalid') })
      .trim()
      .max(254, t(req, 'signupEmailInvalid'))
      .pipe(z.email(t(req, 'signupEmailInvalid'))),
    password: z
      .string({ error: t(req, 'signupPasswordLength') })
      .min(10, t(req, 'signupPasswordLength'))
      .max(200, t(req, 'signupPasswordLength')),
    companyName: z
      .string({ error: t(req, 'signupCompanyName') })
      .trim()
      .min(1, t(req, 'signupCompanyName'))
      .max(200, t(req, 'signupCompanyName'))
      .regex(/^\P{Cc}*$/u, t(req, 'signupCompanyName')),
    country: z
      .string({ error: t(req, 'signupCountry') })
      .trim()
      .transform((value) => value.toUpperCase())
      .pipe(z.string().refine(isKnownCountry, t(req, 'signupCountry'))),
    vatNumber: z
      .string({ error: t(req, 'signupVatInvalid', { vat: '' }) })
      .trim()
      .max(30)
      .nullish(),
    locale: z
      .string({ error: t(req, 'signupLocale') })
      .refine(isLocale, t(req, 'signupLocale'))
      .optional(),
  }),
)

export const setupIntentBody = perLanguage((req: MessageSource) => z.strictObject({ sessionId: sessionIdField(req) }))

export const completeBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    sessionId: sessionIdField(req),
    setupIntentId: z
      .string({ error: t(req, 'signupSetupIntentRequired') })
      .regex(/^seti_[A-Za-z0-9_]{1,200}$/, t(req, 'signupSetupIntentRequired')),
  }),
)

export const sessionQuery = perLanguage((req: MessageSource) => z.object({ sessionId: sessionIdField(req) }))

/** POST /api/platform/signup/start {platform, tier, billingPeriod} → {sessionId} */
export const signupStartEndpoint: Endpoint = {
  path: `${BASE}/start`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const limited = await limitSignupStep(req)
    if (limited) return limited
    const input = parseInput(req, startBody(req), await jsonBody(req))
    const session = await startSignup(req, input)
    return noStore({ sessionId: session.token }, { status: 201 })
  },
}

/** POST /api/platform/signup/claim {sessionId, letzshopSlug | letzshopUrl} (optional step) */
export const signupClaimEndpoint: Endpoint = {
  path: `${BASE}/claim`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = await jsonBody(req)
    const limited = await limitSignupStep(req, body.sessionId)
    if (limited) return limited
    const { sessionId, letzshopSlug, letzshopUrl } = parseInput(req, claimBody(req), body)
    const shop = letzshopSlug ?? letzshopUrl
    if (shop === undefined || (letzshopSlug !== undefined && letzshopUrl !== undefined))
      return noStore({ errors: [{ message: t(req, 'signupShopReference') }] }, { status: 400 })
    const session = await claimSignupShop(req, sessionId, shop)
    return noStore(await progressAnswer(req, session))
  },
}

/** POST /api/platform/signup/account {sessionId, email, password, companyName, country, vatNumber?, locale?} */
export const signupAccountEndpoint: Endpoint = {
  path: `${BASE}/account`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = await jsonBody(req)
    const limited = await limitSignupStep(req, body.sessionId)
    if (limited) return limited
    const input = parseInput(req, accountBody(req), body)
    const { sessionId, locale, ...account } = input
    const session = await inTransaction(req, async () =>
      saveSignupAccount(req, await lockSignupSession(req, sessionId), {
        ...account,
        locale: (locale as Locale | undefined) ?? requestLanguage(req),
      }),
    )
    return noStore(await progressAnswer(req, session))
  },
}

/** POST /api/platform/signup/setup-intent {sessionId} → {clientSecret, publishableKey} */
export const signupSetupIntentEndpoint: Endpoint = {
  path: `${BASE}/setup-intent`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = await jsonBody(req)
    const limited = await limitSignupStep(req, body.sessionId)
    if (limited) return limited
    const { sessionId } = parseInput(req, setupIntentBody(req), body)
    stripeClient() // 503 naming the variable before anything else when Stripe is not configured
    const { clientSecret, publishableKey } = await signupSetupIntent(req, sessionId)
    return noStore({ clientSecret, publishableKey })
  },
}

/** POST /api/platform/signup/complete {sessionId, setupIntentId} → {vendor, subscription}, signed in; 409 once completed. */
export const signupCompleteEndpoint: Endpoint = {
  path: `${BASE}/complete`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = await jsonBody(req)
    const limited = await limitSignupStep(req, body.sessionId)
    if (limited) return limited
    const { sessionId, setupIntentId } = parseInput(req, completeBody(req), body)
    stripeClient()
    const adminUrl = `${publicBaseUrl(req)}/admin`
    // No transaction here: completeSignup opens its own once Stripe has answered (none is open while Stripe works).
    const result = await completeSignup(req, sessionId, setupIntentId, adminUrl)
    const cookie = await loginCookie(req, result.user)
    await startContentLocale(req, result.user.id)
    return noStore(
      {
        vendor: result.vendor,
        subscription: result.subscription,
        trial: trialAnswer(req, result.trial.usedBy, result.platform.name),
      },
      { headers: { 'Set-Cookie': cookie } },
    )
  },
}

/** GET /api/platform/signup/session?sessionId= → the steps done so far (no secrets), to resume after a reload. */
export const signupSessionEndpoint: Endpoint = {
  path: `${BASE}/session`,
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const limited = await limitSignupStep(req, req.searchParams.get('sessionId'))
    if (limited) return limited
    const { sessionId } = parseQuery(req, sessionQuery(req))
    const session = await findSignupSession(req, sessionId)
    const progress = await progressAnswer(req, session)
    const [platform, tier] = await Promise.all([
      sessionPlatform(req, session),
      req.payload.findByID({
        collection: 'subscription-tiers',
        id: relationId(session.tier)!,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      }),
    ])
    return noStore({
      ...progress,
      plan: { platform: platform?.code ?? null, tier: tier?.code ?? null, billingPeriod: session.billingPeriod },
    })
  },
}

export const signupEndpoints: Endpoint[] = [
  signupStartEndpoint,
  signupClaimEndpoint,
  signupAccountEndpoint,
  signupSetupIntentEndpoint,
  signupCompleteEndpoint,
  signupSessionEndpoint,
]
