import { createHmac } from 'node:crypto'

/** The `Stripe-Signature` header for a payload, as Stripe computes it (and `stripe.webhooks.generateTestHeaderString`). */
export function stripeSignature(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex')
  return `t=${timestamp},v1=${signature}`
}

export type WebhookDelivery = { eventId: string; type: string; status: number | null; error?: string }

/**
 * Sends events to one URL, one after the other in the order they happened (Stripe does not promise an order; the
 * stand-in keeps one so tests read simply). A failed delivery is recorded, not retried.
 */
export function webhookForwarder(forwardUrl: string, secret: string) {
  const deliveries: WebhookDelivery[] = []
  let queue: Promise<void> = Promise.resolve()

  const deliver = async (event: { id: string; type: string }): Promise<void> => {
    const payload = JSON.stringify(event, null, 2)
    try {
      const response = await fetch(forwardUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': stripeSignature(payload, secret),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      })
      await response.arrayBuffer()
      deliveries.push({ eventId: event.id, type: event.type, status: response.status })
    } catch (error) {
      deliveries.push({ eventId: event.id, type: event.type, status: null, error: (error as Error).message })
    }
  }

  return {
    deliveries,
    send(event: { id: string; type: string }): Promise<void> {
      queue = queue.then(() => deliver(event))
      return queue
    },
    /** Resolves once every event sent so far has been delivered (or failed). */
    idle: (): Promise<void> => queue,
  }
}
