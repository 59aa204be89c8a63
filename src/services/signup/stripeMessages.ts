import type { TierPriceCaller } from '@/services/billing/prices'
import { InvalidInput } from '@/services/errors'
import type { StripeMessages } from '@/services/stripe/callStripe'

/** A signup step's Stripe refusal: nothing was created; a declined card fails the same way. */
export const SIGNUP_STRIPE: StripeMessages = {
  failed: 'signupPaymentProviderFailed',
  unconfirmed: 'signupPaymentProviderUnconfirmed',
}

/** A subscription without trial: its first invoice is charged at once, and a declined card is the signup's 402. */
export const SIGNUP_FIRST_PAYMENT: StripeMessages = { ...SIGNUP_STRIPE, declined: 'signupFirstPaymentDeclined' }

/** Signup's wording for a tier without an online price; its price ids join the completing transaction. */
export const SIGNUP_TIER_PRICE: TierPriceCaller = {
  stripe: SIGNUP_STRIPE,
  notOnline: (tier, period) => new InvalidInput('signupPlanNotOnline', { tier: tier.name, period }),
  inTransaction: true,
}
