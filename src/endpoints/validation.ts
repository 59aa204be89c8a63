import { APIError } from 'payload'
import { z } from 'zod'

import { SLUG_PATTERN } from '@/fields/slugField'
import { nulBytePath } from '@/plugins/strictInput/values'

/**
 * Parses input with a zod schema; bad input becomes a 400 in Payload's {"errors":[{"message"}]} shape, with the
 * fields named as Payload's ValidationError names them (`data.errors[].path`) so a form can show each next to its field.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  // PostgreSQL cannot store a NUL byte: refused here for every endpoint's strings, as strictInput does on collections.
  const nul = nulBytePath(input)
  if (nul !== null) {
    const message = 'contains a NUL character (\\u0000), which is never valid'
    throw new APIError(`${nul || 'The input'}: ${message}`, 400, { errors: [{ path: nul, message }] }, true)
  }
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const message = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  throw new APIError(message, 400, { errors: fields }, true)
}

export const queryObject = (searchParams: URLSearchParams | undefined): Record<string, string> =>
  Object.fromEntries(searchParams?.entries() ?? [])

/** A slug-shaped query parameter (slug, vendor slug, platform code). */
export const slugParam = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .max(100, `${what} is at most 100 characters`)
    .regex(SLUG_PATTERN, `${what} must be lowercase letters, digits and dashes`)
