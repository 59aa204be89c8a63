/** The rules of a vendor's invoice settings: bank details, number patterns, logo. Pure functions, no I/O. */

export const DEFAULT_NUMBER_PATTERN = '{prefix}{year}-{seq:05}'
export const DEFAULT_NUMBER_PREFIX = 'INV-'
export const DEFAULT_CREDIT_NOTE_PREFIX = 'CN-'
export const MAX_PATTERN_LENGTH = 60
/** A logo is stored inline (there is no media collection): at most this many bytes once decoded. */
export const MAX_LOGO_BYTES = 200 * 1024

/** IBAN without spaces, upper case. */
export const normaliseIban = (value: string): string => value.replace(/\s+/g, '').toUpperCase()

/** ISO 13616: country, two check digits, then the account; mod 97 of the rearranged digits is 1. */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

export const normaliseBic = (value: string): string => value.replace(/\s+/g, '').toUpperCase()

/** ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export const isValidBic = (value: string): boolean =>
  /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(normaliseBic(value))

const TOKEN = /\{(prefix|year|seq)(?::(0[1-9]|1[0-2]))?\}/g

/** A number pattern: `{seq}` once (optionally zero-padded `{seq:05}`), `{prefix}` and `{year}` at most once, nothing else in braces. */
export function patternProblem(pattern: string): 'length' | 'seq' | 'token' | null {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) return 'length'
  const tokens = [...pattern.matchAll(TOKEN)].map((match) => match[1])
  if (tokens.filter((token) => token === 'seq').length !== 1) return 'seq'
  if (tokens.filter((token) => token !== 'seq').length !== new Set(tokens.filter((token) => token !== 'seq')).size)
    return 'token'
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) return 'token'
  return null
}

/** Whether a series restarts every year (its pattern has `{year}`); otherwise it runs on for ever. */
export const restartsYearly = (pattern: string): boolean => /\{year(:[^}]*)?\}/.test(pattern)

/** `{prefix}{year}-{seq:05}` with prefix INV-, 2026, 7 → INV-2026-00007. */
export function formatInvoiceNumber(pattern: string, prefix: string, year: number, seq: number): string {
  return pattern.replace(TOKEN, (_, token: string, width?: string) => {
    if (token === 'prefix') return prefix
    if (token === 'year') return String(year)
    return width ? String(seq).padStart(Number(width), '0') : String(seq)
  })
}

/** A logo as a `data:image/png|jpeg;base64,...` URL of at most MAX_LOGO_BYTES whose bytes are really PNG or JPEG. */
export function decodeLogo(value: string): { data: Buffer; mimeType: 'image/png' | 'image/jpeg' } | 'format' | 'size' {
  const match = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(value)
  if (!match) return 'format'
  const data = Buffer.from(match[2], 'base64')
  if (data.length > MAX_LOGO_BYTES) return 'size'
  const mimeType = match[1] as 'image/png' | 'image/jpeg'
  const png = data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const jpeg = data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff
  if ((mimeType === 'image/png' && !png) || (mimeType === 'image/jpeg' && !jpeg)) return 'format'
  return { data, mimeType }
}

/** One character of a series' fixed text: a literal, or a digit of `{year}` (any digit). */
type SeriesChar = { literal: string } | 'digit'

/** The fixed text of a series before and after `{seq}`, `{prefix}` expanded, each `{year}` as four digits. */
function seriesEnds(pattern: string, prefix: string): { head: SeriesChar[]; tail: SeriesChar[] } {
  const chars = (text: string): SeriesChar[] =>
    text
      .split(/(\{year\})/)
      .flatMap((part) =>
        part === '{year}' ? (Array(4).fill('digit') as SeriesChar[]) : [...part].map((literal) => ({ literal })),
      )
  const expanded = pattern.replace(/\{prefix\}/g, () => prefix)
  const seq = /\{seq(?::\d+)?\}/.exec(expanded)
  if (!seq) return { head: chars(expanded), tail: [] }
  return { head: chars(expanded.slice(0, seq.index)), tail: chars(expanded.slice(seq.index + seq[0].length)) }
}

/** Whether two series characters can never be equal: two different literals, or a digit of a year and a non-digit. */
const clash = (a: SeriesChar, b: SeriesChar): boolean => {
  if (a === 'digit' && b === 'digit') return false
  if (a === 'digit') return !/^\d$/.test((b as { literal: string }).literal)
  if (b === 'digit') return !/^\d$/.test(a.literal)
  return a.literal !== b.literal
}

/**
 * Whether two series can never produce the same number, for any year and counter: a number is the series' head,
 * then the digits of `{seq}`, then its tail; so two series are disjoint when their heads clash at some position both
 * have (compared from the start), or their tails do (compared from the end). Otherwise they might meet, e.g. INV-
 * and INV-2026-0001 (credit note 1 would be invoice 11): refused. Sound, slightly strict (never a false "disjoint").
 */
export function seriesDisjoint(
  a: { pattern: string; prefix: string },
  b: { pattern: string; prefix: string },
): boolean {
  const x = seriesEnds(a.pattern, a.prefix)
  const y = seriesEnds(b.pattern, b.prefix)
  for (let i = 0; i < Math.min(x.head.length, y.head.length); i++) if (clash(x.head[i], y.head[i])) return true
  for (let i = 1; i <= Math.min(x.tail.length, y.tail.length); i++)
    if (clash(x.tail[x.tail.length - i], y.tail[y.tail.length - i])) return true
  return false
}

/**
 * A PostgreSQL regular expression matching every number a series can produce (any year, any counter): literals
 * escaped, `{year}` four digits, `{seq:NN}` at least NN digits, `{seq}` one or more.
 */
export function seriesRegex(pattern: string, prefix: string): string {
  const escape = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&')
  const expanded = pattern.replace(/\{prefix\}/g, () => `\u0001${escape(prefix)}\u0001`)
  // eslint-disable-next-line no-control-regex -- \u0001 fences the escaped prefix so the split keeps it whole
  const parts = expanded.split(/(\u0001[^\u0001]*\u0001|\{year\}|\{seq(?::\d+)?\})/)
  const body = parts
    .map((part) => {
      if (part.startsWith('\u0001')) return part.slice(1, -1)
      if (part === '{year}') return '[0-9]{4}'
      const seq = /^\{seq(?::(\d+))?\}$/.exec(part)
      if (seq) return seq[1] ? `[0-9]{${Number(seq[1])},}` : '[0-9]+'
      return escape(part)
    })
    .join('')
  return `^${body}$`
}
