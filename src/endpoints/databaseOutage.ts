import type { AfterErrorHook } from 'payload'

import { type MessageSource, t } from '@/i18n/t'
import { isDatabaseUnavailable } from '@/services/db/outage'

/** What a client is told to wait before retrying while the database is unreachable (a restart takes seconds). */
export const OUTAGE_RETRY_AFTER_SECONDS = 5

/** The 503 every request that needs the database answers while it is unreachable, in the caller's language. */
export const outageResponse = (req: MessageSource): Response =>
  Response.json(
    { errors: [{ message: t(req, 'serviceBrieflyUnavailable') }] },
    { status: 503, headers: { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  )

/**
 * Under Payload's routes (REST, our endpoints, the user lookup of the auth strategies): an error that means the
 * database is unreachable answers 503 with `Retry-After` and "the service is briefly unavailable", never 500, nor
 * 401 because the signed-in user could not be read. Stripe retries a 503 later; a client keeps its token.
 */
export const databaseOutageAnswer: AfterErrorHook = ({ error, req, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return
  const message = t(req, 'serviceBrieflyUnavailable')
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } },
    }
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message }] } }
}

/** An outage is logged as a warning, not as an error with a stack trace per request (Payload names levels by class name). */
export const OUTAGE_LOG_LEVELS: Record<string, 'warn'> = { DatabaseUnavailable: 'warn' }
