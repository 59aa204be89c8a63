import type { AfterErrorHook } from 'payload'

type ErrorLike = Error & {
  status?: unknown
  data?: Record<string, unknown> | null
  isPublic?: unknown
  code?: unknown
  cause?: unknown
}

/** PostgreSQL's SQLSTATE of a database error (Drizzle keeps the driver's error as `cause`). */
const sqlState = (err: ErrorLike): string | undefined => {
  const code = (err.cause as { code?: unknown } | undefined)?.code ?? err.code
  return typeof code === 'string' ? code : undefined
}

/** The name of the query parameter that is not valid JSON, when that is what failed. */
function malformedJsonParam(searchParams: URLSearchParams | undefined): string | null {
  for (const name of ['where', 'data']) {
    const value = searchParams?.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return name
    }
  }
  return null
}

/**
 * Client errors answer with their own message in production too. Payload's `formatErrors` recognises its
 * errors by `instanceof` and by `name`, and both fail in a production build: the bundler turns `class APIError`
 * into an anonymous class expression, so `this.name = this.constructor.name` is '', and Payload is bundled in
 * more than one chunk, so `instanceof` sees another copy of the class. Every 4xx then read
 * "An unknown error occurred.". Server errors keep Payload's "Something went wrong." and never show internals,
 * except those thrown as public with a status other than 500 (`new APIError(message, 502, null, true)`).
 */
export const clientErrors: AfterErrorHook = ({ error, req }) => {
  const err = error as ErrorLike
  if (err.name === 'SyntaxError' && !err.status) {
    const param = malformedJsonParam(req.searchParams)
    if (param) return { status: 400, response: { errors: [{ message: `The ${param} parameter is not valid JSON.` }] } }
  }
  const status = typeof err.status === 'number' ? err.status : 500
  // PostgreSQL cannot take a NUL character: a URL carrying one (path or query) fails in the database.
  if (status >= 500 && /%00/.test(req.url ?? '')) {
    return {
      status: 400,
      response: { errors: [{ message: 'The URL contains a NUL character (%00), which is never valid here.' }] },
    }
  }
  // An integrity violation (class 23: a row still referred to, a required reference) or a statement on a
  // transaction such a violation aborted: the write is rolled back and conflicts with other data.
  const state = sqlState(err)
  if (status >= 500 && state && (state.startsWith('23') || state === '25P02')) {
    return {
      status: 409,
      response: {
        errors: [
          {
            message:
              'This change conflicts with other records (for example rows that still refer to this one); nothing was changed.',
          },
        ],
      },
    }
  }
  const path = new URL(req.url ?? 'http://localhost/').pathname
  // Payload 3.90: a missing preference key fails inside Drizzle's deleteOne instead of answering 404.
  if (status >= 500 && req.method === 'DELETE' && /\/api\/payload-preferences\/[^/]+$/.test(path)) {
    return { status: 404, response: { errors: [{ message: 'You have no saved preference with this key.' }] } }
  }
  // The verify route exists on every auth collection, but ours verify no email: the token can match nothing.
  const verify = /\/api\/([^/]+)\/verify\/[^/]+$/.exec(path)
  if (
    status >= 500 &&
    verify &&
    !(req.payload.collections as Record<string, { config: { auth?: { verify?: unknown } } } | undefined>)[verify[1]]
      ?.config.auth?.verify
  ) {
    return {
      status: 404,
      response: { errors: [{ message: 'Email verification is not used here: there is nothing to verify.' }] },
    }
  }
  // A multipart body that could not be read (busboy's errors, or a `_payload` field that is not JSON)
  // fails before any operation, as a 500, with no data on the request.
  const multipart = req.headers?.get('content-type')?.startsWith('multipart/')
  if (multipart && status >= 500 && req.data === undefined) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message:
              'The multipart body could not be read: send a well-formed multipart/form-data body with a JSON _payload field.',
          },
        ],
      },
    }
  }
  // A server error thrown as public on purpose (an outside service down or slow: 502, 503, 504) keeps its message.
  const publicServerError = status >= 500 && status !== 500 && err.isPublic === true
  if (
    status < 400 ||
    (status >= 500 && !publicServerError) ||
    err.isPublic === false ||
    typeof err.message !== 'string'
  )
    return
  // The same shape as Payload's own answer when it does recognise the error.
  const name = /Error$/.test(err.name) ? err.name : Array.isArray(err.data?.errors) ? 'ValidationError' : 'APIError' // minified: '' or 'o'
  const detail = err.data ? { name, data: err.data, message: err.message } : { message: err.message }
  return { status, response: { errors: [detail] } }
}
