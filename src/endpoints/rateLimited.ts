import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import { t } from '@/i18n/t'
import { consumeRateLimit, RateLimitExceededError, type RateLimitRule } from '@/services/rateLimit'

/**
 * Counts the request against each limit in turn (per address, per target, ...) and, past one of them, answers
 * 429 with `Retry-After` and a message in the user's language; null when the request may go on. Endpoints:
 * `const limited = await rateLimited(req, [...]); if (limited) return limited`.
 */
export async function rateLimited(
  req: PayloadRequest,
  limits: { rule: RateLimitRule; key: string }[],
): Promise<Response | null> {
  // The app's own pool; db-postgres bundles its own copy of @types/pg, hence the cast.
  const pool = (req.payload.db as unknown as PostgresAdapter).pool as unknown as Pool
  try {
    for (const { rule, key } of limits) await consumeRateLimit(pool, rule, key)
    return null
  } catch (error) {
    if (!(error instanceof RateLimitExceededError)) throw error
    req.payload.logger.info({ msg: error.message })
    return Response.json(
      { errors: [{ message: t(req, 'tooManyRequests', { count: error.retryAfterSeconds }) }] },
      { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' } },
    )
  }
}
