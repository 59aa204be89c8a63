/**
 * The server the browser tests click through: a fresh database with the demo seed (and 90 days of generated capacity
 * history: seedCapacityHistory.ts), the Stripe, Letzshop and SMTP
 * stand-ins on random ports, and the production build (`next build` must have run) served by `next start` with
 * their variables (STRIPE_JS_URL among them, read per request by the CSP and the signup page). The database's
 * address is left for the specs in .data/e2e-server.json (serverState.ts), and the server's output goes to the console
 * and to the log file named there. Drops the database and stops the stand-ins when stopped.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { PEER_ADDRESS_PRELOAD } from '../../scripts/lib/node'
import { runMain } from '../../scripts/lib/runMain'
import { startStandIns } from '../../scripts/stand-ins/index'
import { prepareDatabase, runAgainst } from '../helpers/migrateDatabase'
import { root, testServerUrl } from '../helpers/testServer'

import { removeServerState, writeServerState } from './serverState'

async function main(): Promise<number> {
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName('e2e')
  const url = await createDatabase(serverUrl, name)
  prepareDatabase(url, ['--seed'])
  runAgainst(url, 'tests/e2e/seedCapacityHistory.ts')
  const logFile = path.join(root, '.data/e2e-server.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  fs.writeFileSync(logFile, '')
  writeServerState({ databaseUrl: url, logFile })

  const port = process.env.E2E_PORT ?? '3100'
  const standIns = await startStandIns(
    ['stripe', 'letzshop', 'smtp'],
    { STAND_IN_STRIPE_PORT: '0', STAND_IN_LETZSHOP_PORT: '0', STAND_IN_SMTP_PORT: '0' },
    `http://localhost:${port}`,
  )
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', port], {
    cwd: root,
    env: {
      ...process.env,
      ...standIns.env,
      DATABASE_URL: url,
      PAYLOAD_SECRET: 'e2e-secret',
      LETZSHOP_KEY_ENCRYPTION_KEY: 'e2e0'.repeat(16),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: PEER_ADDRESS_PRELOAD,
      // Every browser of the suite signs up from 127.0.0.1, more often in 10 minutes than one visitor may; the limits
      // themselves are tested in tests/int/signup/signup-api.int.spec.ts.
      RATE_LIMIT_SIGNUP_PER_10_MIN: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const [from, to] of [
    [next.stdout, process.stdout],
    [next.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => {
      to.write(chunk)
      fs.appendFileSync(logFile, chunk)
    })
  }

  // Runs until Playwright stops us (SIGTERM) or Next exits on its own; then cleans up.
  const code = await new Promise<number>((resolve) => {
    const stop = () => {
      if (next.exitCode === null) next.kill('SIGTERM')
      else resolve(0)
    }
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
    next.once('exit', (exitCode, signal) => resolve(signal === 'SIGTERM' ? 0 : (exitCode ?? 1)))
  })
  await standIns.close()
  removeServerState()
  await dropDatabase(serverUrl, name)
  await embedded?.stop()
  return code
}

runMain(main)
