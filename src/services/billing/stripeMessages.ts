import type { StripeMessages } from '@/services/stripe/callStripe'

/** A billing action's Stripe refusals: nothing was changed (the actions call Stripe before they write our row). */
export const BILLING_STRIPE: StripeMessages = {
  failed: 'billingPaymentProviderFailed',
  declined: 'billingCardDeclined',
}
