import type { PayloadRequest } from 'payload'

import { OutsideServiceFailed } from '../errors'

import { LetzshopError, LetzshopUnavailableError } from './errors'

/**
 * Runs a Letzshop call for a request: Letzshop down, answering with errors or too slow is an outside service failure
 * (timed out when too slow) whose message says the claim step can be skipped and done later.
 */
export async function forRequest<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof LetzshopUnavailableError || error instanceof LetzshopError) {
      req.payload.logger.warn({ msg: `Letzshop: ${error.message}` })
      const timedOut = error instanceof LetzshopUnavailableError && error.timedOut
      throw new OutsideServiceFailed(
        timedOut ? 'letzshopTimedOut' : 'letzshopUnavailable',
        {},
        { timedOut, cause: error },
      )
    }
    throw error
  }
}
