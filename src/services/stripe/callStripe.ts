import type { PayloadRequest } from 'payload'
import Stripe from 'stripe'

import type { Message } from '@/i18n/t'

import { OutsideServiceFailed, OutsideServiceUnconfirmed, PaymentRequired } from '../errors'

/**
 * A Stripe call's refusals: `failed` when Stripe fails, `declined` (where the caller has one) when it declines the
 * card, `unconfirmed` (for a change) when its outcome is unknown: see isUnconfirmed.
 */
export type StripeMessages = { failed: Message; declined?: Message; unconfirmed?: Message }

/** Connection codes that prove the request never reached Stripe. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/**
 * Whether Stripe may have carried out a request that failed this way: a time-out or a connection lost once the
 * request was sent (after the SDK's own retries with the same idempotency key), or the same idempotency key still in
 * progress at Stripe. A refused connection or an error answer means it was not carried out.
 */
export function isUnconfirmed(error: unknown): boolean {
  // The SDK makes a 409 a StripeAPIError; Stripe's own error type stays in `raw`.
  if (error instanceof Stripe.errors.StripeError && error.statusCode === 409)
    return (error.raw as { type?: string } | undefined)?.type === 'idempotency_error'
  if (!(error instanceof Stripe.errors.StripeConnectionError)) return false
  const code = (error.detail as { code?: string } | undefined)?.code
  return !(code && NOT_SENT.has(code))
}

/**
 * Runs a Stripe call for a request. Stripe failing (an error answer, a time-out, no connection) is an outside service
 * failure saying what was not done, unless the outcome is unknown and the caller has an `unconfirmed` message (our
 * writes come after Stripe's calls, outside any database transaction); a declined card is payment required, or,
 * for a caller without a `declined` message, a failure like the others. Anything else passes as it is, such as
 * StripeNotConfiguredError (503, naming the variable).
 */
export async function callStripe<T>(
  req: PayloadRequest,
  what: string,
  messages: StripeMessages,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error
    if (messages.declined && error instanceof Stripe.errors.StripeCardError)
      throw new PaymentRequired(messages.declined, {}, { cause: error })
    req.payload.logger.warn({ msg: `Stripe ${what} failed: ${error.type} ${error.statusCode ?? ''} ${error.message}` })
    if (messages.unconfirmed && isUnconfirmed(error))
      throw new OutsideServiceUnconfirmed(messages.unconfirmed, {}, { cause: error })
    throw new OutsideServiceFailed(messages.failed, {}, { cause: error })
  }
}
