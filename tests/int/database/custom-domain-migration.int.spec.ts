import pg from 'pg'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'
import { runAgainst } from '../../helpers/migrateDatabase'

const serverUrl = inject('serverUrl')
const name = uniqueDatabaseName('migdomain')
let db: pg.Client
let url: string

beforeAll(async () => {
  url = await createDatabase(serverUrl, name)
  runAgainst(url, 'tests/helpers/migrateTo.ts', ['5'])
  db = new pg.Client({ connectionString: url })
  await db.connect()
  await db.query(`INSERT INTO vendors (name, slug, custom_domain) VALUES
    ('A', 'a', 'Shop.Example.LU:443'), ('B', 'b', 'shop.example.lu.'), ('C', 'c', '  '), ('D', 'd', 'd.example.lu')`)
}, 180_000)

afterAll(async () => {
  await db?.end()
  await dropDatabase(serverUrl, name)
})

it('stops on vendors sharing a custom domain, naming them; then normalises and makes domains unique', async () => {
  expect(() => runAgainst(url, 'tests/helpers/migrateTo.ts', ['6'])).toThrow(/shop\.example\.lu \(vendors \d+, \d+\)/)
  await db.query(`UPDATE vendors SET custom_domain = 'b.example.lu' WHERE slug = 'b'`)
  runAgainst(url, 'tests/helpers/migrateTo.ts', ['6'])
  const { rows } = await db.query(`SELECT slug, custom_domain FROM vendors ORDER BY slug`)
  expect(rows).toEqual([
    { slug: 'a', custom_domain: 'shop.example.lu' },
    { slug: 'b', custom_domain: 'b.example.lu' },
    { slug: 'c', custom_domain: null },
    { slug: 'd', custom_domain: 'd.example.lu' },
  ])
  await expect(db.query(`UPDATE vendors SET custom_domain = 'd.example.lu' WHERE slug = 'a'`)).rejects.toThrow(/unique/)
})
