/**
 * The Letzshop order sync at volume (npm run bench:letzshop-sync). On its own migrated database and a Letzshop
 * stand-in (in a process of its own, as Letzshop is a server of its own) serving one shop BENCH_ORDERS (default
 * 10,000) unconfirmed shipments of two units each, it times:
 * - the job: `syncLetzshopOrders` queued and run as a worker runs it (pages of 100, no page bound), every order
 *   through createOrders (monthly limit counted, feature and read-only checked, idempotent on the shipment id), lines
 *   linked by SKU;
 * - the floor: the same orders and lines, with the same columns, for a second vendor in ONE set-based statement (a
 *   data-modifying CTE from the same shipments as JSON), no limit, no checks.
 * Orders per second of each and their ratio (target ≥ 0.5 of the floor). It checks that both wrote the same data,
 * and that the limit and idempotency stayed intact: every shipment imported once, the period's order counter equal
 * to the orders, a second run imports nothing.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { runMain } from '../../scripts/lib/runMain'
import type { FixtureShipment } from '../../scripts/stand-ins/letzshop/server'
import { encryptApiKey } from '../../src/services/letzshop/keyEncryption'
import { withBenchPayload } from '../lib/benchPayload'

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10_000)
const SHOP = {
  id: '990001',
  slug: 'bench-shop',
  name: 'Bench shop',
  url: 'https://letzshop.lu/fr/vendors/bench-shop',
  languages: ['fr'],
  logo: null,
  location: null,
}
const log = (message: string) => console.log(`[bench] ${message}`)

type Db = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const dbOf = (payload: Payload) => (payload.db as unknown as { drizzle: Db }).drizzle

const shipments: FixtureShipment[] = Array.from({ length: ORDERS }, (_, n) => ({
  id: `sh-bench-${n}`,
  number: `H${n}`,
  state: 'unconfirmed',
  createdAt: '2026-12-01T10:00:00Z',
  order: {
    id: `o-bench-${n}`,
    number: `R${n}`,
    email: `buyer${n}@example.lu`,
    shipAddress: {
      firstName: 'Anne',
      lastName: `Muller ${n}`,
      street: '1 rue de la Gare',
      zipCode: '1111',
      city: 'Luxembourg',
      country: 'LU',
    },
  },
  inventoryUnits: [
    { id: `iu-bench-${n}-1`, state: 'unconfirmed', sku: 'BENCH-A', name: 'Bowl', price: 12.5 },
    { id: `iu-bench-${n}-2`, state: 'unconfirmed', sku: 'BENCH-B', name: 'Mug', price: 3.99 },
  ],
}))

/** The stand-in started by standInProcess.ts in a child process, once it says where it listens. */
async function standInProcess(fixtures: string): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'standInProcess.ts'), fixtures],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string]
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
  }
  return { url: (JSON.parse(line) as { url: string }).url, close }
}

async function vendorOn(payload: Payload, platformId: number, tierId: number, slug: string) {
  const vendor = await payload.create({ collection: 'vendors', data: { name: slug, slug } })
  await payload.create({
    collection: 'vendor-platforms',
    data: { vendor: vendor.id, platform: platformId, tier: tierId },
  })
  return vendor
}

/**
 * The floor: the same orders and lines as the job writes them (customer, shipping address, placed date, total, lines
 * in cents linked to the vendor's products by SKU), inserted by one statement.
 */
async function floor(payload: Payload, vendorId: number, platformId: number): Promise<number> {
  const rows = shipments.map((s) => {
    const address = s.order.shipAddress!
    return {
      external_id: s.id,
      customer_name: `${address.firstName} ${address.lastName}`,
      customer_email: s.order.email,
      placed_at: s.createdAt,
      street: address.street,
      postal_code: address.zipCode,
      city: address.city,
      country: address.country,
      units: s.inventoryUnits.map((u) => ({ id: u.id, sku: u.sku, name: u.name, cents: Math.round(u.price * 100) })),
    }
  })
  const started = performance.now()
  await dbOf(payload).execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(external_id text, customer_name text, customer_email text, placed_at timestamptz, street text,
          postal_code text, city text, country text, units jsonb)
    ), inserted AS (
      INSERT INTO orders (vendor_id, platform_id, source, external_id, customer_name, customer_email, total, status,
        placed_at, shipping_address_name, shipping_address_street, shipping_address_postal_code,
        shipping_address_city, shipping_address_country)
      SELECT ${vendorId}, ${platformId}, 'letzshop', external_id, customer_name, customer_email,
        (SELECT sum((u->>'cents')::int) FROM jsonb_array_elements(units) u), 'pending', placed_at, customer_name,
        street, postal_code, city, country
      FROM input
      RETURNING id, external_id
    )
    INSERT INTO orders_lines (_order, _parent_id, id, description, sku, product_id, quantity, unit_price, line_total,
      letzshop_unit_id, letzshop_state)
    SELECT u.ordinality, i.id, gen_random_uuid()::text, u.value->>'name', u.value->>'sku', p.id, 1,
      (u.value->>'cents')::int, (u.value->>'cents')::int, u.value->>'id', 'unconfirmed'
    FROM inserted i JOIN input ON input.external_id = i.external_id
    CROSS JOIN LATERAL jsonb_array_elements(input.units) WITH ORDINALITY u
    LEFT JOIN products p ON p.vendor_id = ${vendorId} AND p.sku = u.value->>'sku'`)
  return performance.now() - started
}

async function bench(payload: Payload): Promise<number> {
  process.env.LETZSHOP_KEY_ENCRYPTION_KEY ??= 'be'.repeat(32)
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-letzshop-'))
  const fixtures = path.join(dir, 'fixtures.json')
  writeFileSync(fixtures, JSON.stringify({ vendors: [SHOP], shipments: { [SHOP.slug]: shipments } }))
  const standIn = await standInProcess(fixtures)
  Object.assign(process.env, {
    LETZSHOP_API_URL: standIn.url,
    LETZSHOP_SYNC_PAGE_SIZE: '100',
    LETZSHOP_SYNC_MAX_PAGES: '1000',
  })
  try {
    const platform = await payload.create({
      collection: 'platforms',
      data: { code: 'oms', name: 'OMS', domains: [{ domain: 'oms.bench.test' }] },
    })
    const tier = await payload.create({
      collection: 'subscription-tiers',
      data: {
        platform: platform.id,
        code: 'professional',
        name: 'Professional',
        priceMonthly: 7900,
        priceAnnual: 79000,
        limits: { ordersPerMonth: ORDERS * 2 },
        features: ['letzshop_sync'],
      },
    })
    const vendor = await vendorOn(payload, platform.id, tier.id, 'bench-sync')
    const floorVendor = await vendorOn(payload, platform.id, tier.id, 'bench-floor')
    for (const owner of [vendor, floorVendor])
      await payload.create({
        collection: 'products',
        data: { vendor: owner.id, platform: platform.id, title: 'Bowl', sku: 'BENCH-A', price: 1250 },
      })
    const connection = await payload.create({
      collection: 'letzshop-connections',
      data: {
        vendor: vendor.id,
        platform: platform.id,
        status: 'active',
        apiKeySealed: encryptApiKey(`lsk_test_${SHOP.slug}`),
        keyLast4: 'shop',
        connectedAt: new Date().toISOString(),
        heldByLimit: 0,
      },
    })

    const runJob = async () => {
      const job = await payload.jobs.queue({ task: 'syncLetzshopOrders', input: { connection: connection.id } })
      const started = performance.now()
      await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
      return performance.now() - started
    }
    log(`job: importing ${ORDERS} orders ...`)
    const jobMs = await runJob()
    log(`floor: one statement for ${ORDERS} orders ...`)
    const floorMs = await floor(payload, floorVendor.id, platform.id)

    const count = async (vendorId: number) =>
      (await payload.count({ collection: 'orders', where: { vendor: { equals: vendorId } } })).totalDocs
    const imported = await count(vendor.id)
    const counter = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })
    ).docs[0].ordersThisPeriod
    const againMs = await runJob()
    const afterAgain = await count(vendor.id)
    const written = async (vendorId: number) =>
      JSON.stringify(
        (
          await dbOf(payload).execute(sql`
            SELECT count(DISTINCT o.id) AS orders, sum(l.line_total) AS cents, count(l.product_id) AS linked,
              count(o.shipping_address_city) AS addressed, min(o.placed_at) AS placed
            FROM orders o JOIN orders_lines l ON l._parent_id = o.id WHERE o.vendor_id = ${vendorId}`)
        ).rows[0],
      )
    const same = (await written(vendor.id)) === (await written(floorVendor.id))
    const ok =
      same &&
      imported === ORDERS &&
      counter === ORDERS &&
      afterAgain === ORDERS &&
      (await count(floorVendor.id)) === ORDERS

    const jobRate = ORDERS / (jobMs / 1000)
    const floorRate = ORDERS / (floorMs / 1000)
    console.log('')
    console.log(`| ${ORDERS} orders | time | orders/s |`)
    console.log('| --- | --- | --- |')
    console.log(`| job (syncLetzshopOrders) | ${(jobMs / 1000).toFixed(1)} s | ${jobRate.toFixed(0)} |`)
    console.log(`| floor (one INSERT) | ${(floorMs / 1000).toFixed(2)} s | ${floorRate.toFixed(0)} |`)
    console.log(`| second run (nothing new) | ${(againMs / 1000).toFixed(1)} s | |`)
    console.log('')
    log(`ratio job / floor: ${(jobRate / floorRate).toFixed(3)} (target ≥ 0.5)`)
    log(
      `job and floor wrote the same data: ${same}; imported ${imported}, period counter ${counter}, after a second run ${afterAgain}: ${ok ? 'intact' : 'BROKEN'}`,
    )
    return ok ? 0 : 1
  } finally {
    await standIn.close()
  }
}

runMain(() => withBenchPayload('benchls', bench))
