import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { isUnconfirmed } from '@/services/stripe/callStripe'

const connectionError = (code: string) =>
  new Stripe.errors.StripeConnectionError({ message: 'x', detail: Object.assign(new Error(code), { code }) } as never)

describe('isUnconfirmed: whether Stripe may have carried out a request that failed', () => {
  it('a time-out, a connection lost after sending, a key still in progress: unknown', () => {
    expect(isUnconfirmed(connectionError('ETIMEDOUT'))).toBe(true)
    expect(isUnconfirmed(connectionError('ECONNRESET'))).toBe(true)
    expect(
      isUnconfirmed(
        new Stripe.errors.StripeAPIError({
          message: 'in progress',
          statusCode: 409,
          type: 'idempotency_error',
        } as never),
      ),
    ).toBe(true)
  })

  it('a refused connection or an error answer: not carried out', () => {
    expect(isUnconfirmed(connectionError('ECONNREFUSED'))).toBe(false)
    expect(isUnconfirmed(new Stripe.errors.StripeAPIError({ message: 'boom', statusCode: 500 } as never))).toBe(false)
    expect(
      isUnconfirmed(new Stripe.errors.StripeInvalidRequestError({ message: 'bad', statusCode: 400 } as never)),
    ).toBe(false)
    expect(isUnconfirmed(new Error('not Stripe'))).toBe(false)
  })
})
