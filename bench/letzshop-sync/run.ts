/**
 * The Letzshop order sync at volume (npm run bench:letzshop-sync). On its own migrated database and a Letzshop
 * stand-in serving one shop BENCH_ORDERS (default 10,000) unconfirmed shipments of two units each, it times:
 * - the job: `syncLetzshopOrders` queued and run as a worker runs it (pages of 100, no page bound), every order
 *   through createOrder (monthly limit counted, feature checked, idempotent on the shipment id), lines linked by SKU;
 * - the floor: the same orders and lines for a second vendor in ONE set-based statement (a data-modifying CTE from
 *   the same shipments as JSON), no limit, no hooks.
 * Orders per second of each and their ratio (target ≥ 0.5 of the floor). It checks the limit and idempotency stayed
 * intact: every shipment imported once, the period's order counter equal to the orders, a second run imports nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { runMain } from '../../scripts/lib/runMain'
import { type FixtureShipment, startLetzshopStandIn } from '../../scripts/stand-ins/letzshop/server'
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

async function vendorOn(payload: Payload, platformId: number, tierId: number, slug: string) {
  const vendor = await payload.create({ collection: 'vendors', data: { name: slug, slug } })
  await payload.create({
    collection: 'vendor-platforms',
    data: { vendor: vendor.id, platform: platformId, tier: tierId },
  })
  return vendor
}

/** The floor: the same orders and their lines, inserted by one statement. */
async function floor(payload: Payload, vendorId: number, platformId: number): Promise<number> {
  const rows = shipments.map((s) => ({
    external_id: s.id,
    customer_name: `${s.order.shipAddress!.firstName} ${s.order.shipAddress!.lastName}`,
    customer_email: s.order.email,
    units: s.inventoryUnits.map((u) => ({ id: u.id, sku: u.sku, name: u.name, cents: Math.round(u.price * 100) })),
  }))
  const started = performance.now()
  await dbOf(payload).execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(external_id text, customer_name text, customer_email text, units jsonb)
    ), inserted AS (
      INSERT INTO orders (vendor_id, platform_id, source, external_id, customer_name, customer_email, total, status, placed_at)
      SELECT ${vendorId}, ${platformId}, 'letzshop', external_id, customer_name, customer_email,
        (SELECT sum((u->>'cents')::int) FROM jsonb_array_elements(units) u), 'pending', now()
      FROM input
      RETURNING id, external_id
    )
    INSERT INTO orders_lines (_order, _parent_id, id, description, sku, quantity, unit_price, line_total, letzshop_unit_id, letzshop_state)
    SELECT u.ordinality, i.id, gen_random_uuid()::text, u.value->>'name', u.value->>'sku', 1,
      (u.value->>'cents')::int, (u.value->>'cents')::int, u.value->>'id', 'unconfirmed'
    FROM inserted i JOIN input ON input.external_id = i.external_id
    CROSS JOIN LATERAL jsonb_array_elements(input.units) WITH ORDINALITY u`)
  return performance.now() - started
}

async function bench(payload: Payload): Promise<number> {
  process.env.LETZSHOP_KEY_ENCRYPTION_KEY ??= 'be'.repeat(32)
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-letzshop-'))
  const fixtures = path.join(dir, 'fixtures.json')
  writeFileSync(fixtures, JSON.stringify({ vendors: [SHOP], shipments: { [SHOP.slug]: shipments } }))
  const standIn = await startLetzshopStandIn({ port: 0, fixtures })
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
    await payload.create({
      collection: 'products',
      data: { vendor: vendor.id, platform: platform.id, title: 'Bowl', sku: 'BENCH-A', price: 1250 },
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
    const ok =
      imported === ORDERS && counter === ORDERS && afterAgain === ORDERS && (await count(floorVendor.id)) === ORDERS

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
      `imported ${imported}, period counter ${counter}, after a second run ${afterAgain}: ${ok ? 'intact' : 'BROKEN'}`,
    )
    return ok ? 0 : 1
  } finally {
    await standIn.close()
  }
}

runMain(() => withBenchPayload('benchls', bench))
