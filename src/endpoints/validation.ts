import { APIError } from 'payload'
import type { z } from 'zod'

/** Parses input with a zod schema; bad input becomes a 400 in Payload's {"errors":[{"message"}]} shape. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const message = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
  throw new APIError(message, 400, null, true)
}

export const queryObject = (searchParams: URLSearchParams | undefined): Record<string, string> =>
  Object.fromEntries(searchParams?.entries() ?? [])
