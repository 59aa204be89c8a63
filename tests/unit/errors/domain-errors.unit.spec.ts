import { APIError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { DOMAIN_ERROR_LOG_LEVELS, domainErrorAnswer, statusOf, toAPIError } from '@/endpoints/domainErrors'
import { translate } from '@/i18n/t'
import {
  Conflict,
  Forbidden,
  InvalidInput,
  LimitReached,
  NotFound,
  NotSignedIn,
  OutsideServiceFailed,
  OutsideServiceUnconfirmed,
  PaymentRequired,
  TooManyAttempts,
} from '@/services/errors'

const french = { i18n: { language: 'fr' } } as unknown as PayloadRequest

describe('domain errors at the edge', () => {
  it('maps each kind of refusal to one status', () => {
    expect(statusOf(new InvalidInput('invoiceNotFound'))).toBe(400)
    expect(statusOf(new NotSignedIn('billingSignIn'))).toBe(401)
    expect(statusOf(new PaymentRequired('billingCardDeclined'))).toBe(402)
    expect(statusOf(new Forbidden('ownShopDataOnly'))).toBe(403)
    expect(statusOf(new LimitReached('featureNotIncluded'))).toBe(403)
    expect(statusOf(new NotFound('invoiceNotFound'))).toBe(404)
    expect(statusOf(new Conflict('letzshopShopClaimed'))).toBe(409)
    expect(statusOf(new TooManyAttempts('tooManyLoginAttempts', { count: 60 }))).toBe(429)
    expect(statusOf(new OutsideServiceFailed('letzshopUnavailable'))).toBe(502)
    expect(statusOf(new OutsideServiceFailed('letzshopTimedOut', {}, { timedOut: true }))).toBe(504)
    expect(statusOf(new OutsideServiceUnconfirmed('billingPaymentProviderUnconfirmed'))).toBe(504)
  })

  it('names each kind itself, logged at info, with its English text as its message', () => {
    const kinds = [
      new NotFound('invoiceNotFound'),
      new Conflict('letzshopShopClaimed'),
      new NotSignedIn('billingSignIn'),
      new Forbidden('ownShopDataOnly'),
      new LimitReached('featureNotIncluded', { plan: 'Essential', feature: 'invoicing' }),
      new InvalidInput('invoiceNotFound'),
      new PaymentRequired('billingCardDeclined'),
      new OutsideServiceFailed('letzshopUnavailable'),
      new OutsideServiceUnconfirmed('billingPaymentProviderUnconfirmed'),
      new TooManyAttempts('tooManyLoginAttempts', { count: 60 }),
    ]
    expect(kinds.map((error) => error.name)).toEqual(Object.keys(DOMAIN_ERROR_LOG_LEVELS))
    expect(Object.values(DOMAIN_ERROR_LOG_LEVELS).every((level) => level === 'info')).toBe(true)
    expect(kinds[4].message).toBe(translate('en', 'featureNotIncluded', { plan: 'Essential', feature: 'invoicing' }))
  })

  it('translates a message inside another message in the same language', () => {
    const vars = { plan: 'Essential', slug: 'x', allowed: { message: 'useOneOf', vars: { slugs: 'about' } } } as const
    expect(translate('fr', 'customPagesNotIncluded', vars)).toContain(translate('fr', 'useOneOf', { slugs: 'about' }))
    const line = (used: number) =>
      ({
        message: 'billingOverLimitLine',
        vars: { used, what: { message: 'billingLimitProducts' }, plan: 'Essential', limit: 3 },
      }) as const
    expect(translate('fr', 'billingOverLimit', { details: { join: '. ', messages: [line(5), line(4)] } })).toBe(
      `${translate('fr', 'billingOverLimitLine', { used: 5, what: translate('fr', 'billingLimitProducts'), plan: 'Essential', limit: 3 })}. ` +
        translate('fr', 'billingOverLimit', {
          details: translate('fr', 'billingOverLimitLine', {
            used: 4,
            what: translate('fr', 'billingLimitProducts'),
            plan: 'Essential',
            limit: 3,
          }),
        }),
    )
  })

  it('answers in the caller language, public, with the limit flag and the fields named', () => {
    const limit = toAPIError(
      new LimitReached('featureNotIncluded', { plan: 'Essential', feature: 'invoicing' }),
      french,
    )
    expect(limit).toBeInstanceOf(APIError)
    expect(limit.isPublic).toBe(true)
    expect(limit.message).toBe(translate('fr', 'featureNotIncluded', { plan: 'Essential', feature: 'invoicing' }))
    expect(limit.data).toEqual({ limit: true })

    const taken = toAPIError(
      new Conflict('signupEmailTaken', {}, { fields: [{ path: 'email', message: 'signupEmailTaken' }] }),
      french,
    )
    expect(taken.status).toBe(409)
    expect(taken.data).toEqual({ errors: [{ path: 'email', message: translate('fr', 'signupEmailTaken') }] })
  })

  it('shapes the REST answer as Payload does and leaves other errors to Payload', async () => {
    const req = { ...french, context: {} } as unknown as PayloadRequest
    const refused = await domainErrorAnswer({ error: new NotFound('invoiceNotFound'), req, context: {} } as never)
    expect(refused).toEqual({ status: 404, response: { errors: [{ message: translate('fr', 'invoiceNotFound') }] } })
    const limited = await domainErrorAnswer({
      error: new LimitReached('featureNotIncluded', { plan: 'P', feature: 'f' }),
      req,
      context: {},
    } as never)
    expect(limited).toEqual({
      status: 403,
      response: {
        errors: [
          {
            name: 'APIError',
            data: { limit: true },
            message: translate('fr', 'featureNotIncluded', { plan: 'P', feature: 'f' }),
          },
        ],
      },
    })
    expect(await domainErrorAnswer({ error: new Error('boom'), req, context: {} } as never)).toBeUndefined()
  })

  it('rewrites a GraphQL error whose original error is a refusal', async () => {
    const req = { ...french, context: {} } as unknown as PayloadRequest
    const graphqlResult = { message: 'Something went wrong.', extensions: { statusCode: 500 }, path: ['x'] }
    const error = Object.assign(new Error('wrapped'), { originalError: new Conflict('letzshopShopClaimed') })
    const answer = await domainErrorAnswer({ error, req, context: {}, graphqlResult } as never)
    expect(answer).toEqual({
      graphqlResult: {
        message: translate('fr', 'letzshopShopClaimed'),
        extensions: { statusCode: 409, name: 'APIError', data: undefined },
        path: ['x'],
      },
    })
  })
})
