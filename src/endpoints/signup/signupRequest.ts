import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'

import { rateLimited } from '../rateLimited'

export const sessionIdField = (req: MessageSource) =>
  z
    .string({ error: t(req, 'signupSessionIdRequired') })
    .min(1, t(req, 'signupSessionIdRequired'))
    .max(200, t(req, 'signupSessionNotFound'))

/**
 * Counts a signup step against the per-address limit and, when the request names a session, the per-session one:
 * a 429 answer with Retry-After past either, null otherwise.
 */
export function limitSignupStep(req: PayloadRequest, sessionId?: unknown): Promise<Response | null> {
  const limits = [{ rule: RATE_LIMITS.signupPerAddress(), key: clientAddress(req.headers) }]
  if (typeof sessionId === 'string' && sessionId !== '')
    limits.push({ rule: RATE_LIMITS.signupPerSession(), key: sessionId })
  return rateLimited(req, limits)
}

export const noStore = (body: unknown, init: ResponseInit = {}) =>
  Response.json(body, {
    ...init,
    headers: { 'Cache-Control': 'no-store', ...(init.headers as Record<string, string> | undefined) },
  })
