import type { PayloadRequest } from 'payload'
import Stripe from 'stripe'

import type { Message } from '@/i18n/t'

import { OutsideServiceFailed, PaymentRequired } from '../errors'

/** A Stripe call's refusals: `failed` when Stripe fails, `declined` (where the caller has one) when it declines the card. */
export type StripeMessages = { failed: Message; declined?: Message }

/**
 * Runs a Stripe call for a request. Stripe failing (an error answer, a time-out, no connection) is an outside service
 * failure saying what was not done (our writes come after Stripe's calls); a declined card is payment required, or,
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
    throw new OutsideServiceFailed(messages.failed, {}, { cause: error })
  }
}
