/**
 * Whether an error means the database could not be reached or went away (a restart, an outage, a dropped
 * connection), as opposed to a refusal or a bug: the driver's connection errors and PostgreSQL's shutdown and
 * connection SQLSTATEs (classes 08 and 57P), looked for through `cause` chains (drizzle and Payload wrap them).
 */
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
])
const MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /cannot begin transaction/i,
  /connect ECONNREFUSED/i,
]

export class DatabaseUnavailable extends Error {
  override name = 'DatabaseUnavailable'

  constructor(cause?: unknown) {
    super('The database is unreachable.', cause === undefined ? undefined : { cause })
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    if (current instanceof DatabaseUnavailable) return true
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && (NODE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')))
      return true
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true
    const inner = current as { cause?: unknown; originalError?: unknown; errors?: unknown }
    current = inner.cause ?? inner.originalError ?? (Array.isArray(inner.errors) ? inner.errors[0] : undefined)
  }
  return false
}
