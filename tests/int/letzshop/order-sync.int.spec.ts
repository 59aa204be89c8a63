import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { encryptApiKey } from '@/services/letzshop/keyEncryption'
import { toLetzshopOrder } from '@/services/letzshop/queries'
import { importOrder, orderInput } from '@/services/letzshop/sync/importShipments'
import { syncLetzshopOrders } from '@/services/letzshop/sync/syncAll'

import {
  type FixtureShipment,
  type FixtureVendor,
  type LetzshopStandIn,
  startLetzshopStandIn,
} from '../../../scripts/stand-ins/letzshop/server'
import { createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { queuedJobs, rawDb, runTask } from '../../helpers/jobRuns'
import { type RestResponse, rest, testPayload } from '../../helpers/payload'

let payload: Payload
let standIn: LetzshopStandIn
let platform: Platform
let synced: SubscriptionTier
let small: SubscriptionTier
let withoutSync: SubscriptionTier

const run = uid()
const SHOP_NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo']
const shops: FixtureVendor[] = SHOP_NAMES.map((name, index) => ({
  id: `8${run}${index}`,
  slug: `${name}-${run}`,
  name,
  url: `https://letzshop.lu/fr/vendors/${name}-${run}`,
  languages: ['fr'],
  logo: null,
  location: { city: 'Luxembourg', country: 'LU' },
}))
const keyOf = (shop: FixtureVendor) => `lsk_test_${shop.slug}`

/** `count` shipments of a shop, each of two units (SKU `<shop>-A` at 12.50 EUR, `<shop>-B` at 3.99 EUR). */
const shipmentsFor = (shop: FixtureVendor, count: number): FixtureShipment[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `sh-${shop.slug}-${index}`,
    number: `H${index}`,
    state: 'unconfirmed',
    createdAt: `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00Z`,
    order: {
      id: `o-${shop.slug}-${index}`,
      number: `R${index}`,
      email: `buyer${index}@example.lu`,
      shipAddress: {
        firstName: 'Anne',
        lastName: `Muller ${index}`,
        street: '1 rue de la Gare',
        zipCode: '1111',
        city: 'Luxembourg',
        country: 'LU',
      },
    },
    inventoryUnits: [
      { id: `iu-${shop.slug}-${index}-1`, state: 'unconfirmed', sku: `${shop.slug}-A`, name: 'Bowl', price: 12.5 },
      { id: `iu-${shop.slug}-${index}-2`, state: 'unconfirmed', sku: `${shop.slug}-B`, name: 'Mug', price: 3.99 },
    ],
  }))

/** Every answer the tests received, to check that no API key ever appears in one. */
const answers: unknown[] = []
const logged: string[] = []
const call = async (method: string, url: string, token: string | undefined, body?: unknown) => {
  const response: RestResponse = await rest(method, url, { token, body })
  answers.push(response.body)
  return response
}

async function owner(tier: SubscriptionTier = synced) {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { user, token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  return { vendor, user, token }
}

const FAST = { attempts: 3, baseDelayMs: 10, maxWaitMs: 2_000 }
const sync = (vendor: Vendor, extra: Record<string, unknown> = {}) =>
  connectionOf(vendor).then((connection) =>
    syncLetzshopOrders(payload, {
      now: new Date(),
      connectionId: connection!.id,
      pageSize: 5,
      backoff: FAST,
      ...extra,
    }),
  )
const connectionOf = async (vendor: Vendor) =>
  (
    await payload.find({
      collection: 'letzshop-connections',
      where: { vendor: { equals: vendor.id } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]
const ordersOf = async (vendor: Vendor) =>
  (
    await payload.find({
      collection: 'orders',
      where: { vendor: { equals: vendor.id } },
      sort: 'externalId',
      pagination: false,
      depth: 0,
    })
  ).docs
const mailsFor = async (connectionId: number, kind: 'letzshopLimit' | 'letzshopKeyFailing') =>
  (await queuedJobs(payload, 'sendEmail')).filter((job) =>
    (job.input as { mailId?: string }).mailId?.startsWith(`${kind}:${connectionId}:`),
  )

/** An owner connected to a shop with `count` shipments. */
async function connected(shopIndex: number, count: number, tier: SubscriptionTier = synced) {
  const shop = shops[shopIndex]
  standIn.addShipments(shop.slug, shipmentsFor(shop, count))
  const account = await owner(tier)
  const put = await call('PUT', '/api/vendor/letzshop/connection', account.token, { apiKey: keyOf(shop) })
  expect(put.status).toBe(200)
  return { ...account, shop }
}

const writes: ((chunk: unknown, ...rest: unknown[]) => boolean)[] = []

beforeAll(async () => {
  process.env.LETZSHOP_KEY_ENCRYPTION_KEY = randomBytes(32).toString('hex')
  delete process.env.LETZSHOP_KEY_ENCRYPTION_KEY_PREVIOUS
  payload = await testPayload()
  const dir = mkdtempSync(path.join(tmpdir(), 'letzshop-sync-'))
  const fixtures = path.join(dir, 'fixtures.json')
  writeFileSync(fixtures, JSON.stringify({ vendors: shops }))
  standIn = await startLetzshopStandIn({ port: 0, fixtures })
  process.env.LETZSHOP_API_URL = standIn.url
  process.env.LETZSHOP_TIMEOUT_MS = '400'
  ;({
    platform,
    tiers: [synced, small, withoutSync],
  } = await omsPlatform(payload, [
    { code: 'synced', limits: { ordersPerMonth: 1000 }, features: ['cms_basic', 'letzshop_sync'] },
    { code: 'small', limits: { ordersPerMonth: 3 }, features: ['cms_basic', 'letzshop_sync'] },
    { code: 'nosync', limits: { ordersPerMonth: 1000 }, features: ['cms_basic'] },
  ]))
  // Every log line written while the tests run, to check that no key appears in one.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean
    writes.push(write)
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      logged.push(String(chunk))
      return write(chunk, ...rest)
    }) as typeof stream.write
  }
})

afterEach(() => standIn.configure({}))

afterAll(async () => {
  ;[process.stdout, process.stderr].forEach((stream, index) => {
    if (writes[index]) stream.write = writes[index] as typeof stream.write
  })
  await standIn?.close()
})

describe('connecting', () => {
  it('checks the key with Letzshop: a refused key is a 400 in the owner’s language and nothing is stored', async () => {
    const { vendor, token } = await owner()
    const refused = await call('PUT', '/api/vendor/letzshop/connection', token, { apiKey: 'lsk_test_no-such-shop' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('Letzshop refused this API key')
    const fr = await rest('PUT', '/api/vendor/letzshop/connection', {
      token,
      body: { apiKey: 'lsk_test_no-such-shop' },
      headers: { 'Accept-Language': 'fr' },
    })
    expect(fr.body.errors[0].message).toContain('Letzshop a refusé cette clé')
    const notText = await call('PUT', '/api/vendor/letzshop/connection', token, { apiKey: 5 })
    expect(notText.status).toBe(400)
    expect(notText.body.errors[0].message).toBe('apiKey: apiKey must be text.')
    expect(await connectionOf(vendor)).toBeUndefined()
  })

  it('stores the key sealed and answers it masked; pause, resume and disconnect', async () => {
    const { vendor, token } = await owner()
    const put = await call('PUT', '/api/vendor/letzshop/connection', token, { apiKey: keyOf(shops[0]) })
    expect(put.body.connection).toMatchObject({
      status: 'active',
      keyLast4: keyOf(shops[0]).slice(-4),
      lastRunAt: null,
    })
    expect(new Date(put.body.connection.nextRunAt).getTime()).toBeGreaterThan(Date.now())
    const row = await rawDb(payload).execute(
      `SELECT api_key_sealed FROM letzshop_connections WHERE vendor_id = ${vendor.id}` as never,
    )
    expect(String(row.rows[0].api_key_sealed)).toMatch(/^v1\./)
    expect(String(row.rows[0].api_key_sealed)).not.toContain(shops[0].slug)

    const paused = await call('PATCH', '/api/vendor/letzshop/connection', token, { status: 'paused' })
    expect(paused.body.connection).toMatchObject({ status: 'paused', nextRunAt: null })
    expect((await call('POST', '/api/vendor/letzshop/sync', token)).status).toBe(409)
    expect((await call('PATCH', '/api/vendor/letzshop/connection', token, { status: 'active' })).status).toBe(200)
    expect((await call('PATCH', '/api/vendor/letzshop/connection', token, { status: 'failing' })).status).toBe(400)

    const member = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
    expect((await call('DELETE', '/api/vendor/letzshop/connection', member.token)).status).toBe(403)
    expect(
      (await call('PUT', '/api/vendor/letzshop/connection', member.token, { apiKey: keyOf(shops[0]) })).status,
    ).toBe(403)
    expect((await call('GET', '/api/vendor/letzshop/sync', member.token)).status).toBe(200)
    expect((await call('DELETE', '/api/vendor/letzshop/connection', token)).status).toBe(200)
    expect(await connectionOf(vendor)).toBeUndefined()
    expect((await call('GET', '/api/vendor/letzshop/sync', token)).body).toEqual({ connection: null, runs: [] })
  })

  it('refuses a plan without letzshop_sync (403 naming it) and imports nothing for it', async () => {
    const { vendor, token } = await owner(withoutSync)
    const put = await call('PUT', '/api/vendor/letzshop/connection', token, { apiKey: keyOf(shops[1]) })
    expect(put.status).toBe(403)
    expect(put.body.errors[0].message).toContain('does not include letzshop_sync')
    expect((await call('GET', '/api/vendor/letzshop/sync', token)).status).toBe(403)

    // A connection left from a plan that had the feature: the run imports nothing.
    standIn.addShipments(shops[1].slug, shipmentsFor(shops[1], 2))
    await payload.create({
      collection: 'letzshop-connections',
      data: {
        vendor: vendor.id,
        platform: platform.id,
        status: 'active',
        apiKeySealed: encryptApiKey(keyOf(shops[1])),
        keyLast4: 'xxxx',
        heldByLimit: 0,
        connectedAt: new Date().toISOString(),
      },
      overrideAccess: true,
    })
    const result = await sync(vendor)
    expect(result).toMatchObject({ ran: 1, imported: 0, failed: 1 })
    expect(await ordersOf(vendor)).toHaveLength(0)
  })
})

describe('importing', () => {
  it('imports every page once, through createOrder, lines linked by SKU; a second run imports nothing', async () => {
    const { vendor, token, shop } = await connected(2, 12)
    const product = await payload.create({
      collection: 'products',
      data: { vendor: vendor.id, platform: platform.id, title: 'Bowl', sku: `${shop.slug}-A`, price: 1250 },
    })
    const first = await sync(vendor)
    expect(first).toMatchObject({ ran: 1, imported: 12, failed: 0 })
    const orders = await ordersOf(vendor)
    expect(orders).toHaveLength(12)
    const one = orders.find((order) => order.externalId === `sh-${shop.slug}-3`)!
    expect(one).toMatchObject({
      source: 'letzshop',
      customerName: 'Anne Muller 3',
      customerEmail: 'buyer3@example.lu',
      total: 1649,
      shippingAddress: { name: 'Anne Muller 3', street: '1 rue de la Gare', postalCode: '1111', country: 'LU' },
    })
    expect(one.lines!.map((line) => [line.sku, line.unitPrice, line.product, line.letzshopState])).toEqual([
      [`${shop.slug}-A`, 1250, product.id, 'unconfirmed'],
      [`${shop.slug}-B`, 399, null, 'unconfirmed'],
    ])

    const second = await sync(vendor)
    expect(second).toMatchObject({ ran: 1, imported: 0 })
    expect(await ordersOf(vendor)).toHaveLength(12)
    const history = await call('GET', '/api/vendor/letzshop/sync', token)
    expect(history.body.runs.map((r: { imported: number; skipped: number }) => [r.imported, r.skipped])).toEqual([
      [0, 12],
      [12, 0],
    ])
    expect(history.body.connection.lastRunAt).not.toBeNull()
  })

  it('imports once when runs overlap or two instances import the same order', async () => {
    const { vendor, shop } = await connected(3, 9)
    const outcomes = await Promise.all([sync(vendor), sync(vendor), sync(vendor)])
    expect(outcomes.reduce((sum, outcome) => sum + outcome.imported, 0)).toBe(9)
    expect(await ordersOf(vendor)).toHaveLength(9)

    // Two instances past the lock (another process holding none): the unique (vendor, externalId) index decides.
    const extra = shipmentsFor(shop, 10)[9]
    const input = orderInput(toLetzshopOrder(extra), {
      vendorId: vendor.id,
      platformId: platform.id,
      products: new Map(),
    })
    const results = await Promise.all([
      importOrder(payload, input),
      importOrder(payload, input),
      importOrder(payload, input),
    ])
    expect(results.sort()).toEqual(['imported', 'skipped', 'skipped'])
    expect(await ordersOf(vendor)).toHaveLength(10)
  })

  it('at the monthly limit imports exactly the allowed number, leaves the rest, mails once and shows the count', async () => {
    const { vendor, token } = await connected(4, 7, small)
    const first = await sync(vendor)
    expect(first).toMatchObject({ imported: 3, heldByLimit: 4 })
    expect(await ordersOf(vendor)).toHaveLength(3)
    const connection = (await connectionOf(vendor))!
    expect(connection.heldByLimit).toBe(4)
    expect(await mailsFor(connection.id, 'letzshopLimit')).toHaveLength(1)

    const again = await sync(vendor)
    expect(again).toMatchObject({ imported: 0, heldByLimit: 4 })
    expect(await mailsFor(connection.id, 'letzshopLimit')).toHaveLength(1)
    const view = await call('GET', '/api/vendor/letzshop/sync', token)
    expect(view.body.connection.heldByLimit).toBe(4)
    expect(view.body.runs[0]).toMatchObject({ status: 'held', imported: 0, skipped: 3, heldByLimit: 4 })
  })

  it('retries while Letzshop is down or rate-limiting, and a slow Letzshop ends the run with nothing duplicated', async () => {
    const { vendor } = await connected(5, 6)
    standIn.configure({ failWith: 503, times: 2 })
    expect(await sync(vendor)).toMatchObject({ imported: 6, failed: 0 })

    standIn.addShipments(shops[5].slug, shipmentsFor(shops[5], 8).slice(6))
    standIn.configure({ rateLimit: { retryAfterSeconds: 1 }, times: 1 })
    expect(await sync(vendor)).toMatchObject({ imported: 2, failed: 0 })

    standIn.configure({ delayMs: 1_000 })
    const slow = await sync(vendor)
    expect(slow).toMatchObject({ imported: 0, failed: 1 })
    standIn.configure({})
    expect(await sync(vendor)).toMatchObject({ imported: 0, failed: 0 })
    expect(await ordersOf(vendor)).toHaveLength(8)
    const runs = await payload.find({
      collection: 'letzshop-sync-runs',
      where: { vendor: { equals: vendor.id } },
      sort: '-createdAt',
      depth: 0,
    })
    expect(runs.docs[1].error).toContain('did not answer within 400 ms')
  })

  it('imports what was read before Letzshop failed, a batch at a time; the next run imports the rest', async () => {
    const { vendor } = await connected(10, 12)
    // Two pages of 5 answered, then Letzshop down past the back-off, while the batch (100) is still being filled.
    standIn.configure({ failWith: 503, afterRequests: 2 })
    expect(await sync(vendor, { batchOrders: 100 })).toMatchObject({ imported: 10, failed: 1 })
    expect(await ordersOf(vendor)).toHaveLength(10)
    standIn.configure({})
    // Batches of at least 7: the first two pages (known: skipped), then the last two orders.
    expect(await sync(vendor, { batchOrders: 7 })).toMatchObject({ imported: 2, failed: 0 })
    expect(await ordersOf(vendor)).toHaveLength(12)
    const runs = await payload.find({
      collection: 'letzshop-sync-runs',
      where: { vendor: { equals: vendor.id } },
      sort: '-createdAt',
      depth: 0,
    })
    expect(runs.docs.map((run) => [run.status, run.imported, run.skipped])).toEqual([
      ['succeeded', 2, 10],
      ['failed', 10, 0],
    ])
  })

  it('a key that stops working makes the connection failing, mails once and is not tried again', async () => {
    const { vendor, token } = await connected(6, 2)
    const connection = (await connectionOf(vendor))!
    await payload.update({
      collection: 'letzshop-connections',
      id: connection.id,
      data: { apiKeySealed: encryptApiKey('lsk_test_revoked-key') },
      overrideAccess: true,
    })
    const failed = await sync(vendor)
    expect(failed).toMatchObject({ ran: 1, failed: 1, imported: 0 })
    const view = await call('GET', '/api/vendor/letzshop/sync', token)
    expect(view.body.connection).toMatchObject({ status: 'failing', nextRunAt: null })
    expect(view.body.connection.failure).toContain('refused the API key')
    const requests = standIn.requestCount
    expect(await sync(vendor)).toMatchObject({ ran: 0 })
    expect(standIn.requestCount).toBe(requests)
    expect(await mailsFor(connection.id, 'letzshopKeyFailing')).toHaveLength(1)
    expect((await call('PATCH', '/api/vendor/letzshop/connection', token, { status: 'active' })).status).toBe(409)
    // A new key resumes it.
    expect((await call('PUT', '/api/vendor/letzshop/connection', token, { apiKey: keyOf(shops[6]) })).status).toBe(200)
    expect(await sync(vendor)).toMatchObject({ imported: 2 })
  })

  it('queues one run at a time on request, which the job fills in', async () => {
    const { vendor, token } = await connected(7, 3)
    const first = await call('POST', '/api/vendor/letzshop/sync', token)
    expect(first.status).toBe(202)
    const second = await call('POST', '/api/vendor/letzshop/sync', token)
    expect(second.body.runId).toBe(first.body.runId)
    const connection = (await connectionOf(vendor))!
    const { status } = await runTask(payload, 'syncLetzshopOrders', { connection: connection.id })
    expect(status).toBe('success')
    const history = await call('GET', '/api/vendor/letzshop/sync', token)
    expect(history.body.runs).toHaveLength(1)
    expect(history.body.runs[0]).toMatchObject({ id: first.body.runId, status: 'succeeded', imported: 3 })
  })
})

describe('confirming', () => {
  it('sends a partial confirmation and the tracking number to Letzshop, retried while Letzshop fails', async () => {
    const { vendor, token, shop } = await connected(8, 1)
    await sync(vendor)
    const [order] = await ordersOf(vendor)
    const [bowl, mug] = order.lines!.map((line) => line.letzshopUnitId!)
    const url = `/api/vendor/orders/${order.id}/letzshop-confirmation`

    expect((await call('POST', url, token, { units: [{ id: 'iu-unknown', action: 'confirm' }] })).status).toBe(400)
    const answered = await call('POST', url, token, {
      units: [{ id: bowl, action: 'confirm' }],
      trackingNumber: 'LU123',
    })
    expect(answered.status).toBe(200)
    expect(answered.body.order).toMatchObject({ status: 'pending', trackingNumber: 'LU123' })
    expect(answered.body.order.units).toEqual([
      { id: bowl, sku: `${shop.slug}-A`, description: 'Bowl', state: 'confirmed_available', sent: false },
      { id: mug, sku: `${shop.slug}-B`, description: 'Mug', state: 'unconfirmed', sent: false },
    ])
    const queued = (await queuedJobs(payload, 'sendLetzshopConfirmation')).filter(
      (job) => (job.input as { order: number }).order === order.id,
    )
    expect(queued).toHaveLength(1)

    standIn.configure({ failWith: 503 })
    const down = await runTask(payload, 'sendLetzshopConfirmation', { order: order.id })
    expect(down.status).not.toBe('success')
    expect(standIn.calls.filter((c) => c.shop === shop.slug)).toEqual([])

    standIn.configure({})
    expect((await runTask(payload, 'sendLetzshopConfirmation', { order: order.id })).status).toBe('success')
    expect(standIn.calls.filter((c) => c.shop === shop.slug)).toEqual([
      { shop: shop.slug, kind: 'confirm', inventoryUnitId: bowl, isAvailable: true },
      { shop: shop.slug, kind: 'tracking', shipmentId: order.externalId, code: 'LU123' },
    ])
    const declined = await call('POST', url, token, { units: [{ id: mug, action: 'decline' }] })
    expect(declined.body.order.status).toBe('confirmed')
    expect((await call('POST', url, token, { units: [{ id: mug, action: 'confirm' }] })).status).toBe(409)
    await runTask(payload, 'sendLetzshopConfirmation', { order: order.id })
    expect(standIn.shipmentsOf(shop.slug)[0].inventoryUnits.map((unit) => unit.state)).toEqual([
      'confirmed_available',
      'confirmed_unavailable',
    ])
  })
})

describe('isolation', () => {
  it('another vendor’s orders, connection and key are never visible or changeable', async () => {
    const victim = await connected(9, 2)
    await sync(victim.vendor)
    const [order] = await ordersOf(victim.vendor)
    const attacker = await owner()
    await call('PUT', '/api/vendor/letzshop/connection', attacker.token, { apiKey: keyOf(shops[0]) })

    const theirs = `?vendor=${victim.vendor.slug}`
    expect((await call('GET', `/api/vendor/letzshop/sync${theirs}`, attacker.token)).status).toBe(403)
    expect((await call('DELETE', `/api/vendor/letzshop/connection${theirs}`, attacker.token)).status).toBe(403)
    expect((await call('POST', `/api/vendor/letzshop/sync${theirs}`, attacker.token)).status).toBe(403)
    const confirm = await call('POST', `/api/vendor/orders/${order.id}/letzshop-confirmation`, attacker.token, {
      units: [{ id: order.lines![0].letzshopUnitId, action: 'decline' }],
    })
    expect(confirm.status).toBe(404)

    const connection = (await connectionOf(victim.vendor))!
    const list = await call('GET', '/api/letzshop-connections?limit=100', attacker.token)
    expect(list.body.docs.map((doc: { vendor: unknown }) => doc.vendor)).not.toContainEqual(victim.vendor.id)
    expect(
      (await call('GET', `/api/letzshop-connections/${connection.id}`, attacker.token)).status,
    ).toBeGreaterThanOrEqual(403)
    expect((await call('GET', `/api/orders/${order.id}`, attacker.token)).status).toBeGreaterThanOrEqual(403)
    const runs = await call('GET', '/api/letzshop-sync-runs?limit=100', attacker.token)
    expect(runs.body.docs.every((doc: { vendor: { id: number } | number }) => doc.vendor !== victim.vendor.id)).toBe(
      true,
    )
    // Not even its owner, nor a super admin, reads or writes the sealed key over REST.
    const own = await call('GET', `/api/letzshop-connections/${connection.id}`, victim.token)
    expect(own.status).toBe(200)
    expect(own.body.apiKeySealed).toBeUndefined()
    expect(own.body.keyLast4).toBe(keyOf(shops[9]).slice(-4))
    const admin = await createUser(payload, ['super-admin'])
    expect(
      (await call('GET', `/api/letzshop-connections/${connection.id}`, admin.token)).body.apiKeySealed,
    ).toBeUndefined()
    const write = await call('PATCH', `/api/letzshop-connections/${connection.id}`, victim.token, { status: 'active' })
    expect(write.status).toBe(403)
  })

  it('no API key appears in any answer, log line, error or job', async () => {
    const keys = shops.map(keyOf)
    const seen = JSON.stringify(answers) + logged.join('\n')
    for (const key of [...keys, 'lsk_test_revoked-key']) expect(seen).not.toContain(key)
    const jobs = await rawDb(payload).execute(
      `SELECT input::text AS input, error::text AS error FROM payload_jobs` as never,
    )
    expect(JSON.stringify(jobs.rows)).not.toMatch(/lsk_test_/)
  })
})
