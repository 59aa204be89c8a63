import { z } from 'zod'

/** POST /api/stripe/webhook */
export const webhookReceivedSchema = z
  .strictObject({
    received: z.literal(true),
    duplicate: z.literal(true).optional().describe('The event was stored before: nothing done again.'),
  })
  .meta({ id: 'WebhookReceived', description: 'Stored once; a job processes it.' })
