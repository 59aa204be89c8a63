import crypto from 'node:crypto'

import type { Pool } from 'pg'

import { TooManyAttempts } from './errors'
import {
  consumeRateLimit,
  RATE_LIMITS,
  rateLimiter,
  RateLimitExceededError,
  type RateLimitRule,
  storedKey,
} from './rateLimit'

/**
 * Sign-in throttling, instead of Payload's account lock (`maxLoginAttempts`), which let anyone lock any account and
 * told that the account exists. Every attempt counts, before the password is checked, against
 * - its address on its account (5 per 10 min): the guessing client is slowed, the owner elsewhere is not;
 * - its address on any account (20 per 10 min): one client trying many accounts;
 * - its account from every address that never signed in to it (50 per 10 min): guesses spread over many addresses,
 *   while a client that signed in to the account in the last 30 days (a known client) still passes.
 * A success takes its attempt back and clears its address's count on the account. Unknown e-mails count exactly as
 * known ones, so the answers say nothing about which accounts exist.
 */
export type LoginAttempt = { address: string; account: string }

/** What an attempt counted, for `loginSucceeded` to take back. */
export type CountedAttempt = { attempt: LoginAttempt; counted: { rule: RateLimitRule; key: string }[] }

/** Addresses that signed in to an account are remembered this long (one row per address and account). */
const KNOWN_CLIENT: RateLimitRule = { name: 'login-known', envVar: '', points: 1, durationSeconds: 30 * 24 * 3600 }

const keysOf = ({ address, account }: LoginAttempt) => ({
  accountAndAddress: `${account} ${address}`,
  address,
  account,
})

export async function countLoginAttempt(pool: Pool, attempt: LoginAttempt): Promise<CountedAttempt> {
  const keys = keysOf(attempt)
  const known = await rateLimiter(pool, KNOWN_CLIENT).get(storedKey(keys.accountAndAddress))
  const limits = [
    { rule: RATE_LIMITS.loginPerAccountAndAddress(), key: keys.accountAndAddress },
    { rule: RATE_LIMITS.loginPerAddress(), key: keys.address },
    ...(known ? [] : [{ rule: RATE_LIMITS.loginPerAccount(), key: keys.account }]),
  ]
  const counted: CountedAttempt['counted'] = []
  try {
    for (const limit of limits) {
      counted.push(limit)
      await consumeRateLimit(pool, limit.rule, limit.key)
    }
  } catch (error) {
    if (!(error instanceof RateLimitExceededError)) throw error
    throw new TooManyAttempts(
      'tooManyLoginAttempts',
      { count: error.retryAfterSeconds },
      { data: { retryAfterSeconds: error.retryAfterSeconds } },
    )
  }
  return { attempt, counted }
}

/** The password was right: the attempt is taken back, the address's count on the account cleared, the client known. */
export async function loginSucceeded(pool: Pool, { attempt, counted }: CountedAttempt): Promise<void> {
  const keys = keysOf(attempt)
  await Promise.all(
    counted.map(({ rule, key }) =>
      key === keys.accountAndAddress
        ? rateLimiter(pool, rule).delete(storedKey(key))
        : rateLimiter(pool, rule).reward(storedKey(key), 1),
    ),
  )
  await rateLimiter(pool, KNOWN_CLIENT).set(storedKey(keys.accountAndAddress), 1, KNOWN_CLIENT.durationSeconds)
}

/**
 * The work of one password check, for an e-mail no account has: the same PBKDF2 Payload runs on a stored hash
 * (payload/dist/auth/strategies/local/generatePasswordSaltHash.js: SHA-256, 600,000 iterations, 32 bytes), so an
 * unknown address is answered after about the same time as a wrong password.
 */
export function checkPasswordOfNobody(password: string): Promise<void> {
  return new Promise((resolve, reject) =>
    crypto.pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', (error) => (error ? reject(error) : resolve())),
  )
}

const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
