import { describe, expect, it } from 'vitest'

import { annualSaving, formatMoney } from '@/services/pricing/pricingDisplay'

describe('prices in words', () => {
  it('formats cents in each language, decimals only when there are cents', () => {
    expect(formatMoney(7900, 'fr')).toBe('79\u00a0€')
    expect(formatMoney(7900, 'de')).toBe('79\u00a0€')
    expect(formatMoney(7900, 'en')).toBe('€79')
    expect(formatMoney(6583, 'de')).toBe('65,83\u00a0€')
  })

  it('computes the annual saving against twelve monthly payments, never negative', () => {
    expect(annualSaving({ priceMonthly: 7900, priceAnnual: 79000 })).toEqual({ cents: 15800, percent: 17 })
    expect(annualSaving({ priceMonthly: 1000, priceAnnual: 12000 })).toEqual({ cents: 0, percent: 0 })
    expect(annualSaving({ priceMonthly: 1000, priceAnnual: 13000 })).toEqual({ cents: 0, percent: 0 })
    expect(annualSaving({ priceMonthly: 0, priceAnnual: 0 })).toEqual({ cents: 0, percent: 0 })
  })
})
