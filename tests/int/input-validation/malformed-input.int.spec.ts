import config from '@payload-config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Order, Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { MAX_LIMIT } from '@/plugins/strictInput/limits'

import { createPage, createPlatform, createUser, createVendor, omsPlatform } from '../../helpers/fixtures'
import { invoicingShop, invoicingWorld, issue, linesInvoice, LU_CONSUMER, newInvoice } from '../../helpers/invoicing'
import { rest, type RestResponse, testPayload } from '../../helpers/payload'
import { rawRequest } from '../../helpers/rawRequest'

let payload: Payload
let admin: string
let owner: string
let platform: Platform
let tier: SubscriptionTier
let oms: Platform
let omsTier: SubscriptionTier
let vendor: Vendor
let order: Order

beforeAll(async () => {
  payload = await testPayload()
  ;({ token: admin } = await createUser(payload, ['super-admin']))
  ;({
    platform,
    tiers: [tier],
  } = await createPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }]))
  await payload.update({
    collection: 'platforms',
    id: platform.id,
    data: { domains: [...platform.domains!, { domain: `two-${platform.code}.test` }] },
  })
  ;({
    platform: oms,
    tiers: [omsTier],
  } = await omsPlatform(payload, [{ code: 'strict', features: ['cms_basic'] }]))
  vendor = await createVendor(payload, [{ platform: oms, tier: omsTier }])
  ;({ token: owner } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
  const created = await rest('POST', '/api/orders', {
    token: owner,
    body: {
      vendor: vendor.id,
      platform: oms.id,
      customerName: 'Anne',
      lines: [{ description: 'Wallet', quantity: 2, unitPrice: 3450 }],
    },
  })
  expect(created.status).toBe(201)
  order = created.body.doc
})

const slugs = (await config).collections
  .map((collection) => collection.slug)
  .filter((slug) => !slug.startsWith('payload-'))
const badIds = ['abc', '1.5', '99999999999999999999', '2147483648', '%00', '-1', '0', '1e3', '12abc']

const expectClientError = (response: RestResponse) => {
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500)
  expect(response.body.errors[0].message).toEqual(expect.any(String))
}

describe('ids', () => {
  it('answers GET, PATCH and DELETE of a malformed id with 404 on every collection, for anyone', async () => {
    for (const slug of slugs) {
      for (const id of badIds) {
        for (const token of [undefined, admin]) {
          for (const method of ['GET', 'PATCH', 'DELETE']) {
            const response = await rest(method, `/api/${slug}/${id}`, {
              token,
              body: method === 'PATCH' ? { name: 'x' } : undefined,
            })
            expect(response.status, `${method} /api/${slug}/${id}: ${JSON.stringify(response.body)}`).toBe(404)
            expect(response.body.errors[0].message).toMatch(/not found/i)
          }
        }
      }
    }
  })
})

describe('query parameters', () => {
  const tiersQuery = (query: string, token?: string) => rest('GET', `/api/subscription-tiers?${query}`, { token })

  it('refuses malformed where clauses with 400, for anonymous users too', async () => {
    for (const token of [undefined, admin]) {
      for (const query of [
        'where[code][bogus]=x',
        'where[platform][like]=x',
        'where[platform][contains]=x',
        'where[platform][in]=abc',
        'where[platform][equals]=abc',
        'where[platform][equals]=99999999999',
        'where[priceMonthly][in]=abc',
        'where[priceMonthly][greater_than]=abc',
        'where[id][equals]=1.5',
        'where[createdAt][greater_than]=not-a-date',
        'where[isPublic][equals]=maybe',
        'where[nope][equals]=1',
        'where[code][equals]=%00',
        'where[or][0][code][near]=1,2',
        'where=not-json',
      ]) {
        const response = await tiersQuery(query, token)
        expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBe(400)
        expectClientError(response)
      }
    }
  })

  it('refuses text operators on JSON fields with 400 (Postgres cannot LIKE a jsonb column)', async () => {
    for (const query of ['where[value][like]=x', 'where[value][not_like]=x', 'where[value][contains]=1%2C2']) {
      const response = await rest('GET', `/api/payload-preferences?${query}`, { token: admin })
      expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBe(400)
      expectClientError(response)
    }
  })

  it('still answers well-formed where clauses', async () => {
    for (const query of [
      `where[platform][equals]=${platform.id}`,
      `where[platform][in]=${platform.id},${oms.id}`,
      `where[priceMonthly][greater_than_equal]=0`,
      `where[code][like]=tier`,
      `where[createdAt][greater_than]=2020-01-01T00:00:00.000Z`,
      `where[isPublic][equals]=true`,
      `where[platform.code][equals]=${platform.code}`,
      `where[limits.products][exists]=false`,
      `where[or][0][code][equals]=a&where[or][1][code][equals]=b`,
    ]) {
      const response = await tiersQuery(query, admin)
      expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBe(200)
    }
  })

  it('refuses negative or non-integer page, limit and depth with 400, and clamps large ones', async () => {
    for (const query of [
      'page=-1',
      'limit=-1',
      'page=1.5',
      'limit=abc',
      'depth=-1',
      'depth=abc',
      'page=1e300',
      'sort=%00',
    ]) {
      const response = await tiersQuery(query)
      expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBe(400)
      expectClientError(response)
    }
    const many = await tiersQuery('limit=100000')
    expect(many.status).toBe(200)
    expect(many.body.limit).toBe(MAX_LIMIT)
    expect((await tiersQuery('depth=10')).status).toBe(200)
    expect((await tiersQuery('limit=0')).body.limit).toBe(MAX_LIMIT)
    expect((await tiersQuery('pagination=false')).body.limit).toBe(MAX_LIMIT)
  })
})

describe('request bodies', () => {
  it('refuses bodies that are null, a number, an array, a string, not JSON or not JSON-typed with 400', async () => {
    const before = await payload.findByID({ collection: 'platforms', id: platform.id })
    for (const [body, contentType] of [
      ['null', 'application/json'],
      ['42', 'application/json'],
      ['[]', 'application/json'],
      ['"name"', 'application/json'],
      ['{"name":', 'application/json'],
      ['name=x', 'text/plain'],
      ['{"name":"x"}', 'text/plain'],
      ['{"name":"x"}', undefined],
    ] as const) {
      for (const [method, path] of [
        ['PATCH', `/api/platforms/${platform.id}`],
        ['POST', '/api/platforms'],
        ['PATCH', `/api/platforms?where[id][equals]=${platform.id}`],
      ]) {
        const response = await rawRequest(method, path, { token: admin, body, contentType })
        expect(response.status, `${method} ${path} ${contentType} ${body}: ${JSON.stringify(response.body)}`).toBe(400)
        expectClientError(response)
      }
    }
    expect(await payload.findByID({ collection: 'platforms', id: platform.id })).toEqual(before)
  })

  it("refuses a body that is not a JSON object on our own endpoints with 400, in the caller's language", async () => {
    for (const body of ['null', '42', '[]', '"x"', '{"email":']) {
      for (const [path, token] of [
        ['/api/platform/signup/start', undefined],
        ['/api/vendor/invoices/1/issue', admin],
        ['/api/platform/signup/account', undefined],
      ] as const) {
        const response = await rawRequest('POST', path, {
          token,
          body,
          contentType: 'application/json',
          headers: { 'Accept-Language': 'de' },
        })
        expect(response.status, `${path} ${body}: ${JSON.stringify(response.body)}`).toBe(400)
        expect(response.body.errors[0].message).toBe(
          'Senden Sie ein JSON-Objekt als Body der Anfrage (Content-Type: application/json).',
        )
      }
    }
  })

  it('refuses a null or non-object login body with 400', async () => {
    for (const body of ['null', '42', '[]']) {
      const response = await rawRequest('POST', '/api/users/login', { body, contentType: 'application/json' })
      expect(response.status, `${body}: ${JSON.stringify(response.body)}`).toBe(400)
    }
  })
})

/** The fields an error answer names (Payload's ValidationError shape, `errors[].data.errors[].path`). */
const namedPaths = (response: RestResponse): string[] =>
  response.body.errors.flatMap((error: { data?: { errors?: { path: string }[] } }) =>
    (error.data?.errors ?? []).map((field) => field.path),
  )

describe('our own endpoints: unknown keys', () => {
  const german = { 'Accept-Language': 'de' }

  it("refuses a key the endpoint does not know with 400 naming it, in the caller's language, and does nothing", async () => {
    const shop = await invoicingShop(payload, await invoicingWorld(payload))
    const { id } = (await linesInvoice(shop.owner)).body.invoice
    // A typo of "email": the invoice was issued without its mail before.
    const typo = await rest('POST', `/api/vendor/invoices/${id}/issue`, {
      token: shop.owner,
      body: { emial: true },
      headers: german,
    })
    expect(typo.status, JSON.stringify(typo.body)).toBe(400)
    expect(typo.body.errors[0].message).toBe(
      '„emial“ ist kein Feld dieser Anfrage: Prüfen Sie die Schreibweise oder lassen Sie es weg.',
    )
    expect(typo.body.errors[0].data.errors).toEqual([
      {
        path: 'emial',
        message: '„emial“ ist kein Feld dieser Anfrage: Prüfen Sie die Schreibweise oder lassen Sie es weg.',
      },
    ])
    expect((await payload.findByID({ collection: 'invoices', id, depth: 0 })).status).toBe('draft')

    // Nested keys are named by their path, next to the other problems of the body.
    const nested = await newInvoice(shop.owner, {
      customer: { ...LU_CONSUMER, address: { ...LU_CONSUMER.address, floor: 2 } },
      lines: [
        { description: 'Goods', quantity: 1, unitPrice: 100, discount: 5 },
        { description: 'Goods', quantity: 0, unitPrice: 100 },
      ],
    })
    expect(nested.status, JSON.stringify(nested.body)).toBe(400)
    expect(namedPaths(nested).sort()).toEqual(['customer.address.floor', 'lines.0.discount', 'lines.1.quantity'])
    expect(nested.body.errors[0].message).toContain('"customer.address.floor" is not a field of this request')

    // The same requests without the unknown keys work.
    expect((await issue(shop.owner, id, { email: false })).status).toBe(200)
    expect(
      (
        await newInvoice(shop.owner, {
          customer: LU_CONSUMER,
          lines: [{ description: 'Goods', quantity: 1, unitPrice: 100 }],
        })
      ).status,
    ).toBe(201)
  })

  it('refuses unknown keys on every endpoint that takes a body, and on those that take none', async () => {
    const shop = await invoicingShop(payload, await invoicingWorld(payload))
    const { id } = (await linesInvoice(shop.owner)).body.invoice
    const probes: [string, string, string | undefined][] = [
      ['POST', '/api/platform/signup/start', undefined],
      ['POST', '/api/platform/signup/claim', undefined],
      ['POST', '/api/platform/signup/account', undefined],
      ['POST', '/api/platform/signup/setup-intent', undefined],
      ['POST', '/api/platform/signup/complete', undefined],
      ['POST', '/api/platform/contact', undefined],
      ['POST', '/api/vendor/letzshop-claim', owner],
      ['PATCH', '/api/vendor/invoice-settings', shop.owner],
      ['POST', '/api/vendor/invoices', shop.owner],
      ['POST', `/api/vendor/invoices/${id}/issue`, shop.owner],
      ['POST', `/api/vendor/invoices/${id}/credit-note`, shop.owner],
      ['POST', `/api/vendor/invoices/${id}/mark-paid`, shop.owner],
      ['POST', '/api/billing/change-tier', owner],
      ['POST', '/api/billing/addons', owner],
      ['POST', '/api/billing/payment-method', owner],
      ['POST', '/api/billing/cancel', owner],
      ['POST', '/api/billing/resume', owner],
      ['POST', '/api/admin/capacity/snapshot', admin],
      ['PUT', '/api/vendor/letzshop/connection', shop.owner],
      ['PATCH', '/api/vendor/letzshop/connection', shop.owner],
      ['POST', '/api/vendor/letzshop/sync', shop.owner],
      ['POST', `/api/vendor/orders/${id}/letzshop-confirmation`, shop.owner],
      ['POST', `/api/vendor/content-pages/${id}/customise`, shop.owner],
    ]
    // Every custom endpoint that may carry a body is probed (the Stripe webhook's body is Stripe's event).
    const withBody = (await config).endpoints
      .filter((endpoint) => ['post', 'patch', 'put'].includes(endpoint.method) && endpoint.path !== '/stripe/webhook')
      .map((endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`)
    expect(
      probes.map(([method, path]) => `${method} ${path.replace(/^\/api/, '').replace(`/${id}/`, '/:id/')}`).sort(),
    ).toEqual(withBody.sort())

    for (const [method, path, token] of probes) {
      const response = await rest(method, path, { token, body: { zzUnknown: 1 } })
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(400)
      expect(namedPaths(response), `${method} ${path}`).toContain('zzUnknown')
    }
    expect((await payload.findByID({ collection: 'invoices', id, depth: 0 })).status).toBe('draft')
  })
})

describe('our own endpoints: body size', () => {
  const json = { contentType: 'application/json' }
  const oneLine = (description: string) =>
    JSON.stringify({ customer: LU_CONSUMER, lines: [{ description, quantity: 1, unitPrice: 100 }] })

  it("refuses a body over 1 MiB with 413 naming the limit, in the caller's language, whether declared or only sent", async () => {
    const shop = await invoicingShop(payload, await invoicingWorld(payload))
    // Sent without Content-Length (as a chunked body is): counted while it is read.
    const sent = await rawRequest('POST', '/api/vendor/invoices', {
      ...json,
      token: shop.owner,
      body: oneLine('x'.repeat(1_100_000)),
      headers: { 'Accept-Language': 'de' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(413)
    expect(sent.body.errors[0].message).toBe(
      'Der Body der Anfrage ist zu groß: Hier werden höchstens 1.048.576 Bytes angenommen.',
    )
    // Declared larger: refused before reading, on every endpoint.
    for (const [method, path] of [
      ['POST', '/api/platform/signup/start'],
      ['PATCH', '/api/vendor/invoice-settings'],
      ['POST', '/api/billing/cancel'],
    ]) {
      const declared = await rawRequest(method, path, {
        ...json,
        token: owner,
        body: '{}',
        headers: { 'Content-Length': String(2 * 1024 * 1024) },
      })
      expect(declared.status, `${path}: ${JSON.stringify(declared.body)}`).toBe(413)
      expect(declared.body.errors[0].message).toBe(
        'The request body is too large: at most 1,048,576 bytes are accepted here.',
      )
    }
    expect(
      (await payload.count({ collection: 'invoices', where: { vendor: { equals: shop.vendor.id } } })).totalDocs,
    ).toBe(0)
  })

  it('reads a body just under the cap and validates it as usual', async () => {
    const shop = await invoicingShop(payload, await invoicingWorld(payload))
    const under = await rawRequest('POST', '/api/vendor/invoices', {
      ...json,
      token: shop.owner,
      body: oneLine('x'.repeat(1_040_000)),
    })
    expect(under.status, JSON.stringify(under.body).slice(0, 300)).toBe(400)
    expect(namedPaths(under)).toEqual(['lines.0.description'])
    // Multi-byte characters count as bytes: 400,000 "€" are 1.2 MB.
    expect(
      (
        await rawRequest('POST', '/api/vendor/invoices', {
          ...json,
          token: shop.owner,
          body: oneLine('€'.repeat(400_000)),
        })
      ).status,
    ).toBe(413)
  })
})

describe('our own endpoints: query parameters', () => {
  it("refuses a parameter given twice with 400 naming it, in the caller's language", async () => {
    const probes: [string, string | undefined, string][] = [
      ['/api/platform/pricing?platform=oms&platform=loyalty', undefined, 'platform'],
      [`/api/content-pages/resolve?slug=about&platform=${oms.code}&slug=contact`, undefined, 'slug'],
      ['/api/content-pages/navigation?vendor=a&locale=de&vendor=b', undefined, 'vendor'],
      ['/api/platform/letzshop-vendors?q=lux&q=wine', undefined, 'q'],
      ['/api/platform/letzshop-vendors/lookup?slug=a&slug=b', undefined, 'slug'],
      ['/api/platform/signup/session?sessionId=a&sessionId=b', undefined, 'sessionId'],
      [`/api/billing/subscription?vendor=${vendor.slug}&vendor=other`, owner, 'vendor'],
      ['/api/billing/upcoming-invoice?tier=a&tier=b', owner, 'tier'],
      ['/api/vendor/invoice-settings?vendor=a&vendor=b', owner, 'vendor'],
    ]
    for (const [path, token, name] of probes) {
      const response = await rest('GET', path, { token, headers: { 'Accept-Language': 'de' } })
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(400)
      expect(response.body.errors[0].message, path).toBe(
        `Der Parameter „${name}“ kommt mehrmals vor: Senden Sie ihn nur einmal.`,
      )
    }
    expect(namedPaths(await rest('GET', '/api/billing/subscription?platform=a&platform=b', { token: owner }))).toEqual([
      'platform',
    ])
  })

  it('ignores parameters the endpoint does not read (tracking, cache busting), once or repeated', async () => {
    expect(
      (await rest('GET', `/api/platform/pricing?platform=${oms.code}&utm_source=newsletter&utm_source=mail&_=1`))
        .status,
    ).toBe(200)
    expect(
      (await rest('GET', `/api/billing/subscription?vendor=${vendor.slug}&fbclid=x`, { token: owner })).status,
    ).toBe(200)
  })
})

describe("our own endpoints: bad values, in the caller's language", () => {
  const german = { 'Accept-Language': 'de' }
  const fields = (response: RestResponse) => response.body.errors[0].data?.errors

  it('names a bad plan, billing period, add-on code or slug in German, with the same statuses and paths', async () => {
    const change = await rest('POST', '/api/billing/change-tier', {
      token: owner,
      body: { tier: '', billingPeriod: 'weekly' },
      headers: german,
    })
    expect(change.status, JSON.stringify(change.body)).toBe(400)
    expect(fields(change)).toEqual([
      { path: 'tier', message: 'tier ist erforderlich: der Code eines Tarifs.' },
      { path: 'billingPeriod', message: 'billingPeriod muss „monthly“ oder „annual“ sein.' },
    ])
    const preview = await rest('GET', '/api/billing/upcoming-invoice?billingPeriod=weekly', {
      token: owner,
      headers: german,
    })
    expect(preview.status).toBe(400)
    expect(preview.body.errors[0].message).toBe('billingPeriod: billingPeriod muss „monthly“ oder „annual“ sein.')
    const addOn = await rest('POST', '/api/billing/addons', { token: owner, body: {}, headers: german })
    expect(addOn.status).toBe(400)
    expect(fields(addOn)).toEqual([{ path: 'code', message: 'code ist erforderlich: der Code einer Zusatzoption.' }])

    const slug = await rest('GET', '/api/billing/subscription?vendor=Nicht_So', { token: owner, headers: german })
    expect(slug.status).toBe(400)
    expect(slug.body.errors[0].message).toBe(
      'vendor: vendor darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
    )
    const long = await rest('GET', `/api/billing/usage?vendor=${'a'.repeat(101)}`, { token: owner, headers: german })
    expect(long.body.errors[0].message).toBe('vendor: vendor hat höchstens 100 Zeichen.')
    // The public routes (Accept-Language only) and zod's own messages, for a bound without a message of ours.
    const content = await rest('GET', `/api/content-pages/resolve?platform=${oms.code}&locale=xx`, { headers: german })
    expect(content.status).toBe(400)
    expect(content.body.errors[0].message).toBe(
      'locale: locale muss eine dieser Sprachen sein: en, fr, de.; slug: slug ist erforderlich.',
    )
    const settings = await rest('PATCH', '/api/vendor/invoice-settings', {
      token: owner,
      body: { legalName: 'x'.repeat(201) },
      headers: german,
    })
    expect(settings.status).toBe(400)
    expect(settings.body.errors[0].message).toMatch(/^legalName: Zu groß/)
    const nul = await rest('POST', '/api/billing/change-tier', {
      token: owner,
      body: { tier: 'a\u0000' },
      headers: german,
    })
    expect(nul.body.errors[0].message).toBe('tier: enthält ein NUL-Zeichen (\\u0000), das nie gültig ist.')

    // French, and English without a preference, as before.
    const french = await rest('POST', '/api/billing/change-tier', {
      token: owner,
      body: {},
      headers: { 'Accept-Language': 'fr' },
    })
    expect(fields(french)).toEqual([{ path: 'tier', message: 'tier est requis : le code d’une formule.' }])
    const english = await rest('POST', '/api/billing/change-tier', {
      token: owner,
      body: { tier: omsTier.code, billingPeriod: 'weekly' },
    })
    expect(english.body.errors[0].message).toBe('billingPeriod: billingPeriod must be "monthly" or "annual".')
  })
})

describe('requests that fail below the operations', () => {
  it('answers an unreadable multipart body with 400', async () => {
    const response = await rawRequest('PATCH', `/api/platforms/${platform.id}`, {
      token: admin,
      body: '--x\r\n',
      contentType: 'multipart/form-data; boundary=x',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
  })

  it('answers a NUL character in a URL that Payload passes to the database itself with 400', async () => {
    const response = await rest('GET', '/api/payload-preferences/%00', { token: admin })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
  })

  it('answers a delete that other rows still depend on without a 5xx, and keeps the row when refused', async () => {
    const { platform: used, tiers } = await createPlatform(payload)
    await createVendor(payload, [{ platform: used, tier: tiers[0] }])
    const response = await rest('DELETE', `/api/platforms?where[id][equals]=${used.id}`, { token: admin })
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(500)
    if (response.status >= 400)
      expect((await payload.count({ collection: 'platforms', where: { id: { equals: used.id } } })).totalDocs).toBe(1)
  })
})

describe('field shapes are refused, not coerced or dropped', () => {
  const patch = (collection: string, id: number, body: unknown, token = admin) =>
    rest('PATCH', `/api/${collection}/${id}`, { token, body })

  it('array rows must be objects: domains as strings do not erase the domains', async () => {
    const before = await payload.findByID({ collection: 'platforms', id: platform.id })
    expect(before.domains).toHaveLength(2)
    const response = await patch('platforms', platform.id, { domains: ['x.test'] })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('domains')
    expect((await payload.findByID({ collection: 'platforms', id: platform.id })).domains).toEqual(before.domains)
  })

  it('a hasMany select must be an array of allowed values: a string does not empty the features', async () => {
    for (const features of ['cms_basic', ['nope'], [1], { 0: 'cms_basic' }]) {
      const response = await patch('subscription-tiers', tier.id, { features })
      expect(response.status, JSON.stringify(features)).toBe(400)
    }
    expect((await payload.findByID({ collection: 'subscription-tiers', id: tier.id })).features).toEqual(tier.features)
  })

  it('text fields take strings only, without NUL bytes', async () => {
    for (const name of [{ a: 1 }, ['a'], 12, true, 'a\u0000b']) {
      const response = await patch('platforms', platform.id, { name })
      expect(response.status, JSON.stringify(name)).toBe(400)
      expectClientError(response)
    }
    const response = await patch('platforms', platform.id, { branding: { tagline: 'nul\u0000' } })
    expect(response.status).toBe(400)
    expect((await payload.findByID({ collection: 'platforms', id: platform.id })).name).toBe(platform.name)
  })

  it('rich text must be a Lexical editor state', async () => {
    const page = await createPage(payload, { platform, slug: `strict-${platform.code}`, isPlatformPage: true })
    const deep = [
      { root: { type: 'root', children: [1] } },
      { root: { type: 'root', children: [{ type: 'nope', children: 'x' }] } },
    ]
    for (const content of [
      { root: 1 },
      { root: { type: 'paragraph', children: [] } },
      { root: { type: 'root' } },
      'text',
      5,
      [],
      ...deep,
    ]) {
      const response = await patch('content-pages', page.id, { content })
      expect(response.status, JSON.stringify(content)).toBe(400)
    }
    expect((await patch('content-pages', page.id, { content: null })).status).toBe(200)
    expect((await patch('content-pages', page.id, { content: page.content })).status).toBe(200)
  })

  it('numbers must be finite numbers, checkboxes booleans, dates real dates, relationships ids', async () => {
    for (const body of [
      { sortOrder: 'abc' },
      { sortOrder: '12abc' },
      { sortOrder: 1e300 },
      { sortOrder: { a: 1 } },
      { isPublic: 'yes' },
      { isPublic: 1 },
      { platform: 'abc' },
      { platform: 1.5 },
      { platform: 99999999999 },
      { platform: [platform.id] },
      { limits: 'none' },
      { limits: { products: -1.5 } },
    ]) {
      const response = await patch('subscription-tiers', tier.id, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expectClientError(response)
    }
    for (const placedAt of ['not a date', '99999-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', 12]) {
      const response = await patch('orders', order.id, { placedAt }, owner)
      expect(response.status, JSON.stringify(placedAt)).toBe(400)
    }
    expect(await payload.findByID({ collection: 'subscription-tiers', id: tier.id, depth: 0 })).toMatchObject({
      sortOrder: tier.sortOrder,
      isPublic: tier.isPublic,
    })
  })

  it('quantities and cents are bounded integers, so totals stay finite', async () => {
    for (const line of [
      { description: 'x', quantity: 1e300, unitPrice: 100 },
      { description: 'x', quantity: 100_001, unitPrice: 100 },
      { description: 'x', quantity: 1, unitPrice: 1e300 },
      { description: 'x', quantity: 1, unitPrice: 1_000_000_001 },
    ]) {
      const response = await patch('orders', order.id, { lines: [line] }, owner)
      expect(response.status, JSON.stringify(line)).toBe(400)
    }
    const stored = await payload.findByID({ collection: 'orders', id: order.id })
    expect(stored.total).toBe(6900)
  })
})

describe('messages', () => {
  it('keeps the message of an app 4xx thrown in a hook', async () => {
    const other = await createVendor(payload, [{ platform: oms, tier: omsTier }])
    const response = await rest('POST', '/api/orders', {
      token: owner,
      body: {
        vendor: other.id,
        platform: oms.id,
        customerName: 'X',
        lines: [{ description: 'x', quantity: 1, unitPrice: 1 }],
      },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).not.toMatch(/unknown error/i)
  })
})
