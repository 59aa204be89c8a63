import type { StripeMessages } from '@/services/stripe/callStripe'

/** A signup step's Stripe refusal: nothing was created; a declined card fails the same way. */
export const SIGNUP_STRIPE: StripeMessages = { failed: 'signupPaymentProviderFailed' }
