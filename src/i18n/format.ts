/**
 * Money, numbers, limits and dates as each of our languages writes them, for the admin, the sites, mails and PDFs:
 * "1 000" (fr), "1.000" (de), "1,000" (en); "79,00 €" and "€79.00"; "7 décembre 2026, 04:20", "7. Dezember 2026,
 * 04:20", "7 December 2026, 04:20", on Luxembourg's clock. Pure; nothing here rounds money through floats.
 */
import type { AdminLanguage } from './languages'

/** Our languages as Intl tags: English as written in Europe (day before month, "€" before the amount). */
const INTL_TAG: Record<AdminLanguage, string> = { en: 'en-IE', fr: 'fr', de: 'de' }

/** The clock dates are read on. */
export const TIME_ZONE = 'Europe/Luxembourg'

const tagOf = (language: string): string => INTL_TAG[language as AdminLanguage] ?? language

const FORMATS = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = FORMATS.get(key) as T | undefined
  if (!format) {
    format = make()
    FORMATS.set(key, format)
  }
  return format
}

/** "12345" cents as the decimal string "123.45" (exact, any size). */
export const centsToDecimal = (cents: number): string => {
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount in cents must be an integer, got ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export type MoneyOptions = {
  /** `'whole'`: leave out ",00" when there are no cents ("29 €" on a price list); default always two decimals. */
  cents?: 'always' | 'whole'
}

/** Integer cents as money: 7650 → "76,50 €" (fr, de), "€76.50" (en). */
export function formatMoney(cents: number, language: string, currency = 'EUR', options: MoneyOptions = {}): string {
  const whole = options.cents === 'whole' && cents % 100 === 0
  const code = currency.toUpperCase()
  const format = cached(
    `money|${language}|${code}|${whole}`,
    () =>
      new Intl.NumberFormat(tagOf(language), {
        style: 'currency',
        currency: code,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      }),
  )
  // Intl formats a decimal string without converting it to a float.
  return format.format(centsToDecimal(cents) as unknown as number)
}

/** A count: 1000 → "1 000" (fr), "1.000" (de), "1,000" (en). */
export const formatNumber = (value: number, language: string): string =>
  cached(`number|${language}`, () => new Intl.NumberFormat(tagOf(language), { maximumFractionDigits: 2 })).format(value)

const UNLIMITED: Record<AdminLanguage, string> = { en: 'Unlimited', fr: 'Illimité', de: 'Unbegrenzt' }

/** A plan's limit: the count, or "Unlimited" / "Illimité" / "Unbegrenzt" for null (never "∞"). */
export const formatLimit = (value: number | null, language: string): string =>
  value === null ? (UNLIMITED[language as AdminLanguage] ?? UNLIMITED.en) : formatNumber(value, language)

/** Unix seconds (Stripe), milliseconds, an ISO string or a Date as a Date. */
export const toDate = (value: string | number | Date): Date =>
  value instanceof Date ? value : new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value)

/** A day: "7 décembre 2026", "7. Dezember 2026", "7 December 2026" (Luxembourg's calendar day). */
export const formatDate = (value: string | number | Date, language: string): string =>
  cached(
    `date|${language}`,
    () => new Intl.DateTimeFormat(tagOf(language), { dateStyle: 'long', timeZone: TIME_ZONE }),
  ).format(toDate(value))

/** A day that is a calendar date, not an instant ("2026-11-29"): written as such, whatever the clock. */
export const formatCalendarDay = (day: string, language: string): string =>
  cached(
    `day|${language}`,
    () => new Intl.DateTimeFormat(tagOf(language), { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(new Date(`${day.slice(0, 10)}T00:00:00Z`))

/** An instant: "7 décembre 2026, 04:20", "7. Dezember 2026, 04:20", "7 December 2026, 04:20" (24-hour clock). */
export function formatDateTime(value: string | number | Date, language: string): string {
  const time = cached(
    `time|${language}`,
    () =>
      new Intl.DateTimeFormat(tagOf(language), {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: TIME_ZONE,
      }),
  )
  return `${formatDate(value, language)}, ${time.format(toDate(value))}`
}

/**
 * Payload's own date display in the admin (list cells, the document's "last modified"): date-fns' localized long
 * date and a 24-hour time, "7 décembre 2026, 04:20" and "7. Dezember 2026, 04:20" as formatDateTime writes them.
 */
export const ADMIN_DATE_FORMAT = 'PPP, HH:mm'
