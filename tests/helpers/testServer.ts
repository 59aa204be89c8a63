import path from 'node:path'

import { type EmbeddedDatabase, EmbeddedPostgresError, startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

export const root = path.resolve(import.meta.dirname, '../..')

/**
 * The PostgreSQL server tests create their databases on: DATABASE_URL's server (CI: 127.0.0.1:5432),
 * or, on a machine without one, an embedded server in .data/test-postgres.
 */
export async function testServerUrl(): Promise<{ serverUrl: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL }
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data/test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
      portVariable: 'TEST_EMBEDDED_PG_PORT',
      database: 'postgres',
    })
    return { serverUrl: embedded.url, embedded }
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresError)) throw error
    console.error(error.message) // one sentence saying what to do; a stack trace would only bury it
    process.exit(1)
  }
}
