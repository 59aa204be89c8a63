/**
 * The JSON text of a verified event as PostgreSQL's jsonb takes it. jsonb refuses the escape `\u0000` and lone
 * UTF-16 surrogates (`\ud800` without its pair); Stripe would retry such an event forever on a 500. The event is
 * kept with those characters replaced by U+FFFD (processing re-reads Stripe's own state, never trusts the body's
 * text); any other body is stored as it came.
 */
export function storableEventJson(rawBody: string, event: unknown): string {
  if (!/\\u(?:0000|d[89a-f])/i.test(rawBody)) return rawBody
  return JSON.stringify(wellFormed(event))
}

/** NUL, and a surrogate without its pair. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what jsonb refuses
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NOT_STORABLE, '\ufffd')
  if (Array.isArray(value)) return value.map(wellFormed)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)]))
  return value
}
