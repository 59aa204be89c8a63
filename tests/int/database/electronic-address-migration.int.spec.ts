import pg from 'pg'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'
import { migrations } from '../../../src/migrations'
import { runAgainst } from '../../helpers/migrateDatabase'

const serverUrl = inject('serverUrl')
const name = uniqueDatabaseName('migeas')
const position = migrations.findIndex((migration) => migration.name === '20261207_110000_electronic_addresses')
let db: pg.Client
let url: string

beforeAll(async () => {
  url = await createDatabase(serverUrl, name)
  runAgainst(url, 'tests/helpers/migrateTo.ts', [String(position)])
  db = new pg.Client({ connectionString: url })
  await db.connect()
  const platform = await db.query(`INSERT INTO platforms (name, code) VALUES ('OMS', 'omsx') RETURNING id`)
  const settings = [
    ['lu', 'LU26375245'],
    ['be', 'BE 0403.019.261'],
    ['se', 'SE556036079301'],
    ['us', 'US123'],
    ['none', null],
  ]
  for (const [slug, vat] of settings) {
    const vendor = await db.query(`INSERT INTO vendors (name, slug) VALUES ($1, $1) RETURNING id`, [slug])
    await db.query(
      `INSERT INTO vendor_invoice_settings (vendor_id, platform_id, legal_name, address_street, address_postal_code,
       address_city, vat_number) VALUES ($1, $2, $3, 'Street 1', '1000', 'City', $4)`,
      [vendor.rows[0].id, platform.rows[0].id, slug, vat],
    )
  }
}, 180_000)

afterAll(async () => {
  await db?.end()
  await dropDatabase(serverUrl, name)
})

it("back-fills each seller's electronic address from its VAT number; migrates down", async () => {
  expect(position).toBeGreaterThan(0)
  runAgainst(url, 'tests/helpers/migrateTo.ts', [String(position + 1)])
  const { rows } = await db.query(
    `SELECT legal_name, electronic_address_scheme AS scheme, electronic_address_identifier AS identifier
     FROM vendor_invoice_settings ORDER BY legal_name`,
  )
  expect(rows).toEqual([
    { legal_name: 'be', scheme: '0208', identifier: '0403019261' },
    { legal_name: 'lu', scheme: '9938', identifier: 'LU26375245' },
    { legal_name: 'none', scheme: null, identifier: null },
    { legal_name: 'se', scheme: '0007', identifier: '5560360793' },
    { legal_name: 'us', scheme: null, identifier: null },
  ])
  runAgainst(url, 'tests/helpers/migrateTo.ts', ['down'])
  const columns = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name IN ('vendor_invoice_settings', 'invoices')
     AND column_name LIKE '%electronic_address%'`,
  )
  expect(columns.rows).toEqual([])
}, 180_000)
