import type { AfterErrorHook } from 'payload'

type ErrorLike = Error & { status?: unknown; data?: Record<string, unknown> | null; isPublic?: unknown }

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
 * "An unknown error occurred.". Server errors keep Payload's "Something went wrong." and never show internals.
 */
export const clientErrors: AfterErrorHook = ({ error, req }) => {
  const err = error as ErrorLike
  if (err.name === 'SyntaxError' && !err.status) {
    const param = malformedJsonParam(req.searchParams)
    if (param) return { status: 400, response: { errors: [{ message: `The ${param} parameter is not valid JSON.` }] } }
  }
  const status = typeof err.status === 'number' ? err.status : 500
  if (status < 400 || status >= 500 || err.isPublic === false || typeof err.message !== 'string') return
  // The same shape as Payload's own answer when it does recognise the error.
  const detail = err.data ? { name: err.name || 'APIError', data: err.data, message: err.message } : { message: err.message }
  return { status, response: { errors: [detail] } }
}
