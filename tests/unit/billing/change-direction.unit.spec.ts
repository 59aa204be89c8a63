import { describe, expect, it } from 'vitest'

import { changeDirection } from '@/services/billing/changeTier'

describe('changing the plan', () => {
  it('follows the tiers order, never prices: annual → monthly of one tier is a downgrade', () => {
    const low = { id: 1, sortOrder: 10 }
    const high = { id: 2, sortOrder: 20 }
    expect(changeDirection({ tier: low, billingPeriod: 'annual' }, { tier: high, billingPeriod: 'monthly' })).toBe(
      'upgrade',
    )
    expect(changeDirection({ tier: high, billingPeriod: 'monthly' }, { tier: low, billingPeriod: 'annual' })).toBe(
      'downgrade',
    )
    expect(changeDirection({ tier: low, billingPeriod: 'annual' }, { tier: low, billingPeriod: 'monthly' })).toBe(
      'downgrade',
    )
    expect(changeDirection({ tier: low, billingPeriod: 'monthly' }, { tier: low, billingPeriod: 'annual' })).toBe(
      'upgrade',
    )
    expect(changeDirection({ tier: low, billingPeriod: 'monthly' }, { tier: low, billingPeriod: 'monthly' })).toBe(
      'same',
    )
  })
})
