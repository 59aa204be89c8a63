import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { t } from '@/i18n/t'

import { parseInput } from './validation'

/**
 * The JSON object a request was sent; 400 in the user's language for anything else (an array, a string, broken
 * JSON). With `optional`, an empty body is `{}` (endpoints whose options may all be left out).
 */
export async function jsonBody(req: PayloadRequest, { optional = false }: { optional?: boolean } = {}): Promise<Record<string, unknown>> {
  const text = req.text ? await req.text().catch(() => '') : ''
  if (optional && text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError(t(req, 'bodyNotJsonObject'), 400, null, true)
  return body as Record<string, unknown>
}

const NO_FIELDS = z.strictObject({})

/** For endpoints that take nothing: no body or `{}`; any key is refused as unknown (400), as on every endpoint. */
export async function emptyBody(req: PayloadRequest): Promise<void> {
  parseInput(req, NO_FIELDS, await jsonBody(req, { optional: true }))
}
