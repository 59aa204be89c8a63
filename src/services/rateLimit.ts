import { createHash } from 'node:crypto'

import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { trustsProxy } from './platformContext'

/**
 * Rate limits on public endpoints (signup, Letzshop lookups), counted in PostgreSQL so every app instance shares
 * them (npm rate-limiter-flexible, RateLimiterPostgres, table `rate_limits` created by a migration). Each rule
 * allows `points` requests per key in `durationSeconds`; its limit comes from an environment variable whose
 * default a person using the site normally never meets, so a staging run can raise it.
 */
export type RateLimitRule = { name: string; envVar: string; points: number; durationSeconds: number }

export const RATE_LIMIT_TABLE = 'rate_limits'

function rule(name: string, envVar: string, defaultPoints: number, durationSeconds: number): () => RateLimitRule {
  return () => {
    const setting = process.env[envVar]?.trim()
    const points = setting ? Number(setting) : defaultPoints
    if (!Number.isInteger(points) || points < 1)
      throw new Error(`${envVar} must be a whole number of requests, 1 or more; got "${setting}".`)
    return { name, envVar, points, durationSeconds }
  }
}

/** The rules, read from the environment at each use (documented in docs/security.md, Rate limits). */
export const RATE_LIMITS = {
  /** Letzshop searches and lookups from one client address: `RATE_LIMIT_LOOKUPS_PER_10_MIN`, default 60. */
  lookupsPerAddress: rule('lookups-address', 'RATE_LIMIT_LOOKUPS_PER_10_MIN', 60, 600),
  /** Lookups of one shop (or searches for one text) from all addresses: `RATE_LIMIT_LOOKUPS_PER_TARGET_PER_10_MIN`, default 120. */
  lookupsPerTarget: rule('lookups-target', 'RATE_LIMIT_LOOKUPS_PER_TARGET_PER_10_MIN', 120, 600),
  /** Signup steps (every /api/platform/signup/* call) from one client address: `RATE_LIMIT_SIGNUP_PER_10_MIN`, default 40. */
  signupPerAddress: rule('signup-address', 'RATE_LIMIT_SIGNUP_PER_10_MIN', 40, 600),
  /** Signup steps on one signup session: `RATE_LIMIT_SIGNUP_PER_SESSION_PER_10_MIN`, default 30. */
  signupPerSession: rule('signup-session', 'RATE_LIMIT_SIGNUP_PER_SESSION_PER_10_MIN', 30, 600),
  /** Failed sign-ins to one account from one address: `RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_ADDRESS_PER_10_MIN`, default 5. */
  loginPerAccountAndAddress: rule(
    'login-account-address',
    'RATE_LIMIT_LOGIN_PER_ACCOUNT_AND_ADDRESS_PER_10_MIN',
    5,
    600,
  ),
  /** Failed sign-ins from one address, to any accounts: `RATE_LIMIT_LOGIN_PER_ADDRESS_PER_10_MIN`, default 20. */
  loginPerAddress: rule('login-address', 'RATE_LIMIT_LOGIN_PER_ADDRESS_PER_10_MIN', 20, 600),
  /** Failed sign-ins to one account from addresses that never signed in to it: `RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_10_MIN`, default 50. */
  loginPerAccount: rule('login-account', 'RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_10_MIN', 50, 600),
  /** Contact-form messages from one client address: `RATE_LIMIT_CONTACT_PER_10_MIN`, default 5. */
  contactPerAddress: rule('contact-address', 'RATE_LIMIT_CONTACT_PER_10_MIN', 5, 600),
} as const

export class RateLimitExceededError extends Error {
  constructor(
    readonly rule: RateLimitRule,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `Rate limit ${rule.name} reached (${rule.points} per ${rule.durationSeconds} s); retry after ${retryAfterSeconds} s.`,
    )
    this.name = 'RateLimitExceededError'
  }
}

const limiters = new WeakMap<Pool, Map<string, RateLimiterPostgres>>()

/** One limiter object per pool and rule setting; two objects (two app instances) share the count through the table. */
export function rateLimiter(pool: Pool, limit: RateLimitRule): RateLimiterPostgres {
  let byRule = limiters.get(pool)
  if (!byRule) limiters.set(pool, (byRule = new Map()))
  const id = `${limit.name}/${limit.points}/${limit.durationSeconds}`
  let limiter = byRule.get(id)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.durationSeconds,
    })
    byRule.set(id, limiter)
  }
  return limiter
}

/** Keys as they come (readable in the table) unless long or odd (PostgreSQL text takes no NUL): then a hash. */
export const storedKey = (key: string) =>
  key.length <= 120 && !/\p{Cc}/u.test(key) ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`

/** Counts one request against `key` (an address, a shop, a session); throws RateLimitExceededError past the limit. */
export async function consumeRateLimit(pool: Pool, limit: RateLimitRule, key: string): Promise<void> {
  try {
    await rateLimiter(pool, limit).consume(storedKey(key), 1)
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw new RateLimitExceededError(limit, Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
    throw error
  }
}

/**
 * Set by scripts/lib/peerAddress.mjs, preloaded into the server process: the name of the request header in which it
 * stamps each request's socket address (overwriting whatever the client sent under that name).
 */
export const PEER_ADDRESS_MARK = Symbol.for('platform.peerAddressHeader')

/**
 * The client's address for per-address limits. Behind a trusted reverse proxy (TRUST_PROXY) it is the last
 * X-Forwarded-For entry, the one the nearest proxy wrote (earlier ones may come from the client). Without one it is
 * the socket's address, which Next does not hand to route handlers: the preload scripts/lib/peerAddress.mjs stamps
 * it on each request (`npm run dev|start` load it). A server started without that preload cannot know addresses:
 * every client then counts as one, `direct`.
 */
export function clientAddress(headers: Headers): string {
  const peerHeader = (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARK]
  const peer = typeof peerHeader === 'string' ? headers.get(peerHeader)?.trim().toLowerCase() : undefined
  if (trustsProxy()) {
    const last = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (last) return last.toLowerCase()
  }
  return peer || 'direct'
}
