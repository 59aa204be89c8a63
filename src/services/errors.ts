import { type Message, type MessageVars, translate } from '@/i18n/t'

/** A problem with one field of the input, named by its path (`customer.address.country`), for a form to show next to it. */
export type FieldProblem = { path: string; message: Message; vars?: MessageVars }

type DomainErrorOptions = {
  /** The fields the problem is about. */
  fields?: FieldProblem[]
  /** Machine-readable facts a client may act on (e.g. `{ limit: true }`, the limits exceeded); never secrets. */
  data?: Record<string, unknown>
  cause?: unknown
}

/**
 * What a service throws when it refuses: the kind of refusal (its class), a message key with its variables, and no
 * HTTP. The edges (our endpoints, Payload's REST routes through `config.hooks.afterError`, the admin's server
 * components) turn it into a status and a message in the caller's language; jobs branch on its class. Its own
 * `message` is the English text, for logs, jobs and local API callers. Each kind sets its `name` itself: a production
 * build renames classes, and Payload chooses an error's log level by its name (`config.loggingLevels`).
 */
export abstract class DomainError extends Error {
  readonly key: Message
  readonly vars: MessageVars
  readonly fields: FieldProblem[]
  readonly data: Record<string, unknown> | undefined

  constructor(key: Message, vars: MessageVars = {}, options: DomainErrorOptions = {}) {
    super(translate('en', key, vars), options.cause === undefined ? undefined : { cause: options.cause })
    this.key = key
    this.vars = vars
    this.fields = options.fields ?? []
    this.data = options.data
  }
}

/** The thing asked for does not exist, or the caller may not know that it does. */
export class NotFound extends DomainError {
  override name = 'NotFound'
}

/** The request is understood but clashes with the current state (already issued, already claimed, taken). */
export class Conflict extends DomainError {
  override name = 'Conflict'
}

/** The caller is not signed in. */
export class NotSignedIn extends DomainError {
  override name = 'NotSignedIn'
}

/** The caller is signed in but may not do this. */
export class Forbidden extends DomainError {
  override name = 'Forbidden'
}

/** A plan limit is reached: forbidden, with `{ limit: true }` in its data so clients can offer an upgrade. */
export class LimitReached extends Forbidden {
  override name = 'LimitReached'

  constructor(key: Message, vars: MessageVars = {}, options: DomainErrorOptions = {}) {
    super(key, vars, { ...options, data: { limit: true, ...options.data } })
  }
}

/** The input breaks a rule of the domain (checked beyond its shape, which the endpoint's schema checks). */
export class InvalidInput extends DomainError {
  override name = 'InvalidInput'
}

/** Too many attempts of something guarded (sign-ins): `data.retryAfterSeconds` says when to try again. */
export class TooManyAttempts extends DomainError {
  override name = 'TooManyAttempts'
}

/** A card was declined or not confirmed. */
export class PaymentRequired extends DomainError {
  override name = 'PaymentRequired'
}

/** An outside service (Stripe, Letzshop, VIES) failed or answered too late; nothing was changed on our side. */
export class OutsideServiceFailed extends DomainError {
  override name = 'OutsideServiceFailed'
  readonly timedOut: boolean

  constructor(key: Message, vars: MessageVars = {}, options: DomainErrorOptions & { timedOut?: boolean } = {}) {
    super(key, vars, options)
    this.timedOut = options.timedOut ?? false
  }
}

/**
 * An outside service did not answer a change in time (a time-out, a connection lost after sending, the same request
 * still in progress there): it may or may not have been made. Never answered as "nothing was changed".
 */
export class OutsideServiceUnconfirmed extends OutsideServiceFailed {
  override name = 'OutsideServiceUnconfirmed'

  constructor(key: Message, vars: MessageVars = {}, options: DomainErrorOptions = {}) {
    super(key, vars, { ...options, timedOut: true, data: { unconfirmed: true, ...options.data } })
  }
}
