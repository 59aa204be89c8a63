import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type EmbeddedDatabase,
  EmbeddedPostgresError,
  startEmbeddedPostgres,
} from '../../../scripts/lib/embeddedPostgres'
import { prepareDatabase } from '../../helpers/migrateDatabase'

/** The path `npm install && npm run dev` takes on a machine without DATABASE_URL. */
let database: EmbeddedDatabase
let dataDir: string

const count = async (client: pg.Client, table: string) =>
  (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number

async function counts(client: pg.Client, tables: string[]) {
  const result: number[] = []
  for (const table of tables) result.push(await count(client, table))
  return result
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-pg-'))
  fs.chmodSync(dataDir, 0o755)
  database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: 54349, database: 'letzshop' })
}, 120_000)

afterAll(async () => {
  await database?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('embedded PostgreSQL', () => {
  it('migrates and seeds the demo data once, idempotently', async () => {
    prepareDatabase(database.url, ['--seed-if-empty'])
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const tables = [
        'platforms',
        'subscription_tiers',
        'add_ons',
        'vendors',
        'vendor_platforms',
        'vendor_subscriptions',
        'content_pages',
        'users',
      ]
      const first = await counts(client, tables)
      expect(first).toEqual([2, 7, 4, 3, 4, 4, 26, 5])

      const locales = await client.query(`
        SELECT l._locale, l.title FROM content_pages p JOIN content_pages_locales l ON l._parent_id = p.id
        JOIN platforms pl ON pl.id = p.platform_id
        WHERE pl.code = 'oms' AND p.slug = 'shipping' AND p.vendor_id IS NULL ORDER BY l._locale`)
      expect(locales.rows).toEqual([
        { _locale: 'en', title: 'Shipping' },
        { _locale: 'fr', title: 'Livraison' },
        { _locale: 'de', title: 'Versand' },
      ])

      prepareDatabase(database.url, ['--seed'])
      expect(await counts(client, tables)).toEqual(first)
    } finally {
      await client.end()
    }
  })

  it('refuses a port in use with one sentence saying what to do', async () => {
    const other = startEmbeddedPostgres({ dataDir: path.join(dataDir, 'other'), port: 54349, database: 'letzshop' })
    await expect(other).rejects.toThrow(EmbeddedPostgresError)
    await expect(other).rejects.toThrow(
      /^Port 54349 for the embedded PostgreSQL is already in use: .*EMBEDDED_PG_PORT.*DATABASE_URL/,
    )
  })

  it('restarts on its existing data after a stop', async () => {
    await database.stop()
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: 54349, database: 'letzshop' })
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    expect(await count(client, 'platforms')).toBe(2)
    await client.end()
  })
})

describe.runIf(process.getuid?.() === 0)('embedded PostgreSQL as root', () => {
  it('keeps its data where the postgres user can reach it when the project folder is closed to it', async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'closed-')) // mode 700, like `mktemp -d`
    let other: EmbeddedDatabase | undefined
    let dataDirectory = ''
    try {
      other = await startEmbeddedPostgres({
        dataDir: path.join(closed, '.data/postgres'),
        port: 54350,
        database: 'letzshop',
      })
      const client = new pg.Client({ connectionString: other.url })
      await client.connect()
      dataDirectory = (await client.query('SHOW data_directory')).rows[0].data_directory
      await client.end()
      expect(dataDirectory).toMatch(/^\/var\/tmp\/letzshop-platforms-[0-9a-f]{12}\/postgres$/)
    } finally {
      await other?.stop()
      fs.rmSync(closed, { recursive: true, force: true })
      if (dataDirectory) fs.rmSync(path.dirname(dataDirectory), { recursive: true, force: true })
    }
  })
})
