/**
 * What the e2e server (server.ts, started by Playwright's webServer in another process) tells the specs: the address
 * of its fresh database, so a spec can put a row into a state no click reaches quickly (a subscription in dunning).
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

const STATE_FILE = path.resolve(import.meta.dirname, '../../.data/e2e-server.json')

type ServerState = { databaseUrl: string; logFile: string }

export function writeServerState(state: ServerState): void {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true })
  fs.writeFileSync(STATE_FILE, JSON.stringify(state))
}

export const removeServerState = (): void => fs.rmSync(STATE_FILE, { force: true })

function serverState(): ServerState {
  if (!fs.existsSync(STATE_FILE))
    throw new Error(`${STATE_FILE} is missing: run the e2e specs through Playwright, which starts tests/e2e/server.ts.`)
  return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as ServerState
}

/** The path of the file the running e2e server's output goes to. */
export const e2eServerLogFile = (): string => serverState().logFile

/** Runs `work` on a connection to the running e2e server's database. */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { databaseUrl } = serverState()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
