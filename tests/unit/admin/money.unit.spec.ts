import { describe, expect, it } from 'vitest'

import { formatMoney } from '@/i18n/format'
import { centsToInput, parseMoneyInput } from '@/services/money'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('money in the admin language', () => {
  it('shows integer cents as euros', () => {
    expect(plain(formatMoney(7650, 'fr'))).toBe('76,50 €')
    expect(plain(formatMoney(7650, 'de'))).toBe('76,50 €')
    expect(formatMoney(7650, 'en')).toBe('€76.50')
    expect(plain(formatMoney(123456789, 'fr'))).toBe('1 234 567,89 €')
    expect(plain(formatMoney(-7650, 'de'))).toBe('-76,50 €')
    expect(formatMoney(5, 'en')).toBe('€0.05')
    expect(centsToInput(7650, 'fr')).toBe('76,50')
    expect(centsToInput(7650, 'en')).toBe('76.50')
    expect(centsToInput(-3, 'de')).toBe('-0,03')
  })

  it('reads what is typed back as cents, without float rounding', () => {
    const cases: [string, string, number | null][] = [
      ['76,50', 'fr', 7650],
      ['76,5', 'fr', 7650],
      ['76', 'fr', 7600],
      ['76.50', 'fr', 7650],
      ['76,50 €', 'fr', 7650],
      ['1 234,56', 'fr', 123456],
      ['1\u202f234,56\u00a0€', 'fr', 123456],
      ['1.234,56', 'de', 123456],
      ['1.234', 'de', 123400],
      ['€1,234.50', 'en', 123450],
      ['1,234', 'en', 123400],
      ['0.29', 'en', 29],
      ['19.99', 'en', 1999],
      ['4.35', 'en', 435],
      ['-12,30', 'fr', -1230],
      [',5', 'fr', 50],
      ['12,345', 'fr', null],
      ['1,2,3', 'en', null],
      ['12.3.4', 'de', null],
      ['abc', 'fr', null],
      ['', 'fr', null],
      ['€', 'en', null],
      ['1e3', 'en', null],
      ['--5', 'en', null],
    ]
    for (const [text, language, cents] of cases) expect([text, parseMoneyInput(text, language)]).toEqual([text, cents])
  })

  it('round-trips every amount it shows', () => {
    for (const cents of [0, 1, 10, 99, 100, 7650, 100000, 999999999, -4250])
      for (const language of ['en', 'fr', 'de']) {
        expect(parseMoneyInput(formatMoney(cents, language), language)).toBe(cents)
        expect(parseMoneyInput(centsToInput(cents, language), language)).toBe(cents)
      }
  })
})
