/**
 * Property: whatever malformed input anyone sends to any collection or custom endpoint, the answer is not a
 * 5xx, and a refused request changes nothing in the database. Runs on a database of its own (other test
 * files write to the shared one in parallel), with a fixed seed and a fixed number of cases.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import type { FlattenedField, Payload, SanitizedConfig } from 'payload'
import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'
import { startLetzshopStandIn } from '../../../scripts/stand-ins/letzshop/server'
import { startStripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { prepareDatabase } from '../../helpers/migrateDatabase'

const RUNS = Number(process.env.FUZZ_RUNS ?? 600)
const SEED = Number(process.env.FUZZ_SEED ?? 20261128)

const serverUrl = inject('serverUrl')
const databaseName = uniqueDatabaseName('fuzz')
// The Letzshop endpoints answer from the stand-in (a Letzshop that is down is a 502, not bad input).
const letzshop = await startLetzshopStandIn({ port: 0 })
process.env.LETZSHOP_API_URL = letzshop.url
// Stripe configured too: billing and the webhook then answer bad input themselves instead of 503 "not configured".
const stripe = await startStripeStandIn({ port: 0 })
Object.assign(process.env, {
  STRIPE_SECRET_KEY: 'sk_test_fuzz',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_fuzz',
  STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
  STRIPE_API_URL: stripe.url,
  STRIPE_MAX_NETWORK_RETRIES: '0',
})
process.env.DATABASE_URL = await createDatabase(serverUrl, databaseName)
prepareDatabase(process.env.DATABASE_URL)

const { default: configPromise } = await import('@payload-config')
const { nextRoutes, rest, testPayload } = await import('../../helpers/payload')
const { rawRequest } = await import('../../helpers/rawRequest')
const fixtures = await import('../../helpers/fixtures')

let config: SanitizedConfig
let payload: Payload
let tokens: Record<string, string | undefined>
/** A real id per collection, so that bodies reach field validation instead of a 404. */
const knownIds: Record<string, number> = {}
let snapshotSql: string

const snapshot = async (): Promise<string> =>
  (await (payload.db as unknown as PostgresAdapter).pool.query(snapshotSql)).rows[0].hash

beforeAll(async () => {
  config = await configPromise
  payload = await testPayload()
  ;(payload.db as unknown as PostgresAdapter).pool.on('error', () => {}) // the database is dropped at the end, with force
  const { platform, tiers } = await fixtures.omsPlatform(payload, [
    { code: 'fuzz', features: ['cms_basic', 'letzshop_sync'] },
  ])
  const vendor = await fixtures.createVendor(payload, [{ platform, tier: tiers[0] }])
  const owner = await fixtures.createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  const admin = await fixtures.createUser(payload, ['super-admin'])
  tokens = { anonymous: undefined, vendor: owner.token, admin: admin.token }
  await fixtures.createPage(payload, { platform, slug: 'about' })
  await fixtures.createPage(payload, { platform, vendor, slug: 'about' })
  await rest('POST', '/api/products', {
    token: owner.token,
    body: { vendor: vendor.id, platform: platform.id, title: 'P', sku: 'p1', price: 100 },
  })
  await rest('POST', '/api/orders', {
    token: owner.token,
    body: {
      vendor: vendor.id,
      platform: platform.id,
      customerName: 'C',
      lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
    },
  })
  for (const collection of config.collections) {
    const found = await payload.find({ collection: collection.slug, limit: 1, depth: 0 })
    if (found.docs[0]) knownIds[collection.slug] = found.docs[0].id as number
  }
  const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query(
    // rate_limits counts every request to a limited endpoint, refused ones included: that is its job.
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limits' ORDER BY table_name",
  )
  snapshotSql = `SELECT md5(string_agg(h, ',' ORDER BY t)) AS hash FROM (${rows
    .map(
      ({ table_name: table }: { table_name: string }) =>
        `SELECT '${table}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table}" x`,
    )
    .join(' UNION ALL ')}) s`
}, 120_000)

afterAll(async () => {
  await letzshop.close()
  await stripe.close()
  await payload?.db.destroy?.()
  await dropDatabase(serverUrl, databaseName)
})

// ---- generators ---------------------------------------------------------------------------------------

const junkString = fc.oneof(
  fc.constantFrom(
    'abc',
    '',
    ' ',
    'null',
    'undefined',
    'true',
    '12abc',
    '1e400',
    '-0',
    'NaN',
    'Infinity',
    'a\u0000b',
    '\u0000',
    '%00',
    "'; DROP TABLE users; --",
    '{"$gt":""}',
    '2026-13-45',
    '99999-01-01T00:00:00Z',
    '0001-01-01',
  ),
  fc.string({ maxLength: 12 }),
)
const junkNumber = fc.constantFrom(
  -1,
  0,
  1.5,
  -1.5,
  1e300,
  -1e300,
  99999999999,
  2147483648,
  Number.MAX_SAFE_INTEGER + 2,
  1e-300,
)
const junkScalar = fc.oneof(junkString, junkNumber, fc.boolean(), fc.constant(null))
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkScalar,
  fc.array(junkScalar, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'root', 'id', 'value', 'relationTo', 'blockType', '\u0000'), junkScalar, {
    maxKeys: 2,
  }),
  fc.constantFrom({ root: 1 }, { root: { type: 'paragraph', children: [] } }, [{}], [['x']], { 0: 'x' }),
)
const badId = fc.oneof(
  fc.constantFrom(
    'abc',
    '1.5',
    '99999999999999999999',
    '2147483648',
    '%00',
    '-1',
    '0',
    '1e3',
    '0x10',
    '%20',
    'null',
    '%2F..',
    '12abc',
    '00012',
  ),
  fc.string({ maxLength: 6 }).map(encodeURIComponent),
)

/** Wrong-typed values for a field, by its type (with a little plain junk). */
function wrongValue(field: FlattenedField): fc.Arbitrary<unknown> {
  const byType: Partial<Record<FlattenedField['type'], unknown[]>> = {
    text: [{ a: 1 }, ['a'], 12, true, 'nul\u0000'],
    textarea: [{ a: 1 }, 12, 'nul\u0000'],
    email: [{ a: 1 }, 12, 'a\u0000@b.test'],
    number: ['abc', '12abc', 1e300, { a: 1 }, [1], true, Number.MAX_SAFE_INTEGER * 4],
    checkbox: ['yes', 1, 'maybe', [true], { a: 1 }],
    date: ['not a date', '99999-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', 12, { a: 1 }, '2026-02-31T99:00:00Z'],
    select: ['nope', ['nope'], [1], { 0: 'x' }, 12],
    radio: ['nope', 12],
    relationship: ['abc', 1.5, 99999999999, -1, [1.5], { id: 'x' }, { relationTo: 'nope', value: 1 }, true],
    upload: ['abc', 1.5, -1],
    array: ['x', ['x.test'], [1], { a: 1 }, [[1]], 12],
    blocks: ['x', [{ blockType: 'nope' }], [1]],
    group: ['x', ['a'], 12],
    tab: ['x', 12],
    richText: [
      { root: 1 },
      'text',
      5,
      [],
      { root: { type: 'root' } },
      { root: { type: 'root', children: [1] } },
      { root: { type: 'root', children: [{ type: 'nope' }] } },
      { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] } },
      {
        root: {
          type: 'root',
          children: [{ type: 'link', fields: { doc: { relationTo: 'users', value: 'x' } }, children: [] }],
        },
      },
    ],
    json: ['a\u0000', { k: 'v\u0000' }],
    point: ['x', [1], ['a', 'b']],
  }
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(byType[field.type] ?? ['x'])), weight: 4 },
    { arbitrary: junkValue, weight: 1 },
  )
}

const dataFields = (fields: FlattenedField[]) => fields.filter((field) => field.type !== 'join' && field.name !== 'id')

function wrongBody(fields: FlattenedField[]): fc.Arbitrary<Record<string, unknown>> {
  const candidates = dataFields(fields)
  if (!candidates.length) return fc.dictionary(junkString, junkValue, { maxKeys: 2 })
  return fc
    .uniqueArray(fc.constantFrom(...candidates), { minLength: 1, maxLength: 3, selector: (field) => field.name })
    .chain((chosen) =>
      fc.tuple(...chosen.map((field) => wrongValue(field).map((value) => [field.name, value] as const))),
    )
    .map((entries) => Object.fromEntries(entries))
}

function queryParam(fields: FlattenedField[]): fc.Arbitrary<string> {
  const names = [
    ...dataFields(fields).map((field) => field.name),
    'id',
    'nope',
    'vendor.slug',
    'platform.code',
    'lines.quantity',
  ]
  const where = fc
    .tuple(
      fc.constantFrom(...names),
      fc.oneof(fc.constantFrom(...validOperators), junkString),
      fc.oneof(junkString, fc.constantFrom('1,2', 'abc,1', '1.5')),
    )
    .map(
      ([path, operator, value]) =>
        `where[${encodeURIComponent(path)}][${encodeURIComponent(operator)}]=${encodeURIComponent(value)}`,
    )
  const plain = fc
    .tuple(
      fc.constantFrom(
        'limit',
        'page',
        'depth',
        'sort',
        'select',
        'populate',
        'joins',
        'locale',
        'fallback-locale',
        'draft',
        'trash',
        'pagination',
        'where',
        'data',
      ),
      fc.oneof(junkString, junkNumber.map(String)),
    )
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
  const nested = fc
    .tuple(fc.constantFrom('select', 'populate', 'joins', 'where[or]', 'where[and]'), junkString, junkString)
    .map(([key, sub, value]) => `${key}[${encodeURIComponent(sub)}]=${encodeURIComponent(value)}`)
  return fc.array(fc.oneof(where, plain, nested), { minLength: 1, maxLength: 3 }).map((params) => params.join('&'))
}

const rawBody = fc.constantFrom(
  { body: 'null', contentType: 'application/json' },
  { body: '42', contentType: 'application/json' },
  { body: '[]', contentType: 'application/json' },
  { body: '"text"', contentType: 'application/json' },
  { body: '{"a":', contentType: 'application/json' },
  { body: '{"title":"x"}', contentType: 'text/plain' },
  { body: 'x=1', contentType: 'application/x-www-form-urlencoded' },
  { body: '--x\r\n', contentType: 'multipart/form-data; boundary=x' },
  { body: '{"title":"x"}', contentType: undefined },
)

type Case = { who: string; method: string; path: string; body?: unknown; raw?: { body: string; contentType?: string } }

function collectionCase(slug: string, fields: FlattenedField[]): fc.Arbitrary<Case> {
  const who = fc.constantFrom('anonymous', 'vendor', 'admin')
  const id = knownIds[slug]
  // Payload's own DELETE /api/payload-preferences/:key fails on Postgres whatever the key ("missing FROM-clause
  // entry", payload 3.90.2): a bug of that endpoint, not of input handling, so it is left out here.
  const methods = slug === 'payload-preferences' ? ['GET', 'PATCH'] : ['GET', 'PATCH', 'DELETE']
  const byBadId = fc
    .tuple(who, fc.constantFrom(...methods), badId, wrongBody(fields))
    .map(([w, method, bad, body]) => ({
      who: w,
      method,
      path: `/api/${slug}/${bad}`,
      body: method === 'PATCH' ? body : undefined,
    }))
  const list = fc
    .tuple(who, queryParam(fields))
    .map(([w, query]) => ({ who: w, method: 'GET', path: `/api/${slug}?${query}` }))
  const byId = fc
    .tuple(who, queryParam(fields))
    .map(([w, query]) => ({ who: w, method: 'GET', path: `/api/${slug}/${id ?? 1}?${query}` }))
  const create = fc
    .tuple(who, wrongBody(fields))
    .map(([w, body]) => ({ who: w, method: 'POST', path: `/api/${slug}`, body }))
  const update = fc
    .tuple(who, wrongBody(fields))
    .map(([w, body]) => ({ who: w, method: 'PATCH', path: `/api/${slug}/${id ?? 1}`, body }))
  const bulk = fc
    .tuple(who, fc.constantFrom('PATCH', 'DELETE'), queryParam(fields), wrongBody(fields))
    .map(([w, method, query, body]) => ({
      who: w,
      method,
      path: `/api/${slug}?${query}`,
      body: method === 'PATCH' ? body : undefined,
    }))
  const raw = fc.tuple(who, fc.constantFrom('POST', 'PATCH'), rawBody).map(([w, method, r]) => ({
    who: w,
    method,
    path: method === 'POST' ? `/api/${slug}` : `/api/${slug}/${id ?? 1}`,
    raw: r,
  }))
  return fc.oneof(byBadId, list, byId, create, update, bulk, raw)
}

function endpointCase(): fc.Arbitrary<Case> {
  const paths = [
    ...config.endpoints.map((endpoint) => ({ method: endpoint.method.toUpperCase(), path: endpoint.path })),
    ...Object.keys(nextRoutes).map((path) => ({ method: 'GET', path: path.replace(/^\/api/, '') })),
  ]
  return fc
    .tuple(
      fc.constantFrom('anonymous', 'vendor', 'admin'),
      fc.constantFrom(...paths),
      fc.array(fc.tuple(fc.constantFrom('vendor', 'platform', 'slug', 'locale', 'q', 'days'), junkString), {
        maxLength: 3,
      }),
      junkValue,
    )
    .map(([who, { method, path }, params, body]) => ({
      who,
      method,
      path: `/api${path.replace(/:(\w+)/g, 'x%00')}?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`,
      body: method === 'GET' ? undefined : body,
    }))
}

// ---- the property -------------------------------------------------------------------------------------

describe('malformed input, generated', () => {
  it(`never answers 5xx and never changes data on a refusal (${RUNS} cases, seed ${SEED})`, async () => {
    const arbitrary = fc.oneof(
      // Collections with `endpoints: false` (payload-migrations) have no REST API: Payload answers 501 there.
      ...config.collections
        .filter((collection) => collection.endpoints !== false)
        .map((collection) => ({ arbitrary: collectionCase(collection.slug, collection.flattenedFields), weight: 3 })),
      { arbitrary: endpointCase(), weight: 2 },
    )
    let before = await snapshot()
    let refused = 0
    await fc.assert(
      fc.asyncProperty(arbitrary, async (c) => {
        const token = tokens[c.who]
        const response = c.raw
          ? await rawRequest(c.method, c.path, { token, ...c.raw })
          : await rest(c.method, c.path, { token, body: c.body }).catch((error: Error) => ({
              status: 599,
              body: String(error),
            }))
        const label = `${c.who} ${c.method} ${c.path} ${JSON.stringify(c.body ?? c.raw ?? null)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`
        expect(response.status, label).toBeLessThan(500)
        const after = await snapshot()
        if (response.status >= 400) {
          refused++
          expect(after, `data changed after a refused request: ${label}`).toBe(before)
        }
        before = after
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    expect(refused).toBeGreaterThan(RUNS / 2)
  }, 120_000)
})
