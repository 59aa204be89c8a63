import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { type EmbeddedDatabase, type ShutdownMode, startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'
import { JOBS_WORKER_SCRIPT } from '../../scripts/lib/jobsWorker'
import { NODE_SCRIPT_ARGS } from '../../scripts/lib/node'

import { prepareDatabase } from './migrateDatabase'
import { root } from './testServer'

/**
 * A PostgreSQL cluster of a test's own (the embedded binaries), migrated and seeded, that the test may restart
 * (`fast` or `immediate`) or take away for a while, with a client of the test's own that survives it.
 */
export type FaultCluster = {
  url: string
  query: <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>
  restart: (mode: ShutdownMode) => Promise<void>
  /** Stops the server, waits `ms`, starts it again. */
  outage: (ms: number) => Promise<void>
  /** Stops the server until `up`. */
  down: () => Promise<void>
  up: () => Promise<void>
  close: () => Promise<void>
}

export async function startFaultCluster(port: number): Promise<FaultCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fault-pg-'))
  fs.chmodSync(dir, 0o755)
  const dataDir = path.join(dir, 'pg')
  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'faults' })
  let database: EmbeddedDatabase = await start()
  prepareDatabase(database.url, ['--seed'])
  const query = async <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      return (await client.query<R>(text, values)).rows
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  return {
    url: database.url,
    query,
    restart: async (mode) => {
      await database.stop(mode)
      database = await start()
    },
    outage: async (ms) => {
      await database.stop('fast')
      await new Promise((resolve) => setTimeout(resolve, ms))
      database = await start()
    },
    down: () => database.stop('fast'),
    up: async () => {
      database = await start()
    },
    close: async () => {
      await database.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type WorkerProcess = {
  child: ChildProcess
  /** Resolves with the exit code (or 128 + the signal's number) once the worker has exited. */
  exited: Promise<number>
  output: () => string
}

/** Starts `npm run jobs`'s worker (scripts/jobs.ts) on `databaseUrl`; resolves once it says it has started. */
export async function startJobsWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [...NODE_SCRIPT_ARGS, JOBS_WORKER_SCRIPT], {
    cwd: root,
    // Its start line is logged at info.
    env: { ...process.env, PAYLOAD_SECRET: 'test-secret', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const signals: Record<string, number> = { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 }
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signals[signal ?? ''] ?? 0))),
  )
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the jobs worker did not start within 180 s:\n${output}`))
    }, 180_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('jobs worker started')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`the jobs worker exited (${code}) before starting:\n${output}`))
    })
  })
  return { child, exited, output: () => output }
}
