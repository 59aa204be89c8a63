import { MAX_ID, MAX_YEAR, MIN_YEAR } from './limits'

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A row id as Postgres stores it: a positive 4-byte integer. */
export const isRowId = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_ID

/** A row id written in a URL or query string: digits only, no sign, exponent or fraction. */
export const isRowIdText = (value: unknown): boolean =>
  typeof value === 'string' && /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= MAX_ID

export const isSaneDate = (value: unknown): boolean => {
  if (!(typeof value === 'string' || value instanceof Date)) return false
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return false
  const year = date.getUTCFullYear()
  return year >= MIN_YEAR && year <= MAX_YEAR
}

export const dateMessage = `must be a date (ISO 8601, e.g. 2026-01-31T00:00:00.000Z) between the years ${MIN_YEAR} and ${MAX_YEAR}`

/** The path of the first string (key or value) holding a NUL byte, which PostgreSQL cannot store. */
export function nulBytePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulBytePath(item, path ? `${path}.${index}` : String(index))
      if (found !== null) return found
    }
    return null
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key
      if (key.includes('\u0000')) return keyPath
      const found = nulBytePath(item, keyPath)
      if (found !== null) return found
    }
  }
  return null
}
