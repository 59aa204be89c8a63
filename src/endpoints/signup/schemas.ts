import { z } from 'zod'

import { LOCALES } from '@/services/locales'

export const signupStartedSchema = z
  .strictObject({ sessionId: z.string().describe('The session of the next steps; keep it to resume.') })
  .meta({ id: 'SignupStarted' })

const billingPeriod = z.enum(['monthly', 'annual'])

const trial = z
  .strictObject({
    offered: z.boolean(),
    usedBy: z.enum(['shop', 'vatNumber', 'card']).nullable(),
    message: z.string().nullable().describe('Why there is no trial, in the request’s language; null when offered.'),
  })
  .describe(
    'Whether the subscription comes with the free trial: not when the shop, VAT number or (at completion) card had one on this platform already.',
  )

/** The steps done so far (no secrets), as every step answers them. */
export const signupProgressSchema = z
  .strictObject({
    sessionId: z.string(),
    expiresAt: z.iso.datetime(),
    plan: z
      .strictObject({ platform: z.number().int().nullable(), tier: z.number().int().nullable(), billingPeriod })
      .describe('Platform and tier by id.'),
    shop: z
      .strictObject({ id: z.string(), slug: z.string().nullable(), name: z.string().nullable() })
      .nullable()
      .describe('The Letzshop shop claimed, if any.'),
    account: z
      .strictObject({
        email: z.string(),
        companyName: z.string().nullable(),
        country: z.string().nullable(),
        vatNumber: z.string().nullable(),
        locale: z.enum(LOCALES).nullable(),
      })
      .nullable(),
    steps: z.strictObject({
      plan: z.boolean(),
      claim: z.boolean(),
      account: z.boolean(),
      setupIntent: z.boolean(),
      complete: z.boolean(),
    }),
    vendor: z
      .strictObject({ id: z.number().int().nullable() })
      .nullable()
      .describe('The vendor created by `complete`.'),
    trial,
  })
  .meta({ id: 'SignupProgress', description: 'The steps done so far.' })

/** GET /api/platform/signup/session: the progress, with the plan by code (to show it again after a reload). */
export const signupSessionSchema = signupProgressSchema
  .extend({
    plan: z
      .strictObject({ platform: z.string().nullable(), tier: z.string().nullable(), billingPeriod })
      .describe('Platform and tier by code.'),
  })
  .meta({ id: 'SignupSession', description: 'The steps done so far, the plan by code.' })

export const signupSetupIntentSchema = z.strictObject({ clientSecret: z.string(), publishableKey: z.string() }).meta({
  id: 'SignupSetupIntent',
  description:
    'For Stripe.js to confirm the card (`stripe.confirmCardSetup(clientSecret, …)`); the same one again until it is used.',
})

export const signupCompletedSchema = z
  .strictObject({
    vendor: z.strictObject({ id: z.number().int(), slug: z.string() }),
    subscription: z.strictObject({
      status: z.enum(['trialing', 'active']).describe('`active`: started without trial, the first invoice charged.'),
      trialEndsAt: z.string().nullable().describe('ISO 8601; null without trial.'),
    }),
    trial,
  })
  .meta({
    id: 'SignupCompleted',
    description:
      'The vendor and its subscription, with or without trial; the owner is signed in (`Set-Cookie`), also when the same completion is repeated soon after.',
  })
