/**
 * The dashboard's first paint (npm run bench:dashboard; needs `npm run build`). One seeded database, one `next start`,
 * Debian's Chromium through Playwright, signed in as a demo shop owner. For each page it measures, in the same run:
 * the time from navigation to the usage bars being visible, the requests the browser made until then, and whether
 * the HTML document itself already holds them. Target: the dashboard (usage, plan and trial end rendered on the
 * server); baseline: the billing page, whose usage comes from the billing endpoints after the page's script runs.
 * Cold = a new browser context (no HTTP cache) per visit; warm = the same context visiting again. Medians of ROUNDS.
 */
import type { ChildProcess } from 'node:child_process'

import { chromium, type BrowserContext } from '@playwright/test'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { DEMO_PASSWORD, DEMO_VENDORS } from '../../src/seed/demoAccounts'
import { prepareDatabase } from '../../tests/helpers/migrateDatabase'
import { testServerUrl } from '../../tests/helpers/testServer'
import { runBenchmark, startNextServer, stopServer } from '../lib/nextServer'
import { quantile } from '../lib/pacedLoad'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const PORT = Number(process.env.BENCH_PORT ?? 3000 + Math.floor(Math.random() * 2000) + 7000)
const BASE = `http://localhost:${PORT}`
const log = (message: string) => console.log(`[bench] ${message}`)

type Visit = { ms: number; requests: number; apiRequests: number; inHtml: boolean }

async function signedInContext(browser: Awaited<ReturnType<typeof chromium.launch>>, email: string) {
  const context = await browser.newContext({ baseURL: BASE, locale: 'en-GB', viewport: { width: 1600, height: 1000 } })
  const login = await context.request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`)
  return context
}

/** One visit of `path`: milliseconds until the first usage bar is visible, requests until then, bars in the HTML. */
async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const page = await context.newPage()
  let requests = 0
  let apiRequests = 0
  page.on('request', (request) => {
    requests++
    if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests++
  })
  const start = performance.now()
  const response = await page.goto(path, { waitUntil: 'commit' })
  await page.locator('[data-limit]').first().waitFor({ state: 'visible', timeout: 60_000 })
  const ms = performance.now() - start
  const seen = { requests, apiRequests }
  const inHtml = (await response!.text()).includes('data-limit=')
  await page.close()
  return { ms, ...seen, inHtml }
}

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

async function measure(browser: Awaited<ReturnType<typeof chromium.launch>>, email: string, path: string) {
  const cold: Visit[] = []
  const warm: Visit[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const context = await signedInContext(browser, email)
    cold.push(await visit(context, path))
    warm.push(await visit(context, path))
    await context.close()
  }
  const summary = (visits: Visit[]) => ({
    ms: median(visits.map((each) => each.ms)),
    requests: median(visits.map((each) => each.requests)),
    apiRequests: median(visits.map((each) => each.apiRequests)),
    inHtml: visits.every((each) => each.inHtml),
  })
  return { cold: summary(cold), warm: summary(warm) }
}

async function main() {
  const owner = DEMO_VENDORS.find((vendor) => Object.keys(vendor.platforms).length === 1) ?? DEMO_VENDORS[0]!
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName('benchdash')
  const url = await createDatabase(serverUrl, name)
  let server: ChildProcess | undefined
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    log('migrating and seeding the demo data ...')
    prepareDatabase(url, ['--seed'])
    server = await startNextServer(url, PORT, '/api/health')
    log(`signed in as ${owner.owner} (${owner.name}); warming both pages once ...`)
    const warmUp = await signedInContext(browser, owner.owner)
    await visit(warmUp, '/admin')
    await visit(warmUp, '/admin/billing')
    await warmUp.close()
    // Interleaved, so both see the same machine load.
    const results: Record<string, Awaited<ReturnType<typeof measure>>> = {}
    for (const [label, path] of [
      ['dashboard', '/admin'],
      ['billing (baseline)', '/admin/billing'],
    ] as const)
      results[label] = await measure(browser, owner.owner, path)
    const dashboard = results['dashboard']!
    const billing = results['billing (baseline)']!
    console.log(
      '\npage                 | visit | usage visible (ms) | requests until then | of them /api/ | usage in the HTML',
    )
    for (const [label, result] of Object.entries(results))
      for (const kind of ['cold', 'warm'] as const)
        console.log(
          `${label.padEnd(20)} | ${kind}  | ${result[kind].ms.toFixed(0).padStart(18)} | ${String(result[kind].requests).padStart(19)} | ${String(result[kind].apiRequests).padStart(13)} | ${result[kind].inHtml}`,
        )
    for (const kind of ['cold', 'warm'] as const)
      console.log(
        `ratio ${kind}: dashboard is ${(billing[kind].ms / dashboard[kind].ms).toFixed(2)}× faster to usage than the baseline, with ${(billing[kind].requests / Math.max(1, dashboard[kind].requests)).toFixed(2)}× fewer requests`,
      )
    console.log(
      `(medians of ${ROUNDS} rounds; load average ${(await import('node:os'))
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')})`,
    )
    return 0
  } finally {
    await browser.close()
    await stopServer(server)
    await dropDatabase(serverUrl, name)
    await embedded?.stop()
  }
}

runBenchmark(main)
