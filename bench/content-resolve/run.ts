/**
 * Content resolution benchmark (npm run bench:content). It builds the app with the floor route added, in a
 * throw-away copy of the repository (bench/lib/benchBuild.ts), so the route never ships in the real build.
 * For each data size: a fresh database bulk-loaded with 2 platforms × N vendors × 10 pages, three `next start` on
 * it (one with the content cache off, two with it on), then autocannon (20 connections, interleaved rounds) against
 *   resolve     GET /api/content-pages/resolve               (three-tier fallback, cache off)
 *   find        GET /api/content-pages?where[...]&limit=1    (Payload's REST find for the same page)
 *   floor       GET /bench/content-floor                     (bare Next route, one indexed SELECT: floor/route.ts)
 *   cached      the resolve route with the cache on
 *   store       GET /platforms/<code>/vendors/<vendor>/<slug> (a storefront page of ten blocks), cache off
 *   store-c     the same page with the cache on
 *   mixed       resolve on both cached instances, 95 % reads and 5 % publishes, every read checked (mixed.ts)
 * Prints requests/s, p50, p99 and the ratios; then resolve and floor at a tenth of the vendors.
 */
import type { ChildProcess } from 'node:child_process'

import autocannon from 'autocannon'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { prepareDatabase } from '../../tests/helpers/migrateDatabase'
import { testServerUrl } from '../../tests/helpers/testServer'
import { benchBuild } from '../lib/benchBuild'
import { runBenchmark, startNextServer, stopServer } from '../lib/nextServer'

import { type MixedResult, runMixed } from './mixed'
import { type BenchData, type Pair, seedBenchData, VENDOR_SLUGS } from './seed'

const PORT = Number(process.env.BENCH_PORT ?? 3200)
const DURATION = Number(process.env.BENCH_SECONDS ?? 15)
const ROUNDS = 3
const VENDORS = Number(process.env.BENCH_VENDORS ?? 2000)
const CONNECTIONS = 20

type Measure = { name: string; rps: number; p50: number; p99: number; errors: number }

const log = (message: string) => console.log(`[bench] ${message}`)

/** Rotates over a fixed random sample of (vendor, slug) pairs so every target reads the same pages. */
function sample(data: BenchData, size = 500): Pair[] {
  return Array.from({ length: size }, () => ({
    vendor: data.vendors[Math.floor(Math.random() * data.vendors.length)],
    slug: VENDOR_SLUGS[Math.floor(Math.random() * VENDOR_SLUGS.length)],
  }))
}

const resolvePath = ({ vendor, slug }: Pair) =>
  `/api/content-pages/resolve?platform=${vendor.platformCode}&vendor=${vendor.slug}&slug=${slug}`
const storefrontPath = ({ vendor, slug }: Pair) => `/platforms/${vendor.platformCode}/vendors/${vendor.slug}/${slug}`

/** Uncached targets go to the instance on PORT (cache off), cached ones to PORT + 1. */
const targets = {
  resolve: { port: PORT, path: resolvePath },
  find: {
    port: PORT,
    path: ({ vendor, slug }: Pair) =>
      `/api/content-pages?where[platform][equals]=${vendor.platformId}&where[vendor][equals]=${vendor.id}&where[slug][equals]=${slug}&limit=1&depth=0`,
  },
  floor: {
    port: PORT,
    path: ({ vendor, slug }: Pair) =>
      `/bench/content-floor?platform=${vendor.platformId}&vendor=${vendor.id}&slug=${slug}`,
  },
  cached: { port: PORT + 1, path: resolvePath },
  store: { port: PORT, path: storefrontPath },
  'store-c': { port: PORT + 1, path: storefrontPath },
}

type Target = keyof typeof targets

function runner(target: Target, pairs: Pair[]) {
  const paths = pairs.map(targets[target].path)
  let index = 0
  return (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${targets[target].port}`,
      connections: CONNECTIONS,
      duration,
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[index++ % paths.length] }) }],
    })
}

/**
 * Every target is warmed up first (JIT, pools, prepared statements), then measured in interleaved rounds
 * so that drift on a shared 2-core machine hits all targets alike. Figures are means over the rounds.
 */
async function measureAll(names: Target[], pairs: Pair[]): Promise<Record<string, Measure>> {
  const runs = Object.fromEntries(names.map((name) => [name, runner(name, pairs)])) as Record<
    Target,
    ReturnType<typeof runner>
  >
  for (const name of names) {
    const path = targets[name].path(pairs[0])
    const check = await fetch(`http://127.0.0.1:${targets[name].port}${path}`)
    if (!check.ok) throw new Error(`${name} answered ${check.status} for ${path}: ${await check.text()}`)
    await runs[name](3)
  }
  const rounds: Record<string, autocannon.Result[]> = {}
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of names) {
      log(`round ${round}/${ROUNDS}: ${name} for ${DURATION / ROUNDS} s, ${CONNECTIONS} connections`)
      ;(rounds[name] ??= []).push(await runs[name](DURATION / ROUNDS))
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  return Object.fromEntries(
    names.map((name) => {
      const results = rounds[name]
      return [
        name,
        {
          name,
          rps: mean(results.map((r) => r.requests.average)),
          p50: Math.round(mean(results.map((r) => r.latency.p50)) * 10) / 10,
          p99: Math.round(mean(results.map((r) => r.latency.p99)) * 10) / 10,
          errors: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
        },
      ]
    }),
  )
}

async function benchAt(
  serverUrl: string,
  appDir: string,
  vendorsPerPlatform: number,
  full: boolean,
): Promise<{ measures: Record<string, Measure>; mixed: MixedResult | null }> {
  const name = uniqueDatabaseName('bench')
  const url = await createDatabase(serverUrl, name)
  const servers: ChildProcess[] = []
  try {
    prepareDatabase(url)
    log(`loading 2 platforms × ${vendorsPerPlatform} vendors × 10 pages (en + fr) ...`)
    const data = await seedBenchData(url, vendorsPerPlatform)
    const ready = '/api/content-pages/resolve?platform=oms&slug=home'
    servers.push(await startNextServer(url, PORT, ready, { CONTENT_CACHE_MB: '0' }, appDir))
    if (!full) return { measures: await measureAll(['resolve', 'floor'], sample(data)), mixed: null }
    servers.push(await startNextServer(url, PORT + 1, ready, {}, appDir))
    servers.push(await startNextServer(url, PORT + 2, ready, {}, appDir))
    const pairs = sample(data)
    const measures = await measureAll(['resolve', 'find', 'floor', 'cached', 'store', 'store-c'], pairs)
    log(`mixed: ${DURATION / ROUNDS} s on two cached instances, ${CONNECTIONS / 2} connections each`)
    const urls = [PORT + 1, PORT + 2].map((port) => `http://127.0.0.1:${port}`)
    const mixed = await runMixed(url, urls, pairs, resolvePath, DURATION / ROUNDS, CONNECTIONS / 2)
    return { measures, mixed }
  } finally {
    for (const server of servers) await stopServer(server)
    await dropDatabase(serverUrl, name)
  }
}

function table(title: string, results: Record<string, Measure>) {
  console.log(`\n${title}`)
  console.log('target     req/s     p50 ms  p99 ms  errors')
  for (const m of Object.values(results)) {
    console.log(
      `${m.name.padEnd(9)} ${m.rps.toFixed(0).padStart(7)} ${String(m.p50).padStart(8)} ${String(m.p99).padStart(7)} ${String(m.errors).padStart(7)}`,
    )
  }
}

async function main() {
  const build = benchBuild(
    {
      label: 'the app with the floor route',
      routes: { 'src/app/bench/content-floor/route.ts': 'bench/content-resolve/floor/route.ts' },
    },
    log,
  )
  const { serverUrl, embedded } = await testServerUrl()
  try {
    const { measures: full, mixed } = await benchAt(serverUrl, build.dir, VENDORS, true)
    table(`2 platforms × ${VENDORS} vendors × 10 pages (${VENDORS * 20} vendor pages)`, full)
    const { measures: tenth } = await benchAt(serverUrl, build.dir, Math.round(VENDORS / 10), false)
    table(`a tenth: 2 platforms × ${Math.round(VENDORS / 10)} vendors × 10 pages`, tenth)
    if (mixed) {
      console.log('\nmixed (two cached instances, 95 % reads / 5 % publishes)')
      console.log(
        `  reads ${mixed.reads}, publishes ${mixed.publishes}, p50 ${mixed.p50} ms, p99 ${mixed.p99} ms, errors ${mixed.errors}`,
      )
      console.log(
        `  stale after the notification arrived: ${mixed.stale} (target 0); older title while a publish was in flight: ${mixed.olderInFlight}`,
      )
    }

    const ratio = (a: number, b: number) => (a / b).toFixed(2)
    console.log('\nratios (full data)')
    console.log(`  resolve / find   req/s: ${ratio(full.resolve.rps, full.find.rps)}   (target ≥ 1.50)`)
    console.log(`  resolve / floor  req/s: ${ratio(full.resolve.rps, full.floor.rps)}   (target ≥ 0.85)`)
    console.log(`  cached / floor   req/s: ${ratio(full.cached.rps, full.floor.rps)}   (target ≥ 2.00)`)
    console.log(`  store-c / store  req/s: ${ratio(full['store-c'].rps, full.store.rps)}   (target ≥ 2.00)`)
    if (mixed) console.log(`  mixed p99 / floor p99: ${ratio(mixed.p99, full.floor.p99)}   (target ≤ 1.00)`)
    const change = ((full.resolve.p50 - tenth.resolve.p50) / Math.max(tenth.resolve.p50, 1)) * 100
    console.log(
      `  resolve p50: ${tenth.resolve.p50} ms at a tenth → ${full.resolve.p50} ms at full (${change >= 0 ? '+' : ''}${change.toFixed(0)}%, target within ±20%)`,
    )
  } finally {
    await embedded?.stop()
    build.remove()
  }
}

runBenchmark(main)
