import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { SLUG_PATTERN } from '@/fields/slugField'
import type { AdminLanguage } from '@/i18n/languages'
import { type MessageSource, requestLanguage, t } from '@/i18n/t'
import { nulBytePath } from '@/plugins/strictInput/values'

// zod's own messages (a bound without a message of ours, a wrong type) in the caller's language too.
const ZOD_MESSAGES = { en: z.locales.en(), fr: z.locales.fr(), de: z.locales.de() }

/**
 * Parses input with a zod schema; bad input becomes a 400 in Payload's {"errors":[{"message"}]} shape, with the
 * fields named as Payload's ValidationError names them (`data.errors[].path`) so a form can show each next to its field.
 * Body schemas are `z.strictObject` (nested objects too): a key they do not name is refused, named by its path in
 * the caller's language, instead of being dropped (a typo such as `emial` must not silently change what happens).
 */
export function parseInput<Schema extends z.ZodType>(
  req: MessageSource,
  schema: Schema,
  input: unknown,
): z.infer<Schema> {
  // PostgreSQL cannot store a NUL byte: refused here for every endpoint's strings, as strictInput does on collections.
  const nul = nulBytePath(input)
  if (nul !== null) {
    const message = t(req, 'inputNulCharacter')
    throw new APIError(
      nul ? `${nul}: ${message}` : t(req, 'inputNulCharacterWhole'),
      400,
      { errors: [{ path: nul, message }] },
      true,
    )
  }
  const result = schema.safeParse(input, { error: ZOD_MESSAGES[requestLanguage(req)].localeError })
  if (result.success) return result.data
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key].join('.')
        const message = t(req, 'unknownField', { field: path })
        return { path, message, text: message }
      })
    }
    const path = issue.path.join('.')
    return [{ path, message: issue.message, text: path ? `${path}: ${issue.message}` : issue.message }]
  })
  const fields = problems.map(({ path, message }) => ({ path, message }))
  throw new APIError(problems.map((problem) => problem.text).join('; '), 400, { errors: fields }, true)
}

/**
 * The query string parsed with an object schema. Parameters the schema does not name are ignored (tracking and
 * cache-busting parameters are added by others); one it names given twice is a 400 naming it, as we cannot know
 * which value was meant.
 */
export function parseQuery<Schema extends z.ZodObject>(
  req: Pick<PayloadRequest, 'i18n' | 'searchParams'> | Request,
  schema: Schema,
): z.infer<Schema> {
  const params = 'searchParams' in req ? req.searchParams : new URL(req.url).searchParams
  const repeated = Object.keys(schema.shape).filter((name) => params.getAll(name).length > 1)
  if (repeated.length > 0) {
    const fields = repeated.map((name) => ({ path: name, message: t(req, 'queryParameterRepeated', { name }) }))
    throw new APIError(fields.map((field) => field.message).join('; '), 400, { errors: fields }, true)
  }
  return parseInput(req, schema, Object.fromEntries(params))
}

/**
 * A schema whose messages are ours in the caller's language (`t(req, …)`), built once per language rather than per
 * request: `const body = perLanguage((req) => z.strictObject({ … }))`, then `parseInput(req, body(req), input)`.
 */
export function perLanguage<Req extends MessageSource, Schema>(build: (req: Req) => Schema): (req: Req) => Schema {
  const built = new Map<AdminLanguage, Schema>()
  return (req) => {
    const language = requestLanguage(req)
    if (!built.has(language)) built.set(language, build(req))
    return built.get(language)!
  }
}

export const billingPeriodParam = (req: MessageSource) =>
  z.enum(['monthly', 'annual'], { error: t(req, 'billingPeriodInvalid') })

/** A text parameter: missing is "name is required", any other type "name must be text", in the caller's language. */
export const textParam = (req: MessageSource, name: string) =>
  z.string({
    error: (issue) => t(req, issue.input === undefined ? 'paramRequired' : 'paramText', { name }),
  })

/** A slug-shaped parameter (slug, vendor slug, platform code), its messages in the caller's language. */
export const slugParam = (req: MessageSource, name: string) =>
  textParam(req, name)
    .max(100, t(req, 'paramTooLong', { name, max: 100 }))
    .regex(SLUG_PATTERN, t(req, 'paramSlug', { name }))
