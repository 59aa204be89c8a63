import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier } from '@/payload-types'

import { signupApiError } from '../../../src/app/(frontend)/components/signup/signupApi'
import { createPlatform, createUser, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let tier: SubscriptionTier
let addressCounter = 0

const post = (step: string, body: unknown, language = 'fr') =>
  rest('POST', `/api/platform/signup/${step}`, {
    body,
    headers: { 'X-Forwarded-For': `10.78.0.${addressCounter++ % 250}`, 'Accept-Language': language },
  })

const FALLBACK = 'Une erreur s’est produite.'

beforeAll(async () => {
  process.env.TRUST_PROXY = '1'
  payload = await testPayload()
  const created = await createPlatform(payload, [{ code: 'wizard', features: ['cms_basic'] }])
  platform = created.platform
  tier = created.tiers[0]
})

async function start() {
  const response = await post('start', { platform: platform.code, tier: tier.code, billingPeriod: 'monthly' })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.sessionId as string
}

const account = (sessionId: string, input: Record<string, unknown>) =>
  post('account', {
    sessionId,
    email: `owner-${uid()}@shop.test`,
    password: 'a-long-password-1',
    companyName: 'Épicerie Müller',
    country: 'LU',
    ...input,
  })

describe('the wizard’s reading of error answers (signupApiError) on the real endpoints', () => {
  it('names each bad input field of a 400, in the request’s language', async () => {
    const sessionId = await start()
    const response = await account(sessionId, { email: 'not-an-email', password: 'short' })
    expect(response.status).toBe(400)
    const error = signupApiError(response.status, response.body, FALLBACK)
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'password'])
    expect(error.fields.email).toBe('email doit être une adresse e-mail valide.')
    expect(error.fields.password).toBe('password doit compter entre 10 et 200 caractères.')
    expect(error.message).toContain('email: email doit être une adresse e-mail valide.')
  })

  it('puts a bad VAT number (checked after parsing) on the vatNumber field', async () => {
    const response = await account(await start(), { vatNumber: 'LU12345678' })
    expect(response.status).toBe(400)
    const error = signupApiError(response.status, response.body, FALLBACK)
    expect(error.fields).toEqual({ vatNumber: expect.stringContaining('n’est pas valide') })
  })

  it('puts an email that already has an account on the email field (409)', async () => {
    const { email } = (await createUser(payload, ['super-admin'])).user
    const response = await account(await start(), { email })
    expect(response.status).toBe(409)
    expect(signupApiError(response.status, response.body, FALLBACK)).toEqual({
      status: 409,
      message: 'Un compte existe déjà avec cet e-mail : connectez-vous plutôt.',
      fields: { email: 'Un compte existe déjà avec cet e-mail : connectez-vous plutôt.' },
      contact: null,
    })
  })

  it('keeps a message without fields as a form-level error, and falls back for unreadable answers', async () => {
    const response = await post('claim', { sessionId: 'no-such-session', letzshopSlug: 'cafe-de-la-gare' })
    expect(response.status).toBe(404)
    const error = signupApiError(response.status, response.body, FALLBACK)
    expect(error.fields).toEqual({})
    expect(error.message).toMatch(/n’existe pas ou a expiré/)
    expect(signupApiError(502, null, FALLBACK)).toEqual({ status: 502, message: FALLBACK, fields: {}, contact: null })
    expect(signupApiError(500, { errors: 'x' }, FALLBACK)).toEqual({
      status: 500,
      message: FALLBACK,
      fields: {},
      contact: null,
    })
  })
})
