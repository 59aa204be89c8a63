import { APIError, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'

import { LetzshopError, LetzshopUnavailableError } from './errors'

/**
 * Runs a Letzshop call for a request: Letzshop down or answering with errors becomes 502, too slow 504, each
 * with a message in the user's language saying the claim step can be skipped and done later.
 */
export async function forRequest<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof LetzshopUnavailableError || error instanceof LetzshopError) {
      req.payload.logger.warn({ msg: `Letzshop: ${error.message}` })
      const timedOut = error instanceof LetzshopUnavailableError && error.timedOut
      throw new APIError(t(req, timedOut ? 'letzshopTimedOut' : 'letzshopUnavailable'), timedOut ? 504 : 502, null, true)
    }
    throw error
  }
}
