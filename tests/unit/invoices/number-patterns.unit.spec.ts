import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_CREDIT_NOTE_PREFIX,
  DEFAULT_NUMBER_PATTERN,
  DEFAULT_NUMBER_PREFIX,
  formatInvoiceNumber,
  patternProblem,
  restartsYearly,
  seriesDisjoint,
  seriesRegex,
} from '@/services/invoices/settingsRules'

/** The PostgreSQL expression of seriesRegex, read by JavaScript (it uses only what both understand). */
const matches = (number: string, series: { pattern: string; prefix: string }) =>
  new RegExp(seriesRegex(series.pattern, series.prefix)).test(number)

describe('number patterns', () => {
  it('format the prefix, the year and the counter, zero-padded to the width asked', () => {
    expect(formatInvoiceNumber(DEFAULT_NUMBER_PATTERN, DEFAULT_NUMBER_PREFIX, 2026, 7)).toBe('INV-2026-00007')
    expect(formatInvoiceNumber('{prefix}-{seq}', 'F', 2026, 12)).toBe('F-12')
    expect(formatInvoiceNumber('{year}/{seq:03}', '', 2027, 123456)).toBe('2027/123456')
  })

  it('need {seq} once, {prefix} and {year} at most once, nothing else in braces, 1 to 60 characters', () => {
    expect(patternProblem(DEFAULT_NUMBER_PATTERN)).toBeNull()
    expect(patternProblem('{seq:12}')).toBeNull()
    expect(patternProblem('{prefix}{year}')).toBe('seq')
    expect(patternProblem('{prefix}{seq}{seq}')).toBe('seq')
    expect(patternProblem('{seq:13}')).toBe('seq')
    expect(patternProblem('{prefix}{prefix}{seq}')).toBe('token')
    expect(patternProblem('{prefix}{month}{seq}')).toBe('token')
    expect(patternProblem('{seq}}')).toBe('token')
    expect(patternProblem('')).toBe('length')
    expect(patternProblem(`{seq}${'x'.repeat(56)}`)).toBe('length')
  })

  it('restart every year only with {year}', () => {
    expect(restartsYearly(DEFAULT_NUMBER_PATTERN)).toBe(true)
    expect(restartsYearly('{prefix}-{seq}')).toBe(false)
  })
})

describe('two number series', () => {
  const invoices = { pattern: DEFAULT_NUMBER_PATTERN, prefix: DEFAULT_NUMBER_PREFIX }

  it('are disjoint when a fixed character differs at the start or at the end, else refused', () => {
    expect(seriesDisjoint(invoices, { pattern: DEFAULT_NUMBER_PATTERN, prefix: DEFAULT_CREDIT_NOTE_PREFIX })).toBe(true)
    expect(seriesDisjoint({ pattern: '{seq}-A', prefix: '' }, { pattern: '{seq}-B', prefix: '' })).toBe(true)
    // Credit note 1 "INV-2026-00011" would be invoice 11.
    expect(seriesDisjoint(invoices, { pattern: '{prefix}{seq}', prefix: 'INV-2026-0001' })).toBe(false)
    // A year is four digits: "2026" can be a year, "INV-" cannot.
    expect(seriesDisjoint({ pattern: '{year}-{seq}', prefix: '' }, { pattern: '2026-{seq}', prefix: '' })).toBe(false)
    expect(seriesDisjoint({ pattern: '{year}-{seq}', prefix: '' }, { pattern: '{prefix}{seq}', prefix: 'INV-' })).toBe(
      true,
    )
  })

  it('match, as a regular expression, every number they produce and no other', () => {
    expect(seriesRegex(DEFAULT_NUMBER_PATTERN, 'INV-')).toBe('^INV\\-[0-9]{4}\\-[0-9]{5,}$')
    expect(matches('INV-2026-00001', invoices)).toBe(true)
    expect(matches('INV-2026-123456', invoices)).toBe(true)
    expect(matches('INV-2026-0001', invoices)).toBe(false)
    expect(matches('CN-2026-00001', invoices)).toBe(false)
    expect(matches('A.B-7', { pattern: '{prefix}-{seq}', prefix: 'A.B' })).toBe(true)
    expect(matches('AxB-7', { pattern: '{prefix}-{seq}', prefix: 'A.B' })).toBe(false)
  })

  it("property: a series matches its own numbers, and disjoint series never match each other's", () => {
    const prefix = fc.constantFrom('', 'INV-', 'CN-', 'INV-2026-0001', 'F', '2026', 'A.B')
    const pattern = fc.constantFrom(
      DEFAULT_NUMBER_PATTERN,
      '{prefix}{seq}',
      '{prefix}-{seq}',
      '{year}/{seq:03}',
      '{seq}-{prefix}',
      '{prefix}{year}{seq:02}',
    )
    const series = fc.record({ pattern, prefix })
    fc.assert(
      fc.property(
        series,
        series,
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b, year, seq) => {
          const number = formatInvoiceNumber(a.pattern, a.prefix, year, seq)
          expect(matches(number, a)).toBe(true)
          if (seriesDisjoint(a, b)) expect(matches(number, b)).toBe(false)
        },
      ),
      { numRuns: 1000, seed: 20261207 },
    )
  })
})
