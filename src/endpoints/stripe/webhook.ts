import { APIError, type Endpoint } from 'payload'

import { t } from '@/i18n/t'
import { stripeWebhookSecret } from '@/services/stripe/client'
import { storeStripeEvent } from '@/services/stripe/webhooks/storeEvent'
import { MAX_EVENT_BYTES, verifyStripeEvent } from '@/services/stripe/webhooks/verifyEvent'

/**
 * POST /api/stripe/webhook (Stripe only): verifies the signature on the raw body, stores the event once and queues
 * its processing, then answers at once; the processStripeEvent job does the work, retried on failure. A replayed
 * event answers 200 and changes nothing. Public on purpose: the signature is the authentication.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const secret = stripeWebhookSecret()
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_EVENT_BYTES) throw new APIError(t(req, 'stripeWebhookBodyTooLarge', { bytes: MAX_EVENT_BYTES }), 413, null, true)
    const rawBody = req.text ? await req.text() : ''
    if (Buffer.byteLength(rawBody) > MAX_EVENT_BYTES) throw new APIError(t(req, 'stripeWebhookBodyTooLarge', { bytes: MAX_EVENT_BYTES }), 413, null, true)
    const receivedAt = new Date()
    const event = await verifyStripeEvent(req, rawBody, req.headers.get('stripe-signature'), { secret, now: receivedAt.getTime() })
    const { stored } = await storeStripeEvent(req, event, rawBody, receivedAt)
    return Response.json({ received: true, ...(stored ? {} : { duplicate: true }) })
  },
}
