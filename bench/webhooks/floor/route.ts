/**
 * The webhook benchmark's baseline: the same signature check as POST /api/stripe/webhook (the Stripe SDK on the raw
 * body, the same secret and tolerance), then 200, storing nothing — behind the same HTTP stack (a Next.js route
 * handler, the proxy in front). It is never part of the app: bench/webhooks/run.ts copies it to
 * src/app/bench/webhook-floor/route.ts in a throw-away copy of the repository and builds that copy.
 */
import Stripe from 'stripe'

export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  try {
    await Stripe.webhooks.constructEventAsync(
      body,
      request.headers.get('stripe-signature') ?? '',
      process.env.STRIPE_WEBHOOK_SECRET ?? '',
      300,
    )
  } catch {
    return Response.json({ errors: [{ message: 'bad signature' }] }, { status: 400 })
  }
  return Response.json({ received: true })
}
