import { describe, expect, it } from 'vitest'

import {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatLimit,
  formatMoney,
  formatNumber,
  toDate,
} from '@/i18n/format'
import { translate } from '@/i18n/t'

/** Intl's spaces (no-break U+00A0, narrow no-break U+202F) as plain spaces, to compare with what a person reads. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

// 04:20 in Luxembourg on 7 December 2026 (winter time, UTC+1).
const INSTANT = '2026-12-07T03:20:00.000Z'

describe('the one formatting helper (src/i18n/format.ts)', () => {
  it('writes money in each language, in cents exactly, two decimals unless asked for whole units', () => {
    expect(plain(formatMoney(79000, 'fr'))).toBe('790,00 €')
    expect(plain(formatMoney(79000, 'de'))).toBe('790,00 €')
    expect(formatMoney(79000, 'en')).toBe('€790.00')
    expect(plain(formatMoney(123456789, 'fr'))).toBe('1 234 567,89 €')
    expect(formatMoney(123456789, 'de')).toBe('1.234.567,89\u00a0€')
    expect(formatMoney(-5, 'en', 'eur')).toBe('-€0.05')
    expect(plain(formatMoney(2900, 'fr', 'EUR', { cents: 'whole' }))).toBe('29 €')
    expect(plain(formatMoney(2417, 'de', 'EUR', { cents: 'whole' }))).toBe('24,17 €')
    expect(() => formatMoney(1.5, 'en')).toThrow(/integer/)
  })

  it('writes a count the same way everywhere in a language: 1 000, 1.000, 1,000', () => {
    expect(plain(formatNumber(1000, 'fr'))).toBe('1 000')
    expect(formatNumber(1000, 'de')).toBe('1.000')
    expect(formatNumber(1000, 'en')).toBe('1,000')
    expect(formatNumber(5, 'de')).toBe('5')
  })

  it('writes an unlimited limit in words, never "∞"', () => {
    expect(formatLimit(null, 'fr')).toBe('Illimité')
    expect(formatLimit(null, 'de')).toBe('Unbegrenzt')
    expect(formatLimit(null, 'en')).toBe('Unlimited')
    expect(formatLimit(1000, 'de')).toBe('1.000')
    expect(plain(formatLimit(1000, 'fr'))).toBe('1 000')
  })

  it("writes dates and times as the language does, on Luxembourg's clock, with a 24-hour time", () => {
    expect(formatDateTime(INSTANT, 'fr')).toBe('7 décembre 2026, 04:20')
    expect(formatDateTime(INSTANT, 'de')).toBe('7. Dezember 2026, 04:20')
    expect(formatDateTime(INSTANT, 'en')).toBe('7 December 2026, 04:20')
    expect(formatDate(INSTANT, 'de')).toBe('7. Dezember 2026')
    // 23:30 UTC on 31 December is already the 1st of January in Luxembourg.
    expect(formatDate('2026-12-31T23:30:00Z', 'fr')).toBe('1 janvier 2027')
    expect(formatCalendarDay('2026-12-31', 'fr')).toBe('31 décembre 2026')
    // Stripe's Unix seconds and milliseconds are the same instant.
    expect(toDate(1796613600).getTime()).toBe(toDate(1796613600000).getTime())
  })

  it('formats the numbers inside our messages with the same helper', () => {
    expect(
      plain(translate('fr', 'billingOverLimitLine', { used: 1000, what: 'produits', plan: 'X', limit: 1000 })),
    ).toContain('1 000')
    expect(translate('de', 'billingOverLimitLine', { used: 1000, what: 'Produkte', plan: 'X', limit: 1000 })).toContain(
      '1.000',
    )
  })
})
