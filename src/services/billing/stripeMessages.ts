import type { StripeMessages } from '@/services/stripe/callStripe'

/** A billing action's Stripe refusals: nothing was changed, or (unconfirmed) the change is being confirmed. */
export const BILLING_STRIPE: StripeMessages = {
  failed: 'billingPaymentProviderFailed',
  declined: 'billingCardDeclined',
  unconfirmed: 'billingPaymentProviderUnconfirmed',
}
