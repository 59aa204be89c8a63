import { describe, expect, it } from 'vitest'

import { STRIPE_STATUS } from '@/services/billing/syncFromStripe'

describe('syncSubscriptionFromStripe', () => {
  it('maps every Stripe status to one of ours', () => {
    expect(STRIPE_STATUS).toEqual({
      trialing: 'trialing',
      active: 'active',
      past_due: 'past_due',
      incomplete: 'past_due',
      unpaid: 'expired',
      paused: 'expired',
      canceled: 'canceled',
      incomplete_expired: 'expired',
    })
  })
})
