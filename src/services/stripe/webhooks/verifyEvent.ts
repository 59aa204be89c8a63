import Stripe from 'stripe'

import { InvalidInput } from '@/services/errors'

/** Stripe's own default: a signature older than 5 minutes is refused (a replayed capture). */
export const WEBHOOK_TOLERANCE_SECONDS = 300
export const MAX_EVENT_BYTES = 512 * 1024

export type VerifyOptions = {
  secret: string
  /** The clock, in ms since the epoch (tests); default now. */
  now?: number
}

/**
 * Checks a webhook request's Stripe-Signature against the raw body with the SDK (HMAC-SHA256 with the endpoint's
 * signing secret, timestamp within WEBHOOK_TOLERANCE_SECONDS) and returns the event. Anything else is invalid input
 * saying what is wrong; nothing is stored.
 */
export async function verifyStripeEvent(
  rawBody: string,
  signature: string | null,
  { secret, now = Date.now() }: VerifyOptions,
): Promise<Stripe.Event> {
  if (!signature) throw new InvalidInput('stripeWebhookSignatureMissing')
  let event: Stripe.Event
  try {
    event = await Stripe.webhooks.constructEventAsync(
      rawBody,
      signature,
      secret,
      WEBHOOK_TOLERANCE_SECONDS,
      undefined,
      now,
    )
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      const stale = /tolerance/i.test(error.message)
      throw stale
        ? new InvalidInput('stripeWebhookTimestampStale', { seconds: WEBHOOK_TOLERANCE_SECONDS })
        : new InvalidInput('stripeWebhookSignatureInvalid')
    }
    // A correctly signed body that is not JSON (the SDK parses it after verifying).
    throw new InvalidInput('stripeWebhookNotJson')
  }
  if (
    !event ||
    typeof event !== 'object' ||
    typeof event.id !== 'string' ||
    typeof event.type !== 'string' ||
    !event.data?.object
  ) {
    throw new InvalidInput('stripeWebhookNotJson')
  }
  return event
}
