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
