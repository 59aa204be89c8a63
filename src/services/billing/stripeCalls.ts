import { APIError, type PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { type Message, t } from '@/i18n/t'

/**
 * Runs a Stripe call of a billing action. Stripe failing (an error answer, a time-out, no connection) becomes a 502
 * saying nothing was changed (the actions call Stripe before they write our row), or `failed` for a read; a declined
 * card a 402; a configuration problem keeps its 503 (StripeNotConfiguredError is an APIError).
 */
export async function billingStripe<T>(req: PayloadRequest, what: string, call: () => Promise<T>, failed: Message = 'billingPaymentProviderFailed'): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof APIError) throw error
    if (error instanceof Stripe.errors.StripeCardError) throw new APIError(t(req, 'billingCardDeclined'), 402, null, true)
    if (error instanceof Stripe.errors.StripeError) {
      req.payload.logger.warn({ msg: `Stripe ${what} failed: ${error.type} ${error.statusCode ?? ''} ${error.message}` })
      throw new APIError(t(req, failed), 502, null, true)
    }
    throw error
  }
}
