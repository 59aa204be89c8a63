import { describe, expect, it } from 'vitest'

import { stripeStartupProblems } from '@/services/stripe/client'
import { stripeLaunchProblems } from '@/services/stripe/settingsProblems'

describe('the start-up check of the Stripe settings', () => {
  it('names a missing, mistyped or newline-carrying webhook secret when payments are on; nothing when they are off', () => {
    const on = { STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' }
    expect(stripeLaunchProblems({ ...on, STRIPE_WEBHOOK_SECRET: 'whsec_ok' })).toEqual([])
    expect(stripeLaunchProblems({})).toEqual([])
    expect(stripeLaunchProblems({ STRIPE_WEBHOOK_SECRET: 'nonsense' })).toEqual([])
    expect(stripeLaunchProblems(on)).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET is not set/)])
    expect(stripeLaunchProblems({ ...on, STRIPE_WEBHOOK_SECRET: 'whsec_ok\n' })).toEqual([
      expect.stringMatching(/^STRIPE_WEBHOOK_SECRET contains whitespace or a line break/),
    ])
    expect(stripeLaunchProblems({ ...on, STRIPE_WEBHOOK_SECRET: 'sk_live_abc' })).toEqual([
      expect.stringMatching(/^STRIPE_WEBHOOK_SECRET must start with whsec_/),
    ])
    expect(
      stripeLaunchProblems({ ...on, STRIPE_SECRET_KEY: 'pk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_ok' }),
    ).toEqual([expect.stringMatching(/^STRIPE_SECRET_KEY must be a secret key/)])
    // What Payload's onInit logs (src/plugins/stripeStartupCheck.ts).
    expect(stripeStartupProblems({ ...on, STRIPE_WEBHOOK_SECRET: ' whsec_ok' })).toEqual([
      expect.stringMatching(/STRIPE_WEBHOOK_SECRET contains whitespace/),
    ])
  })
})
