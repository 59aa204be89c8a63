import fc from 'fast-check'
import { createLocalReq, type Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { deleteExpiredOrderIdempotencyKeys } from '@/services/orders/orderIdempotency'

import { type AppHttpServer, startAppHttpServer } from '../../helpers/appHttpServer'
import { createUser, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let pool: Pool
let server: AppHttpServer
let platform: Platform
let one: SubscriptionTier
let ten: SubscriptionTier
let many: SubscriptionTier

async function shop(tier: SubscriptionTier = ten) {
  const vendor = await createVendor(payload, [{ platform, tier }])
  const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  return { vendor, token }
}

const orderBody = (extra: Record<string, unknown> = {}) => ({
  platform: platform.id,
  customerName: 'Anne Muller',
  lines: [{ description: 'Wallet', quantity: 2, unitPrice: 3450 }],
  ...extra,
})

/** POST /api/orders over a real socket, with the Idempotency-Key header when `key` is a string. */
async function order(token: string, key: string | undefined, body: Record<string, unknown> = orderBody()) {
  const response = await fetch(`${server.url}/api/orders`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `JWT ${token}`,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null }
}

const ordersOf = async (vendor: Vendor) =>
  (await payload.count({ collection: 'orders', where: { vendor: { equals: vendor.id } }, overrideAccess: true }))
    .totalDocs

const ordersThisPeriod = async (vendor: Vendor) =>
  (await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })).docs[0]
    .ordersThisPeriod

const storedKeys = async (vendor: Vendor) =>
  (await pool.query(`SELECT count(*)::int AS n FROM order_idempotency_keys WHERE vendor_id = $1`, [vendor.id])).rows[0]
    .n as number

beforeAll(async () => {
  payload = await testPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  server = await startAppHttpServer()
  ;({
    platform,
    tiers: [one, ten, many],
  } = await omsPlatform(payload, [
    { code: `one${uid()}`, limits: { ordersPerMonth: 1 }, features: ['cms_basic'] },
    { code: `ten${uid()}`, limits: { ordersPerMonth: 10 }, features: ['cms_basic'] },
    { code: `many${uid()}`, limits: { ordersPerMonth: 1000 }, features: ['cms_basic'] },
  ]))
})

afterAll(async () => {
  await server?.close()
})

describe('Idempotency-Key on POST /api/orders', () => {
  it('replays the first answer for a retry with the same key and body: one order, counted once', async () => {
    const { vendor, token } = await shop()
    const key = `retry-${uid()}`
    const first = await order(token, key)
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()

    const again = await order(token, key)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.body).toEqual(first.body)
    expect(await ordersOf(vendor)).toBe(1)
    expect(await ordersThisPeriod(vendor)).toBe(1)

    // Without a key nothing changes: every request is a new order.
    expect((await order(token, undefined)).status).toBe(201)
    expect((await order(token, undefined)).headers.get('idempotent-replayed')).toBeNull()
    expect(await ordersOf(vendor)).toBe(3)
  })

  it('refuses the same key with another body (400), creating nothing', async () => {
    const { vendor, token } = await shop()
    const key = `other-body-${uid()}`
    expect((await order(token, key)).status).toBe(201)
    const other = await order(token, key, orderBody({ customerName: 'Someone Else' }))
    expect(other.status).toBe(400)
    expect(other.body.errors[0].message).toContain('Idempotency-Key')
    expect(other.body.errors[0].message).toContain('another request')
    expect(await ordersOf(vendor)).toBe(1)
    expect(await ordersThisPeriod(vendor)).toBe(1)
  })

  it('creates one order for two requests sent at once with the same key', async () => {
    const { vendor, token } = await shop()
    const key = `together-${uid()}`
    const answers = await Promise.all([order(token, key), order(token, key), order(token, key)])
    const created = answers.filter((answer) => answer.status === 201)
    expect(created.length).toBeGreaterThanOrEqual(1)
    for (const answer of answers) expect([201, 409]).toContain(answer.status)
    expect(new Set(created.map((answer) => answer.body.doc.id)).size).toBe(1)
    expect(await ordersOf(vendor)).toBe(1)
    expect(await ordersThisPeriod(vendor)).toBe(1)
  })

  it('answers 409 while the first request with the key is still running, then replays it', async () => {
    const { vendor, token } = await shop()
    const key = `in-flight-${uid()}`
    // Hold the vendor's subscription row: the first request waits on it when it counts the order, its key taken.
    const holder = await pool.connect()
    let first: Promise<Awaited<ReturnType<typeof order>>> | undefined
    try {
      await holder.query('BEGIN')
      await holder.query('SELECT 1 FROM vendor_subscriptions WHERE vendor_id = $1 FOR UPDATE', [vendor.id])
      first = order(token, key)
      await waitForLockWaiter((holder as unknown as { processID: number }).processID)
      const meanwhile = await order(token, key)
      expect(meanwhile.status).toBe(409)
      expect(meanwhile.body.errors[0].message).toContain('Idempotency-Key')
      expect(meanwhile.body.errors[0].message).toContain('still in progress')
    } finally {
      await holder.query('ROLLBACK')
      holder.release()
    }
    const done = await first!
    expect(done.status).toBe(201)
    const replayed = await order(token, key)
    expect(replayed.status).toBe(201)
    expect(replayed.headers.get('idempotent-replayed')).toBe('true')
    expect(replayed.body.doc.id).toBe(done.body.doc.id)
    expect(await ordersOf(vendor)).toBe(1)
  })

  it("keeps keys per vendor: the same key and body of two vendors makes two orders, neither sees the other's", async () => {
    const alice = await shop()
    const bob = await shop()
    const key = `shared-${uid()}`
    const hers = await order(alice.token, key)
    const his = await order(bob.token, key)
    expect(hers.status).toBe(201)
    expect(his.status).toBe(201)
    expect(his.headers.get('idempotent-replayed')).toBeNull()
    expect(his.body.doc.id).not.toBe(hers.body.doc.id)
    expect(his.body.doc.vendor.id ?? his.body.doc.vendor).toBe(bob.vendor.id)
    expect(JSON.stringify(his.body)).not.toContain(`"id":${hers.body.doc.id},`)
    expect(await ordersOf(alice.vendor)).toBe(1)
    expect(await ordersOf(bob.vendor)).toBe(1)
    // Each retry replays its own vendor's order.
    expect((await order(bob.token, key)).body.doc.id).toBe(his.body.doc.id)
    expect((await order(alice.token, key)).body.doc.id).toBe(hers.body.doc.id)
  })

  it('refuses a malformed key with 400 naming the header, creating nothing', async () => {
    const { vendor, token } = await shop()
    for (const key of ['', 'x'.repeat(256), 'clé-de-commande', 'with space']) {
      const answer = await order(token, key)
      expect(answer.status, JSON.stringify(key)).toBe(400)
      expect(answer.body.errors[0].message).toContain('Idempotency-Key')
    }
    expect((await order(token, 'k'.repeat(255))).status).toBe(201)
    expect(await ordersOf(vendor)).toBe(1)
  })

  it('answers any header value with 201 or 400, never a 5xx; one order per key accepted (property)', async () => {
    const { vendor, token } = await shop(many)
    // Whatever an HTTP client can put in a header: printable ASCII, Latin-1, tabs; short keys repeat.
    const char = fc.constantFrom(...'aZ09-_.:/ \té~%"\'<>{}'.split(''))
    const key = fc.oneof(
      fc.constantFrom('a', 'b', 'key-1', 'key-1 '),
      fc.string({ unit: char, maxLength: 12 }),
      fc.string({ unit: char, minLength: 250, maxLength: 260 }),
    )
    let created = 0
    await fc.assert(
      fc.asyncProperty(key, async (value) => {
        const answer = await order(token, value)
        expect([201, 400], `${JSON.stringify(value)}: ${JSON.stringify(answer.body)}`).toContain(answer.status)
        if (answer.status === 400) expect(answer.body.errors[0].message).toContain('Idempotency-Key')
        else if (answer.headers.get('idempotent-replayed') !== 'true') created++
      }),
      { numRuns: 80, seed: 20261208 },
    )
    expect(await ordersOf(vendor)).toBe(created)
    expect(created).toBeGreaterThan(0)
  })

  it('lets browsers of the trusted origins send the header (CORS preflight)', async () => {
    const preflight = await fetch(`${server.url}/api/orders`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    })
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/)
    expect(allowed).toContain('idempotency-key')
  })

  it('stores no key for a refused create: after an upgrade the same key creates the order', async () => {
    const { vendor, token } = await shop(one)
    expect((await order(token, undefined)).status).toBe(201)
    const key = `after-upgrade-${uid()}`
    const refused = await order(token, key)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('Order limit reached')
    expect(await storedKeys(vendor)).toBe(0)

    const subscription = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } } })
    ).docs[0]
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { tier: ten.id } })
    const retried = await order(token, key)
    expect(retried.status).toBe(201)
    expect(retried.headers.get('idempotent-replayed')).toBeNull()
    expect(await storedKeys(vendor)).toBe(1)
    expect((await order(token, key)).headers.get('idempotent-replayed')).toBe('true')
    expect(await ordersOf(vendor)).toBe(2)
    expect(await ordersThisPeriod(vendor)).toBe(2)
  })
})

describe('retention', () => {
  it('keeps a key 24 hours: older ones are deleted (by cleanupStale), and the key then creates a new order', async () => {
    const { vendor, token } = await shop()
    const [old, recent] = [`old-${uid()}`, `recent-${uid()}`]
    expect((await order(token, old)).status).toBe(201)
    expect((await order(token, recent)).status).toBe(201)
    const now = new Date()
    await pool.query(
      `UPDATE order_idempotency_keys SET created_at = $3::timestamptz - interval '24 hours 1 second'
        WHERE vendor_id = $1 AND key = $2`,
      [vendor.id, old, now.toISOString()],
    )
    const req = await createLocalReq({}, payload)
    expect(await deleteExpiredOrderIdempotencyKeys(req, now)).toBeGreaterThanOrEqual(1)
    expect(await storedKeys(vendor)).toBe(1)
    expect((await order(token, recent)).headers.get('idempotent-replayed')).toBe('true')
    const afterRetention = await order(token, old)
    expect(afterRetention.status).toBe(201)
    expect(afterRetention.headers.get('idempotent-replayed')).toBeNull()
    expect(await ordersOf(vendor)).toBe(3)
  })
})

/** Waits until a backend is blocked on a lock held by the backend `holderPid`. */
async function waitForLockWaiter(holderPid: number): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
      [holderPid],
    )
    if (rows[0].n > 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('no request waited on the held subscription row')
}
