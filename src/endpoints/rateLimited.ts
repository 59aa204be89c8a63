import type { PayloadRequest } from 'payload'

import { t } from '@/i18n/t'
import { appPool } from '@/services/db/pool'
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
  const pool = appPool(req.payload)
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
