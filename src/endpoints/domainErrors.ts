import { type AfterErrorHook, APIError } from 'payload'

import { type MessageSource, t } from '@/i18n/t'
import {
  Conflict,
  DomainError,
  Forbidden,
  InvalidInput,
  NotFound,
  NotSignedIn,
  OutsideServiceFailed,
  PaymentRequired,
  TooManyAttempts,
} from '@/services/errors'

/** The one mapping from a service's refusal to an HTTP status. */
export function statusOf(error: DomainError): number {
  if (error instanceof InvalidInput) return 400
  if (error instanceof NotSignedIn) return 401
  if (error instanceof PaymentRequired) return 402
  if (error instanceof Forbidden) return 403
  if (error instanceof NotFound) return 404
  if (error instanceof Conflict) return 409
  if (error instanceof TooManyAttempts) return 429
  if (error instanceof OutsideServiceFailed) return error.timedOut ? 504 : 502
  return 500
}

/** The Payload error a refusal answers as: its message and its fields' messages in the caller's language, public. */
export function toAPIError(error: DomainError, req: MessageSource): APIError {
  const fields = error.fields.map(({ path, message, vars }) => ({ path, message: t(req, message, vars) }))
  const data = fields.length > 0 ? { ...error.data, errors: fields } : (error.data ?? null)
  return new APIError(t(req, error.key, error.vars), statusOf(error), data, true)
}

/** Payload's `{"errors":[{…}]}` body for a refusal, as Payload shapes a public APIError (with `name` and `data` when it has data). */
export function errorBody(error: APIError): { errors: Record<string, unknown>[] } {
  return {
    errors: [error.data ? { name: 'APIError', data: error.data, message: error.message } : { message: error.message }],
  }
}

/** A thrown value as it should reach the edge: a refusal becomes its APIError; anything else is left as it is. */
export const asAPIError = (error: unknown, req: MessageSource): unknown =>
  error instanceof DomainError ? toAPIError(error, req) : error

/** The refusal behind an error Payload caught: GraphQL wraps the thrown value as `originalError`. */
const refusalIn = (error: unknown): DomainError | null => {
  if (error instanceof DomainError) return error
  const original = (error as { originalError?: unknown } | null)?.originalError
  return original instanceof DomainError ? original : null
}

/**
 * A refusal thrown anywhere under Payload's routes (our custom endpoints, collection hooks run by REST or GraphQL)
 * answers with its status and its message in the caller's language, in production too.
 */
export const domainErrorAnswer: AfterErrorHook = ({ error, req, graphqlResult }) => {
  const refusal = refusalIn(error)
  if (!refusal) return
  const answer = toAPIError(refusal, req)
  if (graphqlResult) {
    const extensions = {
      ...graphqlResult.extensions,
      name: 'APIError',
      data: answer.data ?? undefined,
      statusCode: answer.status,
    }
    return { graphqlResult: { ...graphqlResult, message: answer.message, extensions } }
  }
  return { status: answer.status, response: errorBody(answer) }
}

/** Refusals are the caller's mistake or an outside service's: a log line, not a stack trace (by the names the kinds set). */
export const DOMAIN_ERROR_LOG_LEVELS = Object.fromEntries(
  [
    'NotFound',
    'Conflict',
    'NotSignedIn',
    'Forbidden',
    'LimitReached',
    'InvalidInput',
    'PaymentRequired',
    'OutsideServiceFailed',
    'OutsideServiceUnconfirmed',
    'TooManyAttempts',
  ].map((name) => [name, 'info' as const]),
)
