/**
 * The webhook intake's write, two ways, in-process on its own migrated database (no HTTP, no build):
 * - `one statement` (storeStripeEvent, the way in use): the event INSERT and its job INSERT in one autocommit SQL
 *   statement (queueJobSql);
 * - `Payload queue`: in a transaction, the event INSERT (ON CONFLICT DO NOTHING), then `payload.jobs.queue({ req })`,
 *   then COMMIT: the path every other caller takes.
 * Each: BENCH_EVENTS events (default 3000) with BENCH_CONCURRENCY in flight (default 20), 3 interleaved rounds;
 * per-intake latency p50 / p99 and intakes per second. Run: node --conditions=development --import tsx bench/webhooks/intakePaths.ts
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { runMain } from '../../scripts/lib/runMain'
import { withBenchPayload } from '../lib/benchPayload'
import { quantile } from '../lib/pacedLoad'

const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const ROUNDS = 3
let counter = 0

type Intake = (payload: Payload, id: string, body: string) => Promise<boolean>

async function measure(payload: Payload, intake: Intake) {
  const latencies: number[] = []
  const start = performance.now()
  let next = 0
  const body = JSON.stringify({
    object: 'event',
    data: { object: { id: 'sub_x', status: 'active' } },
    pad: 'x'.repeat(1500),
  })
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EVENTS) {
        next++
        const id = `evt_paths_${process.pid}_${counter++}`
        const t = performance.now()
        if (!(await intake(payload, id, body))) throw new Error(`event ${id} not stored`)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  return { rps: EVENTS / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) }
}

async function main(): Promise<number> {
  return withBenchPayload('bench_intake', async (payload) => {
    const { storeStripeEvent } = await import('../../src/services/stripe/webhooks/storeEvent')
    const { runSql } = await import('../../src/services/transactions')
    const tables = await import('../../src/services/db/tables')

    const paths: Record<string, Intake> = {
      'one statement': async (p, id, body) => {
        const req = await createLocalReq({}, p)
        return (await storeStripeEvent(req, { id, type: 'customer.subscription.updated' }, body, new Date())).stored
      },
      'Payload queue': async (p, id, body) => {
        const req = await createLocalReq({}, p)
        await initTransaction(req)
        try {
          const e = tables.stripeEvents
          const stored = await runSql(
            req,
            sql`INSERT INTO ${e} (${e.event_id}, ${e.type}, ${e.payload}, ${e.received_at}, ${e.attempts})
                VALUES (${id}, 'customer.subscription.updated', ${body}::jsonb, ${new Date().toISOString()}, 0)
                ON CONFLICT (${e.event_id}) DO NOTHING RETURNING ${e.event_id}`,
          )
          if (stored.rows.length > 0) await p.jobs.queue({ task: 'processStripeEvent', input: { eventId: id }, req })
          await commitTransaction(req)
          return stored.rows.length > 0
        } catch (error) {
          await killTransaction(req)
          throw error
        }
      },
    }
    for (const intake of Object.values(paths)) await measure(payload, intake) // warm-up
    const results: Record<string, { rps: number; p50: number; p99: number }[]> = {}
    for (let round = 0; round < ROUNDS; round++)
      for (const [label, intake] of Object.entries(paths)) (results[label] ??= []).push(await measure(payload, intake))
    console.log(`\n${EVENTS} events per round, ${CONCURRENCY} in flight, ${ROUNDS} rounds (median of rounds)`)
    console.log('path              intakes/s   p50 ms   p99 ms')
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    for (const [label, rounds] of Object.entries(results))
      console.log(
        `${label.padEnd(16)} ${median(rounds.map((r) => r.rps))
          .toFixed(0)
          .padStart(10)} ${median(rounds.map((r) => r.p50))
          .toFixed(1)
          .padStart(8)} ${median(rounds.map((r) => r.p99))
          .toFixed(1)
          .padStart(8)}`,
      )
    return 0
  })
}

runMain(main)
