/** Letzshop could not be reached, or did not answer in time (`timedOut`). The caller may retry later. */
export class LetzshopUnavailableError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'LetzshopUnavailableError'
  }
}

/** Letzshop answered, but with GraphQL errors or an answer the client cannot read. */
export class LetzshopError extends Error {
  constructor(
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message)
    this.name = 'LetzshopError'
  }
}

/** Letzshop answered 429: try again after `retryAfterMs` (its `Retry-After`, else a minute). */
export class LetzshopRateLimitedError extends LetzshopUnavailableError {
  constructor(readonly retryAfterMs: number) {
    super(`Letzshop is rate-limiting us: retry after ${Math.round(retryAfterMs / 1000)} s.`, false)
    this.name = 'LetzshopRateLimitedError'
  }
}

/** Letzshop refused the API key (401 or 403): retrying with the same key will not help. */
export class LetzshopKeyRefusedError extends LetzshopError {
  constructor(status: number) {
    super(`Letzshop refused the API key (HTTP ${status}).`)
    this.name = 'LetzshopKeyRefusedError'
  }
}
