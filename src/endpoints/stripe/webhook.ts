import type { Endpoint } from 'payload'

import { stripeWebhookSecret } from '@/services/stripe/client'
import { storableEventJson } from '@/services/stripe/webhooks/storableJson'
import { storeStripeEvent } from '@/services/stripe/webhooks/storeEvent'
import { MAX_EVENT_BYTES, verifyStripeEvent } from '@/services/stripe/webhooks/verifyEvent'

import { bodyText } from '../requestBody'

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
    const rawBody = await bodyText(req, MAX_EVENT_BYTES)
    const receivedAt = new Date()
    const event = await verifyStripeEvent(rawBody, req.headers.get('stripe-signature'), {
      secret,
      now: receivedAt.getTime(),
    })
    const { stored } = await storeStripeEvent(req, event, storableEventJson(rawBody, event), receivedAt)
    return Response.json({ received: true, ...(stored ? {} : { duplicate: true }) })
  },
}
