import { endpointOperation, type Operation } from '../openapi/operation'

import { webhookReceivedSchema } from './schemas'
import { stripeWebhookEndpoint } from './webhook'

export const stripeOperations: Operation[] = [
  endpointOperation(stripeWebhookEndpoint, {
    tag: 'Stripe',
    summary: 'A Stripe event',
    description:
      "For Stripe only: the signature is the authentication. The event is stored once and processed by a job, which reads Stripe's state again; a replayed event changes nothing.",
    headers: { 'Stripe-Signature': { description: "Stripe's signature of the raw body.", required: true } },
    rawBody: { contentType: 'application/json', description: 'The event, exactly as Stripe sent it.' },
    answers: { 200: webhookReceivedSchema },
    errors: [400, 413, 503],
  }),
]
