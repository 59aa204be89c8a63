/**
 * Limit-enforcement cost (npm run bench:limits; builds first). One seeded database, two `next start`
 * servers on it: the real build, enforcing tier limits, and a baseline built in a throw-away copy whose
 * payload.config.ts leaves the tierLimits plugin out (bench/lib/benchBuild.ts: no switch in the app can turn
 * limits off). autocannon creates orders through REST (POST /api/orders as a vendor owner, 10 connections) on
 * each, in interleaved rounds, and prints orders/s, latencies and the ratio. Target: enforcement costs under 20%.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'
import { prepareDatabase } from '../../tests/helpers/migrateDatabase'
import { testServerUrl } from '../../tests/helpers/testServer'
import { benchBuild } from '../lib/benchBuild'
import { runBenchmark, startNextServer, stopServer } from '../lib/nextServer'

const DURATION = Number(process.env.BENCH_SECONDS ?? 30)
const ROUNDS = 3
const CONNECTIONS = 10
const log = (message: string) => console.log(`[bench] ${message}`)

const PLUGIN_LINE = /^\s*tierLimitsPlugin\(\{ rules: LIMIT_RULES \}\),\n/m

/** The baseline: the same app without the tierLimits plugin (so without any limit hook). */
function withoutTierLimits(dir: string) {
  const file = path.join(dir, 'payload.config.ts')
  const config = fs.readFileSync(file, 'utf8')
  if (!PLUGIN_LINE.test(config))
    throw new Error(
      'bench/limits: payload.config.ts no longer lists tierLimitsPlugin({ rules: LIMIT_RULES }) on one line; update the benchmark.',
    )
  fs.writeFileSync(
    file,
    config.replace(PLUGIN_LINE, '').replace(/^import \{ (tierLimitsPlugin|LIMIT_RULES) \}.*\n/gm, ''),
  )
}

async function main() {
  const baseline = benchBuild({ label: 'the baseline without tier limits', edit: withoutTierLimits }, log)
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName('benchlimits')
  const url = await createDatabase(serverUrl, name)
  const servers: ChildProcess[] = []
  try {
    log('migrating and seeding the demo data ...')
    prepareDatabase(url, ['--seed'])
    const db = new pg.Client({ connectionString: url })
    await db.connect()
    // LuxCraft's OMS tier gets a limit the run cannot reach: every order is checked and counted, none refused.
    await db.query(`UPDATE subscription_tiers SET limits_orders_per_month = 1000000000 WHERE code = 'essential'`)
    const { rows } = await db.query(`
      SELECT v.id AS vendor, p.id AS platform FROM vendors v, platforms p WHERE v.slug = 'luxcraft' AND p.code = 'oms'`)
    await db.end()

    const targets = { enforced: 3300, baseline: 3301 }
    servers.push(await startNextServer(url, targets.enforced, '/api/platforms?limit=1'))
    servers.push(await startNextServer(url, targets.baseline, '/api/platforms?limit=1', {}, baseline.dir))

    const login = await fetch(`http://127.0.0.1:${targets.enforced}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'owner@luxcraft.lu', password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const body = JSON.stringify({
      vendor: rows[0].vendor,
      platform: rows[0].platform,
      customerName: 'Bench Customer',
      lines: [{ description: 'Wallet', quantity: 2, unitPrice: 3450 }],
    })
    const run = (port: number, duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}/api/orders`,
        method: 'POST',
        connections: CONNECTIONS,
        duration,
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body,
      })

    for (const [label, port] of Object.entries(targets)) {
      log(`warming up ${label} ...`)
      await run(port, 3)
    }
    const results: Record<string, autocannon.Result[]> = { enforced: [], baseline: [] }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [label, port] of Object.entries(targets)) {
        log(`round ${round}/${ROUNDS}: ${label} for ${DURATION / ROUNDS} s`)
        results[label].push(await run(port, DURATION / ROUNDS))
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    console.log('\norder creation through REST (POST /api/orders)')
    console.log('limits     orders/s  p50 ms  p99 ms  non-2xx')
    const rps: Record<string, number> = {}
    for (const [label, list] of Object.entries(results)) {
      rps[label] = mean(list.map((r) => r.requests.average))
      const p50 = mean(list.map((r) => r.latency.p50)).toFixed(1)
      const p99 = mean(list.map((r) => r.latency.p99)).toFixed(1)
      const bad = list.reduce((sum, r) => sum + r.non2xx + r.errors, 0)
      console.log(
        `${label.padEnd(10)} ${rps[label].toFixed(1).padStart(8)} ${p50.padStart(7)} ${p99.padStart(7)} ${String(bad).padStart(8)}`,
      )
    }
    const cost = (1 - rps.enforced / rps.baseline) * 100
    console.log(
      `\nenforced / baseline = ${(rps.enforced / rps.baseline).toFixed(2)}: enforcement costs ${cost.toFixed(1)}% (target < 20%)`,
    )
  } finally {
    for (const server of servers) await stopServer(server)
    await dropDatabase(serverUrl, name)
    await embedded?.stop()
    baseline.remove()
  }
}

runBenchmark(main)
