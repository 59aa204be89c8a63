import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { appPool } from '@/services/db/pool'
import { checkPasswordOfNobody, countLoginAttempt, type CountedAttempt, loginSucceeded } from '@/services/loginThrottle'
import { clientAddress } from '@/services/rateLimit'

const ATTEMPT = 'loginAttempt'

/**
 * Before Payload's login looks the account up: counts the attempt (src/services/loginThrottle.ts; a refusal is a
 * 429 through the domain-error mapping) and, for an e-mail no account has, spends the time of a password check, so
 * that Payload's immediate "incorrect" answer does not tell unknown addresses from known ones. Sign-ins through
 * the Local API (the app's own code) are not counted. Payload's own lock is off (`maxLoginAttempts: 0`).
 */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload refuses a missing e-mail or password itself, before looking anything up.
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password.trim()) return args
  const account = email.toLowerCase().trim()
  if (req.payloadAPI !== 'local') {
    const counted = await countLoginAttempt(appPool(req.payload), { address: clientAddress(req.headers), account })
    req.context[ATTEMPT] = counted
  }
  const { totalDocs } = await req.payload.db.count({ collection: 'users', req, where: { email: { equals: account } } })
  if (totalDocs === 0) await checkPasswordOfNobody(password)
  return args
}

/** After a successful sign-in: the attempt is taken back and the client remembered for this account. */
export const rememberSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const counted = req.context[ATTEMPT] as CountedAttempt | undefined
  if (counted) await loginSucceeded(appPool(req.payload), counted)
}
