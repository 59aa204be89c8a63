/**
 * Money as people type it, stored as integer cents: "76,50", "76.50", "1 234,5" or "€1,234.50" typed back become
 * cents (showing it is src/i18n/format.ts's formatMoney). Pure: the admin's money field and its tests use it;
 * nothing here rounds through floats.
 */
import { centsToDecimal } from '@/i18n/format'

/** The decimal separator of `language`: "," in French and German, "." in English. */
export const decimalSeparator = (language: string): string =>
  new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'

/** Integer cents as the amount to edit, without currency or grouping: 7650 → "76,50" (fr, de), "76.50" (en). */
export const centsToInput = (cents: number, language: string): string =>
  centsToDecimal(cents).replace('.', decimalSeparator(language))

const SPACES = /[\s\u00a0\u202f'’]/g
const CURRENCY = /€|eur/gi

/**
 * What someone typed as an amount in euros, in cents; null when it is not an amount (letters, more than two
 * decimals, two signs). The language's decimal separator is expected, but the other one is understood when it
 * cannot be a thousands separator ("76.50" in French is 7650 cents; "1.234" in French is 123400).
 */
export function parseMoneyInput(text: string, language: string): number | null {
  let value = text.replace(CURRENCY, '').replace(SPACES, '')
  let sign = 1
  if (/^[-−]/.test(value)) {
    sign = -1
    value = value.slice(1)
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null
  const decimal = decimalSeparator(language)
  const lastDot = value.lastIndexOf('.')
  const lastComma = value.lastIndexOf(',')
  let separator: string | null = null
  if (lastDot >= 0 && lastComma >= 0) separator = lastDot > lastComma ? '.' : ','
  else if (lastDot >= 0 || lastComma >= 0) {
    const only = lastDot >= 0 ? '.' : ','
    const occurrences = value.split(only).length - 1
    const digitsAfter = value.length - value.lastIndexOf(only) - 1
    separator = only === decimal || (occurrences === 1 && digitsAfter !== 3) ? only : null
  }
  let whole = value
  let fraction = ''
  if (separator !== null) {
    const at = value.lastIndexOf(separator)
    whole = value.slice(0, at)
    fraction = value.slice(at + 1)
    if (fraction.includes('.') || fraction.includes(',')) return null
  }
  // What is left before the decimal separator may only hold grouping separators between groups of three digits.
  const groups = whole.split(/[.,]/)
  if (groups.length > 1 && groups.slice(1).some((group) => group.length !== 3)) return null
  whole = groups.join('')
  if (fraction.length > 2 || (whole === '' && fraction === '')) return null
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return sign * cents
}
