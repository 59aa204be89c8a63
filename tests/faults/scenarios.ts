import type Stripe from 'stripe'

import type { StripeStandIn } from '../../scripts/stand-ins/stripe/server'
import type { FaultCluster, WorkerProcess } from '../helpers/faultCluster'

/** What a scenario may act on while the load runs. */
export type FaultWorld = {
  cluster: FaultCluster
  /** Stops the jobs worker with `signal` and starts a new one (as a deploy or a crash and its supervisor would). */
  replaceWorker: (signal: 'SIGTERM' | 'SIGKILL') => Promise<WorkerProcess>
  /** Environment of the app instances and the worker (the stand-ins' addresses): a scenario may reconfigure a stand-in. */
  env: Record<string, string>
  /** The Stripe stand-in the app and the worker use, and an SDK client of the suite's own on it. */
  stripe: { standIn: StripeStandIn; client: Stripe }
  /** Makes the webhook clients send `customer.subscription.updated` events of this Stripe subscription (null: charges). */
  setWebhookSubscription: (id: string | null) => void
  /** A check of the scenario's own: printed with its results; `broken` counts as broken checks. */
  report: (line: string, broken: number) => void
}

/** One fault, injected while orders, webhooks and invoice issues stream in. */
export type FaultScenario = { name: string; inject: (world: FaultWorld) => Promise<void> }

/** Seconds the database stays away in the outage scenario (FAULTS_OUTAGE_SECONDS; the figure is 60). */
export const OUTAGE_SECONDS = Number(process.env.FAULTS_OUTAGE_SECONDS ?? 15)

/** Seconds the Stripe stand-in waits before answering a subscription read in the slow-Stripe scenario. */
export const SLOW_STRIPE_SECONDS = 12
/** Slow subscription reads the slow-Stripe scenario waits for (a scenario without them proves nothing)... */
const MIN_SLOW_READS = 2
/** ...for at most this long. */
const SLOW_READS_WITHIN_SECONDS = 180

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stripe answers each subscription read after SLOW_STRIPE_SECONDS while webhook events of one subscription stream in
 * (their jobs read it), until jobs have made MIN_SLOW_READS such reads: every 250 ms the cluster's connections are
 * sampled, and one "idle in transaction" for more than a second breaks the check, as do too few slow reads. Orders and
 * issues keep streaming: their answers are checked as in every scenario.
 */
async function slowStripe({ cluster, stripe, setWebhookSubscription, report }: FaultWorld): Promise<void> {
  const { client, standIn } = stripe
  const product = await client.products.create({ name: 'Faults' })
  const price = await client.prices.create({
    product: product.id,
    currency: 'eur',
    unit_amount: 4900,
    recurring: { interval: 'month' },
  })
  const customer = await client.customers.create({ email: 'owner@moselle-wines.lu' })
  // Trialing, as a signup leaves it: a subscription charged at once needs a card, and this scenario needs none.
  const subscription = await client.subscriptions.create({
    customer: customer.id,
    items: [{ price: price.id }],
    trial_period_days: 30,
  })
  // The demo shop's row names it: its events are ours, so each job reads it from Stripe (its price is none of the
  // shop's tiers, so the row is not changed: the read is what this scenario is about).
  const named = await cluster.query(
    `UPDATE vendor_subscriptions SET stripe_subscription_id = $1
     WHERE vendor_id = (SELECT id FROM vendors WHERE slug = 'moselle-wines') RETURNING id`,
    [subscription.id],
  )
  if (named.length !== 1) return report('Stripe slow: the demo shop has no subscription row to name', 1)
  const reads = () =>
    standIn.requests.filter(
      (request) => request.method === 'GET' && request.path === `/v1/subscriptions/${subscription.id}`,
    ).length
  standIn.setDelay('GET /v1/subscriptions/:id', SLOW_STRIPE_SECONDS * 1000)
  setWebhookSubscription(subscription.id)
  let worst = 0
  let samples = 0
  // Slow for at least SLOW_STRIPE_SECONDS + 4, and until jobs have read it slowly (the worker may first be draining
  // the events earlier scenarios left), at most SLOW_READS_WITHIN_SECONDS.
  const started = Date.now()
  const atLeast = started + (SLOW_STRIPE_SECONDS + 4) * 1000
  const atMost = started + SLOW_READS_WITHIN_SECONDS * 1000
  let slowReads = 0
  while (Date.now() < atMost) {
    const [row] = await cluster.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE state = 'idle in transaction' AND now() - state_change > interval '1 second'`,
    )
    worst = Math.max(worst, row.n)
    samples++
    slowReads = reads()
    // The first read has been answered (slowly) by now if it arrived SLOW_STRIPE_SECONDS ago.
    if (Date.now() >= atLeast && slowReads >= MIN_SLOW_READS) break
    await sleep(250)
  }
  setWebhookSubscription(null)
  standIn.setDelay('GET /v1/subscriptions/:id', null)
  report(
    `Stripe slow ${SLOW_STRIPE_SECONDS} s: ${slowReads} subscription reads at Stripe while slow (${Math.round((Date.now() - started) / 1000)} s); ` +
      `connections idle in transaction for over 1 s: at most ${worst} (${samples} samples)`,
    (worst > 0 ? 1 : 0) + (slowReads < MIN_SLOW_READS ? 1 : 0),
  )
}

export const SCENARIOS: FaultScenario[] = [
  { name: 'pg restart -m fast', inject: ({ cluster }) => cluster.restart('fast') },
  { name: 'pg restart -m immediate', inject: ({ cluster }) => cluster.restart('immediate') },
  { name: `database away ${OUTAGE_SECONDS} s`, inject: ({ cluster }) => cluster.outage(OUTAGE_SECONDS * 1000) },
  { name: 'worker SIGTERM', inject: async ({ replaceWorker }) => void (await replaceWorker('SIGTERM')) },
  { name: 'worker SIGKILL', inject: async ({ replaceWorker }) => void (await replaceWorker('SIGKILL')) },
  { name: `Stripe slow ${SLOW_STRIPE_SECONDS} s`, inject: slowStripe },
]
