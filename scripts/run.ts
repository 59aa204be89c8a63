/**
 * The one entry point behind `npm run dev|start|seed|payload`: provides a database (embedded PostgreSQL in
 * .data/ when DATABASE_URL is unset), migrates, seeds demo data on a fresh dev database, then runs Next.js.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DEMO_PASSWORD, DEMO_VENDORS, PLATFORM_ADMINS, superAdminCredentials } from '../src/seed/demoAccounts'
import { serverUrlProblem } from '../src/services/serverUrl'
import { stripeLaunchProblems } from '../src/services/stripe/settingsProblems'

import { type EmbeddedDatabase, EmbeddedPostgresError, startEmbeddedPostgres } from './lib/embeddedPostgres'
import { JOBS_WORKER_SCRIPT } from './lib/jobsWorker'
import { NODE_CONDITIONS, NODE_SCRIPT_ARGS, PEER_ADDRESS_PRELOAD } from './lib/node'
import { type StandIns, startStandIns, unconfiguredServices } from './stand-ins/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.join(root, '.data')
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file)
const NEXT = bin('next', 'dist/bin/next')
const PAYLOAD = bin('payload', 'bin.js')
const PREPARE = [...NODE_SCRIPT_ARGS, 'scripts/prepare.ts']

const [command = 'dev', ...args] = process.argv.slice(2)
const log = (message: string) => console.log(`[platform] ${message}`)

let database: EmbeddedDatabase | undefined
let standIns: StandIns | undefined
let child: ChildProcess | undefined
let stopping = false

/**
 * A development secret of 32 random bytes (hex), generated once and kept in .data/<name> (production sets its own:
 * PAYLOAD_SECRET, LETZSHOP_KEY_ENCRYPTION_KEY).
 */
function developmentSecret(name = 'payload-secret'): string {
  const file = path.join(dataDir, name)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)))
  })
}

async function shutdown(code: number): Promise<never> {
  await standIns?.close()
  if (database) {
    await database.stop().catch((error) => console.error(error))
    database = undefined
  }
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    if (child && child.exitCode === null) child.kill(signal)
    else void shutdown(130)
  })
}

function printWelcome(port: string) {
  const admin = superAdminCredentials()
  log(`Ready on http://localhost:${port}`)
  log(`  admin:           http://localhost:${port}/admin  (${admin.email} / ${admin.password})`)
  log(`  platform admin:  ${PLATFORM_ADMINS.map((a) => a.email).join(', ')} / ${DEMO_PASSWORD}`)
  log(`  vendor owners:   ${DEMO_VENDORS.map((v) => v.owner).join(', ')} / ${DEMO_PASSWORD}`)
  log(`  OMS site:        http://localhost:${port}/platforms/oms  (or http://oms.localhost:${port})`)
  log(`  Loyalty site:    http://localhost:${port}/platforms/loyalty  (or http://loyalty.localhost:${port})`)
  log(`  a storefront:    http://localhost:${port}/platforms/oms/vendors/luxcraft/about`)
  log(
    `  signup:          http://localhost:${port}/platforms/oms/signup  (test card 4242 4242 4242 4242 on the Stripe stand-in)`,
  )
}

async function main(): Promise<number> {
  const production = command === 'start'
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env }
  if (!env.PAYLOAD_SECRET) {
    if (production) {
      console.error('PAYLOAD_SECRET is not set: production needs a long random secret in the environment.')
      return 1
    }
    env.PAYLOAD_SECRET = developmentSecret()
  }
  if (!env.LETZSHOP_KEY_ENCRYPTION_KEY) {
    // Production does not sync Letzshop orders without it: connecting answers 503 and the job fails, naming it.
    if (production || command === 'jobs')
      console.error(
        '[platform] LETZSHOP_KEY_ENCRYPTION_KEY is not set: the Letzshop order sync is off (docs/letzshop.md).',
      )
    else env.LETZSHOP_KEY_ENCRYPTION_KEY = developmentSecret('letzshop-key-encryption-key')
  }
  const serverUrl = production ? serverUrlProblem(env) : null
  if (serverUrl) {
    console.error(`[platform] ${serverUrl}`)
    return 1
  }
  const stripeProblems = ['start', 'jobs', 'dev'].includes(command) ? stripeLaunchProblems(env) : []
  for (const problem of stripeProblems) console.error(`[platform] Stripe: ${problem}`)
  if (stripeProblems.length > 0 && command !== 'dev') {
    // Production refuses to start: billing would silently drift from Stripe (docs/billing-and-webhooks.md, Stripe configuration).
    console.error(
      '[platform] Not starting: fix the Stripe settings above, or unset STRIPE_SECRET_KEY to run without payments.',
    )
    return 1
  }
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT ?? 54329)
    log(`DATABASE_URL is not set: starting embedded PostgreSQL on 127.0.0.1:${port}`)
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, database: 'letzshop', log })
    env.DATABASE_URL = database.url
  }

  switch (command) {
    case 'payload':
      return runNode([...NODE_CONDITIONS, PAYLOAD, ...args], env)
    case 'jobs':
      log('Running the jobs queue (every second, up to 100 jobs a tick, schedules included) until stopped ...')
      return runNode([...NODE_SCRIPT_ARGS, JOBS_WORKER_SCRIPT], env)
    case 'seed':
      log('Migrating and seeding demo data ...')
      return runNode([...PREPARE, '--seed'], env)
    case 'dev':
    case 'start': {
      log('Applying migrations ...')
      const prepared = await runNode([...PREPARE, ...(production ? [] : ['--seed-if-empty'])], env)
      if (stopping) return prepared || 130
      if (prepared !== 0) {
        console.error(`[platform] Migrations or seeding failed (exit ${prepared}); not starting Next.`)
        return prepared
      }
      const port = env.PORT ?? '3000'
      // Development only: a production start never falls back to a stand-in (features answer 503 instead).
      const missing = production ? [] : unconfiguredServices(env)
      if (missing.length > 0) {
        standIns = await startStandIns(missing, env, `http://localhost:${port}`)
        Object.assign(env, standIns.env)
        for (const { name, url } of standIns.started)
          log(`${name} is not configured: using the local stand-in on ${url}`)
        if (missing.includes('smtp')) log('  mails sent locally land in .data/mail/')
      }
      if (!production) printWelcome(port)
      const jobsInProcess = production ? {} : { JOBS_AUTORUN: '1' }
      return runNode([NEXT, command, '--port', port, ...args], {
        ...env,
        ...jobsInProcess,
        NODE_OPTIONS: `--no-deprecation ${PEER_ADDRESS_PRELOAD}`,
      })
    }
    default:
      console.error(`Unknown command "${command}". Use dev, start, jobs, seed or payload.`)
      return 1
  }
}

main().then(shutdown, async (error) => {
  console.error(error instanceof EmbeddedPostgresError ? `[platform] ${error.message}` : error)
  await shutdown(1)
})
