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
    await payload?.destroy()
    await (payload?.db as unknown as { pool?: { end: () => Promise<void> } } | undefined)?.pool?.end().catch(() => {})
    await dropDatabase(serverUrl, name)
    await embedded?.stop()
  }
}
