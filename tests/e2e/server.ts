/**
 * The server the browser tests click through: a fresh database with the demo seed, and the production
 * build (`next build` must have run) served by `next start`. Drops the database when stopped.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { prepareDatabase } from '../helpers/migrateDatabase'
import { root, testServerUrl } from '../helpers/testServer'

const { serverUrl, embedded } = await testServerUrl()
const name = uniqueDatabaseName('e2e')
const url = await createDatabase(serverUrl, name)
prepareDatabase(url, ['--seed'])

const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', process.env.E2E_PORT ?? '3100'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'e2e-secret', NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
})

let stopping = false
async function stop(code: number) {
  if (stopping) return
  stopping = true
  if (next.exitCode === null) {
    next.kill('SIGTERM')
    await new Promise((resolve) => next.once('exit', resolve))
  }
  await dropDatabase(serverUrl, name)
  await embedded?.stop()
  process.exit(code)
}

process.on('SIGTERM', () => void stop(0))
process.on('SIGINT', () => void stop(0))
next.on('exit', (code) => void stop(code ?? 1))
