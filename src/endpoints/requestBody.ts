import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { t } from '@/i18n/t'
import { MAX_BODY_BYTES } from '@/services/bodyLimits'

import { parseInput } from './validation'

/**
 * The request's body as text, at most `maxBytes` of it: 413 in the user's language when its Content-Length says
 * more, or as soon as more arrives (a chunked body, a lying header), without reading the rest.
 */
export async function bodyText(req: PayloadRequest, maxBytes: number): Promise<string> {
  const tooLarge = () => new APIError(t(req, 'bodyTooLarge', { bytes: maxBytes }), 413, null, true)
  if (Number(req.headers.get('content-length')) > maxBytes) throw tooLarge()
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(chunk.value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/**
 * The JSON object a request was sent (at most MAX_BODY_BYTES); 400 in the user's language for anything else (an
 * array, a string, broken JSON). With `optional`, an empty body is `{}` (endpoints whose options may all be left out).
 */
export async function jsonBody(
  req: PayloadRequest,
  { optional = false }: { optional?: boolean } = {},
): Promise<Record<string, unknown>> {
  const text = await bodyText(req, MAX_BODY_BYTES)
  if (optional && text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new APIError(t(req, 'bodyNotJsonObject'), 400, null, true)
  return body as Record<string, unknown>
}

export const NO_FIELDS = z.strictObject({})

/** For endpoints that take nothing: no body or `{}`; any key is refused as unknown (400), as on every endpoint. */
export async function emptyBody(req: PayloadRequest): Promise<void> {
  parseInput(req, NO_FIELDS, await jsonBody(req, { optional: true }))
}
