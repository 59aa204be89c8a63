/** Stripe's error answer: `{"error":{"type","code","message","param",...}}` with Stripe's status for it. */
export class StripeStandInError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'card_error' | 'api_error' | 'idempotency_error' | 'authentication_error',
    message: string,
    readonly extra: { code?: string; param?: string; decline_code?: string; [key: string]: unknown } = {},
  ) {
    super(message)
  }

  body(): { error: Record<string, unknown> } {
    return { error: { type: this.type, message: this.message, ...this.extra } }
  }
}

export const invalidRequest = (message: string, param?: string, code?: string): StripeStandInError =>
  new StripeStandInError(400, 'invalid_request_error', message, {
    ...(code ? { code } : {}),
    ...(param ? { param } : {}),
  })

export const noSuch = (what: string, id: string, param = 'id'): StripeStandInError =>
  new StripeStandInError(404, 'invalid_request_error', `No such ${what}: '${id}'`, { code: 'resource_missing', param })

export const missingParam = (param: string): StripeStandInError =>
  invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing')

export const unknownParam = (param: string): StripeStandInError =>
  invalidRequest(`Received unknown parameter: ${param}`, param, 'parameter_unknown')
