import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { statusOf } from '@/endpoints/domainErrors'
import { migrations } from '@/migrations'
import type { User, Vendor } from '@/payload-types'
import { clientErrors } from '@/plugins/strictInput/clientErrors'
import { DomainError } from '@/services/errors'
import { claimLetzshopShop } from '@/services/letzshop/claims'
import { parseVendorReference } from '@/services/letzshop/vendorReference'
import { clearLetzshopCache } from '@/services/letzshop/vendors'
import { consumeRateLimit, RateLimitExceededError, type RateLimitRule } from '@/services/rateLimit'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'
import { type LetzshopStandIn, startLetzshopStandIn } from '../../../scripts/stand-ins/letzshop/server'
import { createUser, createVendor, uid } from '../../helpers/fixtures'
import { runAgainst } from '../../helpers/migrateDatabase'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let standIn: LetzshopStandIn
let addressCounter = 0
/** Each test asks from its own client address (TRUST_PROXY is on here), so per-address limits stay apart. */
const newAddress = () => `10.${process.pid % 250}.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`

const get = (path: string, address = newAddress(), headers: Record<string, string> = {}) =>
  rest('GET', path, { headers: { 'X-Forwarded-For': address, ...headers } })
const lookup = (params: Record<string, string>, address?: string) =>
  get(`/api/platform/letzshop-vendors/lookup?${new URLSearchParams(params)}`, address)
const search = (q: string, address?: string) =>
  get(`/api/platform/letzshop-vendors?${new URLSearchParams({ q })}`, address)

beforeAll(async () => {
  payload = await testPayload()
  standIn = await startLetzshopStandIn({ port: 0 })
  process.env.LETZSHOP_API_URL = standIn.url
  process.env.LETZSHOP_TIMEOUT_MS = '400'
  process.env.TRUST_PROXY = '1'
})

afterEach(() => {
  standIn.configure({})
  process.env.LETZSHOP_API_URL = standIn.url
  delete process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN
  delete process.env.RATE_LIMIT_LOOKUPS_PER_TARGET_PER_10_MIN
})

afterAll(async () => {
  await standIn?.close()
})

describe('Letzshop vendor references', () => {
  const good = [
    'cafe-de-la-gare',
    'Cafe-De-La-Gare',
    '  cafe-de-la-gare  ',
    'https://letzshop.lu/fr/vendors/cafe-de-la-gare',
    'https://letzshop.lu/de/vendors/cafe-de-la-gare/',
    'https://letzshop.lu/en/vendors/cafe-de-la-gare?utm_source=newsletter&ref=1',
    'https://letzshop.lu/vendors/cafe-de-la-gare',
    'https://www.letzshop.lu/fr/vendors/cafe-de-la-gare#reviews',
    'https://www.letzshop.lu/en/vendors/cafe-de-la-gare/?page=2#top',
    'http://letzshop.lu/fr/vendors/cafe-de-la-gare',
    'letzshop.lu/fr/vendors/cafe-de-la-gare',
    'www.letzshop.lu/de/vendors/cafe-de-la-gare/',
    'HTTPS://LETZSHOP.LU/FR/VENDORS/CAFE-DE-LA-GARE',
  ]
  const bad = [
    '',
    '   ',
    'café de la gare',
    'cafe--de-la-gare',
    '-cafe',
    'a'.repeat(101),
    'https://evil.lu/fr/vendors/cafe-de-la-gare',
    'https://letzshop.lu.evil.com/fr/vendors/cafe-de-la-gare',
    'https://evil.com/?https://letzshop.lu/fr/vendors/cafe-de-la-gare',
    'https://letzshop.lu/it/vendors/cafe-de-la-gare',
    'https://letzshop.lu/fr/products/cafe-de-la-gare',
    'https://letzshop.lu/fr/vendors/',
    'https://letzshop.lu/fr/vendors/cafe-de-la-gare/products',
    'https://letzshop.lu/fr/fr/vendors/cafe-de-la-gare',
    'https://letzshop.lu/fr/vendors/%2e%2e',
    'https://letzshop.lu/fr/vendors/caf%C3%A9',
    'https://user:secret@letzshop.lu/fr/vendors/cafe-de-la-gare',
    'https://letzshop.lu:8443/fr/vendors/cafe-de-la-gare',
    'ftp://letzshop.lu/fr/vendors/cafe-de-la-gare',
    'javascript:alert(1)',
    `https://letzshop.lu/fr/vendors/${'a'.repeat(300)}`,
  ]

  it.each(good)('reads %j as the slug cafe-de-la-gare, and the lookup finds the shop', async (reference) => {
    expect(parseVendorReference(reference)).toBe('cafe-de-la-gare')
    const isUrl = reference.includes('/')
    const answer = await lookup(isUrl ? { url: reference } : { slug: reference })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      slug: 'cafe-de-la-gare',
      name: 'Café de la Gare',
      city: 'Luxembourg',
      claimed: false,
    })
  })

  it.each(bad)('refuses %j with a 400 saying what to paste', async (reference) => {
    expect(parseVendorReference(reference)).toBeNull()
    for (const params of [{ url: reference }, { slug: reference }] as Record<string, string>[]) {
      const answer = await lookup(params)
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toContain('https://letzshop.lu/fr/vendors/your-shop')
    }
  })

  it('wants exactly one of url and slug', async () => {
    for (const params of [{}, { url: 'cafe-de-la-gare', slug: 'cafe-de-la-gare' }] as Record<string, string>[]) {
      const answer = await lookup(params)
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toContain('one of the two')
    }
  })

  it('answers 404 for a shop Letzshop does not have, and in the language asked for', async () => {
    const answer = await lookup({ url: 'https://letzshop.lu/fr/vendors/no-such-shop' })
    expect(answer.status).toBe(404)
    expect(answer.body.errors[0].message).toContain('no-such-shop')
    const french = await get('/api/platform/letzshop-vendors/lookup?slug=no-such-shop', newAddress(), {
      'Accept-Language': 'fr',
    })
    expect(french.body.errors[0].message).toContain('Il n’y a pas de boutique « no-such-shop »')
  })
})

describe('GET /api/platform/letzshop-vendors?q=', () => {
  it('finds shops by name regardless of accents and case, and by city', async () => {
    const epicerie = await search('EPICERIE')
    expect(epicerie.status).toBe(200)
    expect(epicerie.body.vendors).toEqual([
      expect.objectContaining({
        id: '1006',
        slug: 'epicerie-fine-gaspard',
        name: 'Épicerie fine Gaspard',
        city: 'Differdange',
        claimed: false,
      }),
    ])
    const city = await search('luxembourg')
    expect(city.body.vendors.map((shop: { slug: string }) => shop.slug).sort()).toEqual([
      'cafe-de-la-gare',
      'grand-duchy-tea-house',
      'velo-atelier-kirchberg',
    ])
    const none = await search('zzz nothing')
    expect(none.body.vendors).toEqual([])
  })

  it('wants 2 to 100 characters', async () => {
    for (const path of [
      '/api/platform/letzshop-vendors',
      '/api/platform/letzshop-vendors?q=a',
      '/api/platform/letzshop-vendors?q=%20%20x%20',
      `/api/platform/letzshop-vendors?q=${'a'.repeat(101)}`,
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(400)
      expect(answer.body.errors[0].message).toContain('between 2 and 100 characters')
    }
    // A NUL byte is refused before the length rule, naming the parameter (parseInput, as for every endpoint).
    const nul = await get('/api/platform/letzshop-vendors?q=ab%00cd')
    expect(nul.status).toBe(400)
    expect(nul.body.errors[0].message).toMatch(/^q: .*NUL/)
  })

  it('serves a repeated search and lookup from the cache, not from Letzshop', async () => {
    clearLetzshopCache()
    const before = standIn.requestCount
    expect((await search('Bücherstube')).body.vendors).toHaveLength(1)
    expect((await search('  bücherstube ')).body.vendors).toHaveLength(1)
    expect(standIn.requestCount).toBe(before + 1)
    expect((await lookup({ slug: 'buecherstube-wiltz' })).status).toBe(200)
    expect((await lookup({ url: 'https://letzshop.lu/de/vendors/buecherstube-wiltz/' })).status).toBe(200)
    expect(standIn.requestCount).toBe(before + 2)
  })
})

describe('claimed shops', () => {
  it('says claimed: true for a shop a vendor has claimed (by Letzshop id, or by slug on older records)', async () => {
    await payload.create({
      collection: 'vendors',
      data: { name: 'Tea', slug: `tea-${uid()}`, letzshopVendorId: '1009', letzshopSlug: 'grand-duchy-tea-house' },
    })
    await payload.create({
      collection: 'vendors',
      data: { name: 'Velo', slug: `velo-${uid()}`, letzshopSlug: 'velo-atelier-kirchberg' },
    })
    expect((await lookup({ slug: 'grand-duchy-tea-house' })).body).toMatchObject({ id: '1009', claimed: true })
    const city = await search('luxembourg')
    const claimed = Object.fromEntries(
      city.body.vendors.map((shop: { slug: string; claimed: boolean }) => [shop.slug, shop.claimed]),
    )
    expect(claimed).toEqual({ 'cafe-de-la-gare': false, 'grand-duchy-tea-house': true, 'velo-atelier-kirchberg': true })
  })
})

describe('Letzshop down or slow', () => {
  it('answers 502 when Letzshop fails, saying the step can be skipped', async () => {
    for (const failWith of [503, 500, 'graphql'] as const) {
      clearLetzshopCache()
      standIn.configure({ failWith })
      for (const answer of [await lookup({ slug: 'boulangerie-hoffmann' }), await search('boulangerie')]) {
        expect(answer.status, String(failWith)).toBe(502)
        expect(answer.body.errors[0].message).toContain('skip this step: you can claim your shop later from the admin')
      }
    }
  })

  it('answers 502 when Letzshop cannot be reached', async () => {
    const gone = await startLetzshopStandIn({ port: 0 })
    await gone.close()
    process.env.LETZSHOP_API_URL = gone.url
    const answer = await lookup({ slug: 'boulangerie-hoffmann' })
    expect(answer.status).toBe(502)
    expect(answer.body.errors[0].message).toContain('cannot be reached')
  })

  it('answers 504 when Letzshop is too slow, and does not cache the failure', async () => {
    clearLetzshopCache()
    standIn.configure({ delayMs: 2_000 })
    const started = Date.now()
    const answer = await lookup({ slug: 'schreinerei-weber' })
    expect(answer.status).toBe(504)
    expect(answer.body.errors[0].message).toContain('taking too long')
    expect(Date.now() - started).toBeLessThan(1_500)
    const french = await get('/api/platform/letzshop-vendors?q=weber', newAddress(), { 'Accept-Language': 'fr' })
    expect(french.status).toBe(504)
    expect(french.body.errors[0].message).toContain('passez cette étape')

    standIn.configure({})
    expect((await lookup({ slug: 'schreinerei-weber' })).status).toBe(200)
  })

  it('keeps those messages in a production build, where Payload would hide a 5xx message', async () => {
    // Minified, APIError's name is '' and Payload's formatErrors answers "An unknown error occurred.": the
    // strictInput hook answers instead for errors thrown as public with a status other than 500.
    const req = { url: 'http://localhost/api/platform/letzshop-vendors', headers: new Headers() } as never
    const thrown = (status: number, isPublic: boolean) =>
      Object.assign(new Error('Letzshop is down'), { name: '', status, isPublic })
    const hook = (status: number, isPublic: boolean) => clientErrors({ error: thrown(status, isPublic), req } as never)
    expect(await hook(502, true)).toEqual({ status: 502, response: { errors: [{ message: 'Letzshop is down' }] } })
    expect(await hook(504, true)).toEqual({ status: 504, response: { errors: [{ message: 'Letzshop is down' }] } })
    expect(await hook(500, true)).toBeUndefined()
    expect(await hook(502, false)).toBeUndefined()
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After once an address has used its lookups; other addresses go on', async () => {
    process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN = '3'
    const address = newAddress()
    // A client cannot escape by prepending its own X-Forwarded-For entries: the nearest proxy's entry counts.
    const answers = [
      await lookup({ slug: 'luxcraft-atelier' }, address),
      await search('luxcraft', `1.2.3.4, ${address}`),
      await lookup({ slug: 'nope nope' }, `5.6.7.8, ${address}`),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 400])
    const limited = await lookup({ slug: 'luxcraft-atelier' }, `9.9.9.9, ${address}`)
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(500)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(limited.body.errors[0].message).toBe(`Too many requests: try again in ${retryAfter} seconds.`)
    expect((await search('luxcraft', address)).status).toBe(429)

    expect((await lookup({ slug: 'luxcraft-atelier' })).status).toBe(200)
  })

  it('limits lookups of one shop from all addresses together', async () => {
    process.env.RATE_LIMIT_LOOKUPS_PER_TARGET_PER_10_MIN = '2'
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await lookup({ slug: 'naturkosmetik-echternach' })).status)
    expect(statuses).toEqual([200, 200, 429])
    expect((await lookup({ slug: 'fleurs-et-plantes-muller' })).status).toBe(200)
  })

  it('counts in PostgreSQL: two app instances (two pools, two limiter objects) share one count', async () => {
    const url = process.env.DATABASE_URL!
    const pools = [new pg.Pool({ connectionString: url, max: 2 }), new pg.Pool({ connectionString: url, max: 2 })]
    const rule: RateLimitRule = { name: `shared-${uid()}`, envVar: 'NONE', points: 3, durationSeconds: 60 }
    try {
      await consumeRateLimit(pools[0], rule, '192.0.2.1')
      await consumeRateLimit(pools[1], rule, '192.0.2.1')
      await consumeRateLimit(pools[0], rule, '192.0.2.1')
      const refused = await consumeRateLimit(pools[1], rule, '192.0.2.1').catch((error) => error)
      expect(refused).toBeInstanceOf(RateLimitExceededError)
      expect(refused.retryAfterSeconds).toBeGreaterThan(50)
      await consumeRateLimit(pools[1], rule, '192.0.2.2')
      // Any key is stored, however long or odd (hashed then).
      await consumeRateLimit(pools[0], rule, `search:a\u0000b${'x'.repeat(500)}`)
    } finally {
      await Promise.all(pools.map((pool) => pool.end()))
    }
  })

  it('refuses a limit setting that is not a whole number', async () => {
    process.env.RATE_LIMIT_LOOKUPS_PER_10_MIN = 'lots'
    const answer = await lookup({ slug: 'luxcraft-atelier' })
    expect(answer.status).toBe(500)
  })
})

describe('claiming a shop', () => {
  /** A request with its own transaction, as an endpoint that claims inside its transaction would have. */
  async function transactionRequest(user?: User) {
    const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
    await initTransaction(req)
    return req
  }

  async function claimInTransaction(vendorId: number, reference: string, user?: User) {
    const req = await transactionRequest(user)
    try {
      const result = await claimLetzshopShop(req, vendorId, reference)
      await commitTransaction(req)
      return result
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  const status = (error: unknown) => (error instanceof DomainError ? statusOf(error) : error)

  it('links the vendor to the shop, once; a second vendor gets a 409, and so does a vendor with another shop', async () => {
    const [first, second] = [await createVendor(payload, []), await createVendor(payload, [])]
    const { vendor, shop } = await claimInTransaction(first.id, 'https://letzshop.lu/de/vendors/kachen-cafe/')
    expect(shop).toMatchObject({ id: '1004', slug: 'kachen-cafe' })
    expect(vendor).toMatchObject({ letzshopVendorId: '1004', letzshopSlug: 'kachen-cafe' })
    expect(Date.now() - new Date(vendor.letzshopClaimedAt!).getTime()).toBeLessThan(10_000)

    expect((await claimInTransaction(first.id, 'kachen-cafe')).vendor.letzshopClaimedAt).toBe(vendor.letzshopClaimedAt)
    const taken = await claimInTransaction(second.id, 'kachen-cafe').catch((error) => error)
    expect(status(taken)).toBe(409)
    expect(taken.message).toContain('already claimed by another account')
    const other = await claimInTransaction(first.id, 'cafe-de-la-gare').catch((error) => error)
    expect(status(other)).toBe(409)
    expect(other.message).toContain('already linked to the Letzshop shop "kachen-cafe"')
    expect((await lookup({ slug: 'kachen-cafe' })).body.claimed).toBe(true)
  })

  it('refuses a bad reference (400) and an unknown shop (404)', async () => {
    const vendor = await createVendor(payload, [])
    expect(status(await claimInTransaction(vendor.id, 'https://example.com/shop').catch((error) => error))).toBe(400)
    expect(status(await claimInTransaction(vendor.id, 'no-such-shop').catch((error) => error))).toBe(404)
  })

  it('two parallel claims of one shop: one vendor wins, the other gets a 409', async () => {
    const vendors = [await createVendor(payload, []), await createVendor(payload, [])]
    const results = await Promise.allSettled(
      vendors.map((vendor) => claimInTransaction(vendor.id, 'https://letzshop.lu/fr/vendors/chocolaterie-eislek')),
    )
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const lost = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
    expect(status(lost.reason)).toBe(409)
    const owners = await payload.find({ collection: 'vendors', where: { letzshopVendorId: { equals: '1011' } } })
    expect(owners.docs).toHaveLength(1)
  })

  it('the unique index decides when both claims pass the check before either commits', async () => {
    const [first, second] = [await createVendor(payload, []), await createVendor(payload, [])]
    const firstReq = await transactionRequest()
    await claimLetzshopShop(firstReq, first.id, 'moselle-wines')
    // The second claim sees no committed owner, so it reaches the insert and waits on the unique index.
    let settled = false
    const secondResult = claimInTransaction(second.id, 'moselle-wines').then(
      () => 'claimed',
      (error) => status(error),
    )
    void secondResult.finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(settled).toBe(false)
    await commitTransaction(firstReq)
    expect(await secondResult).toBe(409)
    const stored = await payload.findByID({ collection: 'vendors', id: second.id })
    expect(stored.letzshopVendorId ?? null).toBeNull()
  })

  it('the owner can claim later from the admin (their request), but cannot type the claim fields in', async () => {
    const vendor: Vendor = await createVendor(payload, [])
    const { user, token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const typed = await rest('PATCH', `/api/vendors/${vendor.id}`, {
      token,
      body: { letzshopSlug: 'epicerie-fine-gaspard' },
    })
    expect(typed.status).toBe(403)
    const { vendor: claimed } = await claimInTransaction(vendor.id, 'epicerie-fine-gaspard', user)
    expect(claimed).toMatchObject({ letzshopVendorId: '1006', letzshopSlug: 'epicerie-fine-gaspard' })
  })
})

describe('letzshop_vendor_unique migration', () => {
  const serverUrl = inject('serverUrl')
  const name = uniqueDatabaseName('migletzshop')
  const position = migrations.findIndex((migration) => migration.name.endsWith('_letzshop_vendor_unique'))

  afterAll(() => dropDatabase(serverUrl, name))

  it('stops on two vendors claiming one shop, naming them; empty claims become none', async () => {
    const url = await createDatabase(serverUrl, name)
    runAgainst(url, 'tests/helpers/migrateTo.ts', [String(position)])
    const db = new pg.Client({ connectionString: url })
    await db.connect()
    try {
      await db.query(
        `INSERT INTO vendors (name, slug, letzshop_vendor_id) VALUES ('A', 'a', '77'), ('B', 'b', '77'), ('C', 'c', ''), ('D', 'd', ' ')`,
      )
      expect(() => runAgainst(url, 'tests/helpers/migrateTo.ts', [String(position + 1)])).toThrow(
        /Letzshop shop 77 \(vendors \d+, \d+\)/,
      )
      await db.query(`UPDATE vendors SET letzshop_vendor_id = NULL WHERE slug = 'b'`)
      runAgainst(url, 'tests/helpers/migrateTo.ts', [String(position + 1)])
      const { rows } = await db.query(`SELECT slug, letzshop_vendor_id FROM vendors ORDER BY slug`)
      expect(rows).toEqual([
        { slug: 'a', letzshop_vendor_id: '77' },
        { slug: 'b', letzshop_vendor_id: null },
        { slug: 'c', letzshop_vendor_id: null },
        { slug: 'd', letzshop_vendor_id: null },
      ])
      await expect(db.query(`UPDATE vendors SET letzshop_vendor_id = '77' WHERE slug = 'b'`)).rejects.toThrow(/unique/)
    } finally {
      await db.end()
    }
  }, 120_000)
})
