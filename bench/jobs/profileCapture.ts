/**
 * Where a later capacity capture's time goes: loads `BENCH_SIZE` subscriptions (default 100,000) as bench:jobs does,
 * times yesterday's capture (the first ever) and today's (wall and the database backend's CPU, from /proc), then with
 * PROFILE_PLANS=1 one more with PostgreSQL's auto_explain on for its transaction (ANALYZE, BUFFERS, sent back as
 * notices) and prints each statement's plan with its time.
 *
 *   node --conditions=development --import tsx bench/jobs/profileCapture.ts
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type PayloadRequest } from 'payload'

import { withBenchPayload } from '../lib/benchPayload'

import { load } from './load'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const NOW = new Date('2026-12-07T10:00:00.000Z')

const AUTO_EXPLAIN = sql.raw(
  `LOAD 'auto_explain'; SET LOCAL auto_explain.log_min_duration = 0; SET LOCAL auto_explain.log_analyze = on;
       SET LOCAL auto_explain.log_buffers = on; SET LOCAL auto_explain.log_level = notice;
       SET LOCAL auto_explain.log_nested_statements = on`,
)

process.exitCode = await withBenchPayload('bench_capture', async (payload) => {
  const { captureCapacitySnapshots } = await import('../../src/services/capacity/snapshots')
  const { runSql } = await import('../../src/services/transactions')
  await load(payload, SIZE, { capacity: true })
  const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
  const plans: string[] = []
  const listening = new WeakSet<object>()
  pool.on('acquire', (client) => {
    if (listening.has(client)) return
    listening.add(client)
    client.on('notice', (notice) => plans.push(notice.message ?? ''))
  })
  const { initTransaction, commitTransaction } = await import('payload')
  const backendCpuMs = async (req: PayloadRequest) => {
    const { rows } = await runSql(req, sql`SELECT pg_backend_pid() AS pid`)
    const fields = readFileSync(`/proc/${(rows[0] as { pid: number }).pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  }
  const timed = async (label: string, now: Date, explain: boolean) => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    if (explain) await runSql(req, AUTO_EXPLAIN)
    const cpuBefore = await backendCpuMs(req)
    const started = performance.now()
    await captureCapacitySnapshots(payload, { now, req })
    const cpuAfter = await backendCpuMs(req)
    await commitTransaction(req)
    console.log(
      `${label}: ${(performance.now() - started).toFixed(0)} ms, database CPU ${cpuAfter - cpuBefore} ms, load ${loadavg()[0].toFixed(1)}`,
    )
  }
  await timed('first capture', new Date(NOW.getTime() - 86_400_000), false)
  await timed('later capture', NOW, false)
  plans.length = 0
  if (process.env.PROFILE_PLANS)
    await timed('a later one, with auto_explain', new Date(NOW.getTime() + 86_400_000), true)
  // Each plan without its statement's text (the first line of a plan node carries its cost).
  for (const plan of plans) {
    const lines = plan.split('\n')
    const body = lines.findIndex((line) => line.includes('(cost='))
    console.log(`\n${lines[0]}\n${lines.slice(Math.max(body, 1)).join('\n')}`)
  }
  return 0
})
