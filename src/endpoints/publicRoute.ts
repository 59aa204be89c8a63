import config from '@payload-config'
import { APIError, getPayload, type Payload } from 'payload'

import { isDatabaseUnavailable } from '@/services/db/outage'

import { outageResponse } from './databaseOutage'
import { asAPIError } from './domainErrors'

export const errorResponse = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * A public, read-only Next.js route handler on the hot path. Content reads skip Payload's request pipeline
 * (auth strategies, i18n, endpoint matching), which costs more than the query itself (see bench/content-resolve);
 * they need no user and do their own validation. Errors keep Payload's {"errors":[{"message"}]} shape.
 */
export const publicRoute =
  (handler: (request: Request, payload: Payload) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const payload = await getPayload({ config })
    try {
      return await handler(request, payload)
    } catch (thrown) {
      const error = asAPIError(thrown, request)
      if (error instanceof APIError && error.status < 500) return errorResponse(error.status, error.message)
      if (isDatabaseUnavailable(thrown)) return outageResponse(request)
      payload.logger.error({ err: error, msg: `${request.method} ${new URL(request.url).pathname} failed` })
      return errorResponse(500, 'Something went wrong on our side. Please try again.')
    }
  }
