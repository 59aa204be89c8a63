import { getPayload, type Payload } from 'payload'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { prepareDatabase } from '../../tests/helpers/migrateDatabase'
import { testServerUrl } from '../../tests/helpers/testServer'

/**
 * Runs `work` with a Payload instance in this process on a fresh migrated database of its own (named after `prefix`),
 * then closes the pool and drops the database, whatever happens: for benchmarks that call services directly.
 */
export async function withBenchPayload(prefix: string, work: (payload: Payload) => Promise<number>): Promise<number> {
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName(prefix)
  const url = await createDatabase(serverUrl, name)
  let payload: Payload | undefined
  try {
    console.log(`[bench] migrating ${name} ...`)
    prepareDatabase(url)
    Object.assign(process.env, { DATABASE_URL: url, PAYLOAD_SECRET: 'bench-secret', LOG_LEVEL: 'warn' })
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
    return await work(payload)
  } catch (error) {
    console.error(error)
    return 1
  } finally {
    // Each step on its own: a failing close must not leave the database behind. Dropping the database ends any
    // connection still open: the pool must not take that for an error.
    const pool = (payload?.db as unknown as { pool?: import('pg').Pool } | undefined)?.pool
    pool?.on('error', () => {})
    await payload?.destroy().catch((error: unknown) => console.error(error))
    // Not awaited: the pool waits for every client to be released; the drop below ends them all.
    void pool?.end().catch(() => {})
    await dropDatabase(serverUrl, name).catch((error: unknown) => console.error(`could not drop ${name}:`, error))
    await embedded?.stop()
  }
}
