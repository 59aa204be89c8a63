/** What processing made of a stored Stripe event: acted on, not one the app acts on, or matching nothing of ours. */
export const STRIPE_EVENT_OUTCOMES = ['handled', 'ignored', 'unmatched'] as const
export type StripeEventOutcome = (typeof STRIPE_EVENT_OUTCOMES)[number]
