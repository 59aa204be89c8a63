import { APIError, type PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { t } from '@/i18n/t'

/**
 * Runs a Stripe call for a signup step. Stripe failing (an error answer, a time-out, no connection) becomes a 502
 * saying nothing was created; a configuration problem keeps its 503 (StripeNotConfiguredError is an APIError).
 */
export async function viaStripe<T>(req: PayloadRequest, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof APIError) throw error
    if (error instanceof Stripe.errors.StripeError) {
      req.payload.logger.warn({ msg: `Stripe ${what} failed: ${error.type} ${error.statusCode ?? ''} ${error.message}` })
      throw new APIError(t(req, 'signupPaymentProviderFailed'), 502, null, true)
    }
    throw error
  }
}
