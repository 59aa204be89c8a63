/**
 * The fault suite (`npm run test:faults`): a PostgreSQL cluster of its own (the embedded binaries), the SMTP
 * stand-in, FAULTS_INSTANCES (default 2) app instances (the app's REST handlers, each in a process of its own,
 * tests/helpers/appInstanceProcess.ts; requests go to each in turn) and the jobs worker (`npm run jobs`'s scripts/jobs.ts). While orders, Stripe webhooks and invoice issues stream in,
 * each scenario of ./scenarios.ts injects its fault; afterwards every answer is compared with the rows:
 * - every 201 order exists; every 200 issue left that invoice issued under the number answered;
 * - each order is sent with an Idempotency-Key and, after a 503, a 5xx, a 409 (its first try still running) or a cut
 *   connection, sent again with the same key and body: no key may end with two orders (a duplicate), and every 201
 *   for one key names the same order;
 * - every 2xx webhook is stored, and every stored event is processed once the worker has drained the queue;
 * - no answer other than 2xx or 503 (with Retry-After), but a 409 to an order's retry; no job left processing or failed.
 * Prints one line per scenario and exits 1 when a check broke. FAULTS_OUTAGE_SECONDS (default 15) sets the outage,
 * FAULTS_CLIENTS (default 4) the concurrent clients, FAULTS_PG_PORT (default 54371) the cluster's port, FAULTS_ONLY
 * the scenarios run (those whose name contains it).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Stripe from 'stripe'

import { runMain } from '../../scripts/lib/runMain'
import { startSmtpStandIn } from '../../scripts/stand-ins/smtp/server'
import { startStripeStandIn } from '../../scripts/stand-ins/stripe/server'
import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'
import { type AppInstance, startAppInstance } from '../helpers/appInstance'
import { type FaultCluster, startFaultCluster, startJobsWorker, type WorkerProcess } from '../helpers/faultCluster'

import { type FaultWorld, SCENARIOS } from './scenarios'

const CLIENTS = Number(process.env.FAULTS_CLIENTS ?? 4)
/** App instances on the one database; the clients' requests go to each in turn (an order's retry too). */
const INSTANCES = Number(process.env.FAULTS_INSTANCES ?? 2)
/** FAULTS_ONLY="Stripe slow": only the scenarios whose name contains it (all by default). */
const RUN = SCENARIOS.filter((scenario) => scenario.name.includes(process.env.FAULTS_ONLY ?? ''))
const PORT = Number(process.env.FAULTS_PG_PORT ?? 54371)
const WEBHOOK_SECRET = 'whsec_faults'
const BEFORE_MS = 2_000
/** An order's tries with one Idempotency-Key, half a second apart: more than an outage lasts. */
const ORDER_ATTEMPTS = 80
const ORDER_RETRY_MS = 500
const AFTER_MS = 4_000

type Answer = {
  kind: 'order' | 'webhook' | 'draft' | 'issue'
  scenario: string
  status: number
  retryAfter: boolean
  key?: string
  /** An order's Idempotency-Key, the same on each try of that order. */
  idempotencyKey?: string
  /** A try after the first with the same Idempotency-Key. */
  retry?: boolean
  /** Answered with `Idempotent-Replayed: true`. */
  replayed?: boolean
  /** The message of an answer that is neither 2xx nor 503. */
  detail?: string
  /** From sending the request to the end of its answer. */
  ms: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function main(): Promise<number> {
  const log = (line: string) => console.log(`[faults] ${line}`)
  log(`starting a PostgreSQL cluster on ${PORT}, migrated and seeded ...`)
  const cluster = await startFaultCluster(PORT)
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faults-mail-'))
  const smtp = await startSmtpStandIn({ port: 0, dir: mailDir, log: () => undefined })
  const stripeStandIn = await startStripeStandIn({ port: 0, webhookSecret: WEBHOOK_SECRET })
  const stripeUrl = new URL(stripeStandIn.url)
  const stripe = {
    standIn: stripeStandIn,
    client: new Stripe('sk_test_faults', {
      host: stripeUrl.hostname,
      port: Number(stripeUrl.port),
      protocol: 'http',
      maxNetworkRetries: 0,
    }),
  }
  const env = {
    DATABASE_URL: cluster.url,
    SMTP_URL: smtp.url,
    STRIPE_SECRET_KEY: 'sk_test_faults',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_faults',
    STRIPE_API_URL: stripeStandIn.url,
    // Longer than the slow-Stripe scenario's delay: the scenario is about waiting, not about time-outs.
    STRIPE_TIMEOUT_MS: '30000',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    PAYLOAD_SECRET: 'faults-secret',
    // The worker runs every scheduled job, the Letzshop sync too, which refuses to run without its key.
    LETZSHOP_KEY_ENCRYPTION_KEY: 'fa'.repeat(32),
    LOG_LEVEL: 'error',
  }
  const apps: AppInstance[] = []
  let worker: WorkerProcess | undefined
  const stopAll = async () => {
    if (worker && worker.child.exitCode === null) worker.child.kill('SIGTERM')
    await worker?.exited
    await Promise.all(apps.map((app) => app.close()))
    await smtp.close()
    await stripeStandIn.close()
    await cluster.close()
    fs.rmSync(mailDir, { recursive: true, force: true })
  }
  try {
    // One after the other: a loaded machine takes minutes to boot one.
    for (let n = 0; n < INSTANCES; n++) apps.push(await startAppInstance({ env, timeoutMs: 300_000 }))
    worker = await startJobsWorker(env)
    return await loadWithFaults(
      apps,
      cluster,
      env,
      stripe,
      () => worker as WorkerProcess,
      (next) => (worker = next),
      log,
    )
  } finally {
    await stopAll()
  }
}

async function loadWithFaults(
  apps: AppInstance[],
  cluster: FaultCluster,
  env: Record<string, string>,
  stripe: FaultWorld['stripe'],
  currentWorker: () => WorkerProcess,
  setWorker: (worker: WorkerProcess) => void,
  log: (line: string) => void,
): Promise<number> {
  let webhookSubscription: string | null = null
  const reports: string[] = []
  let reportedBroken = 0
  const world: FaultWorld = {
    cluster,
    env,
    stripe,
    setWebhookSubscription: (id) => (webhookSubscription = id),
    report: (line, broken) => {
      reports.push(line)
      reportedBroken += broken
    },
    replaceWorker: async (signal) => {
      const worker = currentWorker()
      worker.child.kill(signal)
      await worker.exited
      // A killed worker's jobs wait for their time-out: the clock is moved by ageing their claims.
      if (signal === 'SIGKILL') {
        await cluster.query(`UPDATE payload_jobs SET updated_at = updated_at - interval '1 hour' WHERE processing`)
      }
      const next = await startJobsWorker(env)
      setWorker(next)
      return next
    },
  }
  {
    let calls = 0
    const call = async (path: string, init: { token?: string; body?: string; headers?: Record<string, string> }) => {
      const app = apps[calls++ % apps.length]
      const began = performance.now()
      const response = await fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
          ...init.headers,
        },
        body: init.body,
      }).catch(() => null)
      if (!response)
        return {
          status: 0,
          retryAfter: false,
          replayed: false,
          body: null as Record<string, unknown> | null,
          ms: performance.now() - began,
        }
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null
      return {
        ms: performance.now() - began,
        status: response.status,
        retryAfter: response.headers.has('retry-after'),
        replayed: response.headers.get('idempotent-replayed') === 'true',
        body,
      }
    }
    const login = await call('/api/users/login', {
      body: JSON.stringify({ email: 'owner@moselle-wines.lu', password: DEMO_PASSWORD }),
    })
    const token = String(login.body?.token)
    const [shop] = await cluster.query<{ vendor: number; platform: number }>(
      `SELECT v.id AS vendor, p.id AS platform FROM vendors v, platforms p WHERE v.slug = 'moselle-wines' AND p.code = 'oms'`,
    )
    // The load sends more orders than the demo plan's month allows: what is checked here is answers against rows, not
    // the limit (tests/int/limits), so the shop's plan takes any number.
    await cluster.query(
      `UPDATE subscription_tiers SET limits_orders_per_month = NULL
       WHERE id IN (SELECT tier_id FROM vendor_subscriptions WHERE vendor_id = $1)`,
      [shop.vendor],
    )
    const answers: Answer[] = []
    type Call = Awaited<ReturnType<typeof call>>
    const record = (
      kind: Answer['kind'],
      scenario: string,
      answer: Call,
      key?: string,
      keyed: Pick<Answer, 'idempotencyKey' | 'retry'> = {},
    ) =>
      answers.push({
        kind,
        scenario,
        status: answer.status,
        retryAfter: answer.retryAfter,
        replayed: answer.replayed,
        key,
        ...keyed,
        detail: (answer.body?.errors as { message?: string }[] | undefined)?.[0]?.message,
        ms: answer.ms,
      })
    let sequence = 0

    // A client that does not know whether its order was created (a 503, another 5xx, a cut connection, or a 409:
    // its first try still running) sends it again with the same Idempotency-Key and body. The key is also the
    // order's customer e-mail, so that the rows say which key each order came from.
    const order = async (scenario: string) => {
      const idempotencyKey = `faults-${process.pid}-${++sequence}`
      const body = JSON.stringify({
        vendor: shop.vendor,
        platform: shop.platform,
        customerName: 'Fault load',
        customerEmail: `${idempotencyKey}@faults.test`,
        lines: [{ description: 'Riesling', quantity: 1, unitPrice: 1450 }],
      })
      for (let attempt = 1; attempt <= ORDER_ATTEMPTS; attempt++) {
        const answer = await call('/api/orders', { token, body, headers: { 'idempotency-key': idempotencyKey } })
        const id = (answer.body?.doc as { id?: number } | undefined)?.id
        record('order', scenario, answer, id ? String(id) : undefined, { idempotencyKey, retry: attempt > 1 })
        if (answer.status !== 0 && answer.status !== 409 && answer.status < 500) return
        await sleep(ORDER_RETRY_MS)
      }
    }
    const webhook = async (scenario: string) => {
      const id = `evt_faults_${process.pid}_${++sequence}`
      const body = JSON.stringify({
        id,
        object: 'event',
        api_version: '2026-10-28.endive',
        created: Math.floor(Date.now() / 1000),
        data: {
          object: webhookSubscription
            ? { id: webhookSubscription, object: 'subscription' }
            : { id: `ch_faults_${sequence}`, object: 'charge', amount: 4900 },
        },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type: webhookSubscription ? 'customer.subscription.updated' : 'charge.succeeded',
      })
      const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET })
      const answer = await call('/api/stripe/webhook', { body, headers: { 'stripe-signature': signature } })
      record('webhook', scenario, answer, id)
    }
    const issue = async (scenario: string) => {
      const draft = await call('/api/vendor/invoices', {
        token,
        body: JSON.stringify({
          customer: {
            name: 'Anne Muller',
            type: 'consumer',
            address: { street: '1 rue de la Gare', postalCode: 'L-1611', city: 'Luxembourg', country: 'LU' },
          },
          lines: [{ description: 'Crémant', quantity: 1, unitPrice: 2200 }],
        }),
      })
      const id = (draft.body?.invoice as { id?: number } | undefined)?.id
      if (!id) return void record('draft', scenario, draft)
      const answer = await call(`/api/vendor/invoices/${id}/issue`, { token, body: '{}' })
      const number = (answer.body?.invoice as { number?: string } | undefined)?.number
      record('issue', scenario, answer, `${id}:${number}`)
    }

    const results: string[] = []
    for (const scenario of RUN) {
      let running = true
      const clients = Array.from({ length: CLIENTS }, async (_, n) => {
        const step = [order, webhook, issue][n % 3]
        while (running) await step(scenario.name)
      })
      await sleep(BEFORE_MS)
      log(`${scenario.name} ...`)
      await scenario.inject(world)
      await sleep(AFTER_MS)
      running = false
      await Promise.all(clients)
    }

    log('waiting for the worker to drain the queue ...')
    const deadline = Date.now() + 180_000
    while (Date.now() < deadline) {
      const [left] = await cluster.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM payload_jobs WHERE NOT has_error OR processing`,
      )
      if (left.n === 0) break
      await sleep(500)
    }

    const orderRows = await cluster.query<{ id: number; email: string | null }>(
      `SELECT id, customer_email AS email FROM orders WHERE customer_name = 'Fault load'`,
    )
    const orders = new Set(orderRows.map((r) => String(r.id)))
    const ordersPerKey = new Map<string, number>()
    for (const row of orderRows) {
      const key = (row.email ?? '').replace(/@faults\.test$/, '')
      ordersPerKey.set(key, (ordersPerKey.get(key) ?? 0) + 1)
    }
    const invoices = new Map(
      (
        await cluster.query<{ id: number; number: string | null; status: string }>(
          `SELECT id, number, status FROM invoices`,
        )
      ).map((r) => [String(r.id), r]),
    )
    const events = new Map(
      (
        await cluster.query<{ event_id: string; processed: boolean }>(
          `SELECT event_id, processed_at IS NOT NULL AS processed FROM stripe_events WHERE event_id LIKE 'evt_faults_%'`,
        )
      ).map((r) => [r.event_id, r.processed]),
    )
    const [jobs] = await cluster.query<{ processing: number; failed: number }>(
      `SELECT count(*) FILTER (WHERE processing)::int AS processing, count(*) FILTER (WHERE has_error)::int AS failed FROM payload_jobs`,
    )
    const failedJobs = await cluster.query<{ task_slug: string; error: unknown }>(
      `SELECT task_slug, error FROM payload_jobs WHERE has_error ORDER BY id`,
    )
    for (const job of failedJobs) log(`failed job ${job.task_slug}: ${JSON.stringify(job.error).slice(0, 300)}`)
    let broken = 0
    const ok2xx = (a: Answer) => a.status >= 200 && a.status < 300
    for (const scenario of RUN) {
      const mine = answers.filter((a) => a.scenario === scenario.name)
      const lies = mine.filter(
        (a) =>
          ok2xx(a) &&
          ((a.kind === 'order' && !orders.has(a.key ?? '')) ||
            (a.kind === 'webhook' && !events.has(a.key ?? '')) ||
            (a.kind === 'issue' &&
              (() => {
                const [id, number] = (a.key ?? '').split(':')
                const row = invoices.get(id)
                return !row || row.status !== 'issued' || row.number !== number
              })())),
      ).length
      const others = mine.filter(
        (a) =>
          !ok2xx(a) &&
          !(a.status === 503 && a.retryAfter) &&
          a.status !== 0 &&
          !(a.kind === 'order' && a.retry && a.status === 409),
      )
      // Orders by key: a key with two rows is a duplicate; two 201s for one key naming other orders, a false replay.
      const keys = new Set(mine.flatMap((a) => (a.idempotencyKey ? [a.idempotencyKey] : [])))
      const duplicates = [...keys].filter((key) => (ordersPerKey.get(key) ?? 0) > 1).length
      const falseReplays = [...keys].filter(
        (key) => new Set(mine.filter((a) => a.idempotencyKey === key && ok2xx(a)).map((a) => a.key)).size > 1,
      ).length
      const retried = [...keys].filter((key) => mine.some((a) => a.idempotencyKey === key && a.retry)).length
      const replayed = mine.filter((a) => a.replayed).length
      const unexpected = others.length
      const otherList = others.map((a) => `${a.kind} ${a.status}${a.detail ? ` "${a.detail}"` : ''}`).join('; ')
      const refused = mine.filter((a) => a.status === 503).length
      const cut = mine.filter((a) => a.status === 0).length
      const count = (kind: Answer['kind']) => mine.filter((a) => a.kind === kind && ok2xx(a)).length
      const slowest = Math.round(Math.max(0, ...mine.map((a) => a.ms)))
      broken += lies + unexpected + duplicates + falseReplays
      results.push(
        `${scenario.name.padEnd(26)} answers ${String(mine.length).padStart(5)}  2xx: orders ${count('order')}, webhooks ${count('webhook')}, issues ${count('issue')}  503: ${refused}  cut: ${cut}  orders retried: ${retried}, replayed: ${replayed}, duplicated: ${duplicates}, false replays: ${falseReplays}  2xx not matching the rows: ${lies}  other errors: ${unexpected}${otherList ? ` (${otherList})` : ''}  slowest answer: ${slowest} ms`,
      )
    }
    const unprocessed = [...events.values()].filter((processed) => !processed).length
    broken += unprocessed + jobs.processing + jobs.failed + reportedBroken
    const workerAlive = currentWorker().child.exitCode === null
    if (!workerAlive) broken++
    for (const line of [...results, ...reports]) log(line)
    log(
      `stored webhook events ${events.size}, unprocessed ${unprocessed}; jobs left processing ${jobs.processing}, failed ${jobs.failed}; worker ${workerAlive ? 'running' : 'gone'}`,
    )
    log(broken === 0 ? 'PASS: every answer matches the rows' : `FAIL: ${broken} check(s) broke`)
    return broken === 0 ? 0 : 1
  }
}

runMain(main)
