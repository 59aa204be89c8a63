import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { luxembourgDay } from '@/services/invoices/context'

import { startViesStandIn } from '../../../scripts/stand-ins/vies/server'
import { createUser } from '../../helpers/fixtures'
import { idleInTransaction } from '../../helpers/idleTransactions'
import {
  creditNote,
  download,
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  issue,
  linesInvoice,
  LU_CONSUMER,
  newInvoice,
  SETTINGS,
  VAT,
} from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld
const today = luxembourgDay(new Date())
const year = today.slice(0, 4)

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

const shop = (options?: Parameters<typeof invoicingShop>[2]) => invoicingShop(payload, world, options)

const customer = (country: string, extra: Record<string, unknown> = {}) => ({
  name: `Customer ${country}`,
  email: `customer-${country.toLowerCase()}@example.test`,
  type: 'consumer',
  address: { street: '1 Main Street', postalCode: '1000', city: 'City', country },
  ...extra,
})

const oneLine = (unitPrice = 10000, vatCategory = 'standard') => [
  { description: 'Goods', quantity: 1, unitPrice, vatCategory },
]

describe('invoice settings', () => {
  it('are saved by the owner (IBAN normalised), read by members, and 404 before they exist', async () => {
    const { owner, member } = await shop({ settings: null })
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: member })).status).toBe(404)
    const saved = await rest('PATCH', '/api/vendor/invoice-settings', {
      token: owner,
      body: { ...SETTINGS, iban: 'lu28 0019 4006 4475 0000' },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.settings).toMatchObject({
      legalName: 'LuxCraft S.à r.l.',
      vatNumber: 'LU26375245',
      iban: 'LU280019400644750000',
      bic: 'BCEELULL',
      numberPrefix: 'INV-',
      numberPattern: '{prefix}{year}-{seq:05}',
      creditNotePrefix: 'CN-',
      paymentTermsDays: 30,
      ossRegistered: false,
      euDistanceSalesPreviousYear: 0,
    })
    const read = await rest('GET', '/api/vendor/invoice-settings', { token: member })
    expect(read.status).toBe(200)
    expect(read.body.settings.iban).toBe('LU280019400644750000')
    const byMember = await rest('PATCH', '/api/vendor/invoice-settings', { token: member, body: { footer: 'x' } })
    expect(byMember.status).toBe(403)
    expect(byMember.body.errors[0].message).toBe("Only the shop's owner can change its invoice settings.")
  })

  it('refuse a bad VAT number, a foreign one, a bad IBAN or BIC, a pattern without {seq}, colliding series, a bad logo', async () => {
    const { owner } = await shop()
    const patch = (body: Record<string, unknown>) =>
      rest('PATCH', '/api/vendor/invoice-settings', { token: owner, body })
    const refusals: [Record<string, unknown>, string][] = [
      [{ vatNumber: 'LU26375246' }, 'The VAT number "LU26375246" is not valid'],
      [{ vatNumber: VAT.FR }, `The VAT number "${VAT.FR}" is not a VAT number of LU`],
      [{ iban: 'LU28 0019 4006 4475 0001' }, 'This IBAN is not valid'],
      [{ bic: 'BCEE-LU' }, 'This BIC is not valid'],
      [{ numberPattern: '{prefix}{year}' }, 'must contain {seq} once'],
      [{ numberPattern: '{prefix}{seq}{seq}' }, 'must contain {seq} once'],
      [{ numberPattern: '{prefix}{month}{seq}' }, 'nothing else in braces'],
      [{ creditNotePrefix: 'INV-' }, 'Invoices and credit notes would get the same numbers'],
      [{ logo: 'data:image/png;base64,aGVsbG8=' }, 'The logo must be a PNG or JPEG image'],
      [{ address: { country: 'XX' } }, '"XX" is not a country code'],
      [{ paymentTermsDays: -1 }, ''],
      [{ euDistanceSalesPreviousYear: 12.5 }, ''],
    ]
    for (const [body, message] of refusals) {
      const answer = await patch(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      const messages = answer.body.errors.flatMap(
        (error: { message: string; data?: { errors?: { message: string }[] } }) => [
          error.message,
          ...(error.data?.errors ?? []).map((field) => field.message),
        ],
      )
      expect(messages.join(' | '), JSON.stringify(body)).toContain(message)
    }
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: owner })).body.settings).toMatchObject({
      vatNumber: VAT.LU,
      numberPattern: '{prefix}{year}-{seq:05}',
    })
    // A German seller may use its German number.
    expect((await patch({ address: { ...SETTINGS.address, country: 'DE' }, vatNumber: VAT.DE })).status).toBe(200)
  })

  it('are closed to the signed out (401), other roles (403) and vendors whose plan lacks invoicing (403 naming it)', async () => {
    expect((await rest('GET', '/api/vendor/invoice-settings')).status).toBe(401)
    expect((await rest('PATCH', '/api/vendor/invoice-settings', { body: SETTINGS })).status).toBe(401)
    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [world.platform.id] })
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: admin })).status).toBe(403)
    const basic = await shop({ tier: world.withoutInvoicing, settings: null })
    for (const method of ['GET', 'PATCH']) {
      const answer = await rest(method, '/api/vendor/invoice-settings', {
        token: basic.owner,
        body: method === 'PATCH' ? SETTINGS : undefined,
      })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0].message).toContain('invoicing')
    }
  })
})

describe('invoice settings over the collection REST API', () => {
  // The same rule as PATCH /api/vendor/invoice-settings: only the owner writes them (a member would otherwise
  // rewrite the IBAN printed on the shop's invoices).
  const settingsRow = async (vendorId: number) =>
    (
      await payload.find({
        collection: 'vendor-invoice-settings',
        where: { vendor: { equals: vendorId } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]

  it('a vendor MEMBER cannot change the invoice settings (IBAN, number series) via PATCH /api/vendor-invoice-settings/:id', async () => {
    const { vendor, member } = await shop()
    const row = await settingsRow(vendor.id)
    const answer = await rest('PATCH', `/api/vendor-invoice-settings/${row.id}`, {
      token: member,
      body: { iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', numberPrefix: 'HACK-' },
    })
    expect(answer.status).toBe(403)
    const after = await settingsRow(vendor.id)
    expect(after.iban).toBe(row.iban)
    expect(after.numberPrefix).toBe(row.numberPrefix)
  })

  it('a vendor MEMBER cannot create the invoice settings via POST /api/vendor-invoice-settings', async () => {
    const { vendor, member } = await shop({ settings: null })
    const answer = await rest('POST', '/api/vendor-invoice-settings', {
      token: member,
      body: {
        vendor: vendor.id,
        platform: world.platform.id,
        legalName: 'Member Ltd',
        address: { street: '1 rue', postalCode: 'L-1000', city: 'Luxembourg', country: 'LU' },
        iban: 'DE89 3704 0044 0532 0130 00',
      },
    })
    expect(answer.status).toBe(403)
    expect(await settingsRow(vendor.id)).toBeUndefined()
  })

  it('a vendor MEMBER cannot delete the invoice settings via DELETE /api/vendor-invoice-settings/:id', async () => {
    const { vendor, member } = await shop()
    const row = await settingsRow(vendor.id)
    const answer = await rest('DELETE', `/api/vendor-invoice-settings/${row.id}`, { token: member })
    expect(answer.status).toBe(403)
    expect(await settingsRow(vendor.id)).toBeDefined()
  })
})

describe('creating invoices', () => {
  it('from lines: priced by the server, a draft without number, in the DESIGN answer shape', async () => {
    const { member } = await shop()
    const created = await linesInvoice(member, { supplyDate: '2026-06-15' })
    expect(created.status).toBe(201)
    expect(created.body.invoice).toEqual({
      id: expect.any(Number),
      kind: 'invoice',
      number: null,
      status: 'draft',
      issueDate: null,
      supplyDate: '2026-06-15',
      dueDate: null,
      currency: 'EUR',
      vatTreatment: 'domestic',
      vatNote: null,
      customerVatValid: null,
      customer: { ...LU_CONSUMER, vatNumber: null, electronicAddress: null, locale: 'en' },
      lines: [
        {
          description: 'Leather wallet',
          quantity: 2,
          unitPrice: 3450,
          vatCategory: 'standard',
          vatRate: 17,
          net: 6900,
          vat: 1173,
          gross: 8073,
        },
        {
          description: 'Book',
          quantity: 1,
          unitPrice: 2000,
          vatCategory: 'super_reduced',
          vatRate: 3,
          net: 2000,
          vat: 60,
          gross: 2060,
        },
      ],
      vatBreakdown: [
        { vatRate: 17, net: 6900, vat: 1173 },
        { vatRate: 3, net: 2000, vat: 60 },
      ],
      totals: { net: 8900, vat: 1233, gross: 10133 },
      vies: null,
      order: null,
      creditNoteFor: null,
    })
  })

  it('from an order: its lines and customer name, the address from the request; one standing invoice per order', async () => {
    const { vendor, owner } = await shop()
    const order = await rest('POST', '/api/orders', {
      token: owner,
      body: {
        vendor: vendor.id,
        platform: world.platform.id,
        customerName: 'Jean Dupont',
        customerEmail: 'jean@example.fr',
        placedAt: '2026-05-02T10:00:00.000Z',
        lines: [
          { description: 'Wallet', sku: 'W-1', quantity: 2, unitPrice: 3450 },
          { description: 'Belt', sku: 'B-1', quantity: 1, unitPrice: 5900 },
        ],
      },
    })
    expect(order.status).toBe(201)
    const orderId = order.body.doc.id

    const missing = await newInvoice(owner, { order: orderId })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('Orders do not hold the customer')

    const address = { street: '1 rue Haute', postalCode: 'L-4000', city: 'Esch', country: 'LU' }
    const created = await newInvoice(owner, { order: orderId, customer: { type: 'consumer', address } })
    expect(created.status).toBe(201)
    expect(created.body.invoice).toMatchObject({
      order: orderId,
      supplyDate: '2026-05-02',
      customer: { name: 'Jean Dupont', email: 'jean@example.fr', address },
      lines: [
        { description: 'Wallet', quantity: 2, unitPrice: 3450, vatRate: 17, net: 6900 },
        { description: 'Belt', quantity: 1, unitPrice: 5900, vatRate: 17, net: 5900 },
      ],
      totals: { net: 12800, vat: 2176, gross: 14976 },
    })

    const second = await newInvoice(owner, { order: orderId, customer: { type: 'consumer', address } })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toContain(`Order ${orderId} already has invoice`)
    // Parallel attempts: exactly one more can succeed once the first is credited.
    expect((await issue(owner, created.body.invoice.id)).status).toBe(200)
    expect((await creditNote(owner, created.body.invoice.id)).status).toBe(201)
    const again = await Promise.all(
      [1, 2, 3].map(() => newInvoice(owner, { order: orderId, customer: { type: 'consumer', address } })),
    )
    expect(again.map((answer) => answer.status).sort()).toEqual([201, 409, 409])

    const other = await shop()
    expect((await newInvoice(other.owner, { order: orderId, customer: { type: 'consumer', address } })).status).toBe(
      404,
    )
  })

  it('needs the vendor settings first (409)', async () => {
    const { owner } = await shop({ settings: null })
    const answer = await linesInvoice(owner)
    expect(answer.status).toBe(409)
    expect(answer.body.errors[0].message).toContain('Set up your invoice settings')
  })

  it('answers bad input with 400 and a message, and creates nothing', async () => {
    const { vendor, owner } = await shop()
    const line = { description: 'Goods', quantity: 1, unitPrice: 100 }
    const bad: [Record<string, unknown>, string][] = [
      [{ customer: LU_CONSUMER, lines: [{ ...line, quantity: -1 }] }, 'Quantities are whole numbers'],
      [{ customer: LU_CONSUMER, lines: [{ ...line, quantity: 1.5 }] }, 'Quantities are whole numbers'],
      [{ customer: LU_CONSUMER, lines: [] }, 'An invoice has from 1 to 200 lines'],
      [{ customer: LU_CONSUMER, lines: [{ ...line, vatCategory: 'luxury' }] }, 'vatCategory must be one of'],
      [{ customer: LU_CONSUMER, lines: [{ ...line, description: 'x'.repeat(100_000) }] }, 'description of at most 500'], // under the 1 MiB body cap (413 above it)
      [{ customer: LU_CONSUMER, lines: [{ ...line, unitPrice: 10.5 }] }, 'Unit prices are whole cents'],
      [{ customer: LU_CONSUMER, lines: [{ ...line, unitPrice: -100 }] }, 'Unit prices are whole cents'],
      [{ customer: LU_CONSUMER, lines: [{ ...line, unitPrice: '100' }] }, 'Unit prices are whole cents'],
      [{ customer: customer('XX'), lines: [line] }, '"XX" is not a country code'],
      [{ customer: customer('lu'), lines: [line] }, '"lu" is not a country code'],
      [{ customer: { ...LU_CONSUMER, type: 'robot' }, lines: [line] }, 'customer.type'],
      [{ customer: { ...LU_CONSUMER, email: 'not-an-email' }, lines: [line] }, 'customer.email'],
      [{ customer: { ...LU_CONSUMER, address: undefined }, lines: [line] }, 'customer.address'],
      [{ lines: [line] }, '"customer" is required'],
      [{ customer: LU_CONSUMER }, 'Send "order"'],
      [{ customer: LU_CONSUMER, lines: [line], order: 1 }, 'not both'],
      [{ customer: LU_CONSUMER, lines: [line], email: true }, '"email" needs "issue"'],
      [{ customer: LU_CONSUMER, lines: [line], supply: 'energy' }, 'supply must be'],
      [{ customer: LU_CONSUMER, lines: [line], supplyDate: '2026-02-30' }, 'supplyDate must be a date'],
      [{ customer: LU_CONSUMER, lines: [line], order: 'abc' }, 'order must be'],
      [{ customer: LU_CONSUMER, lines: 'many' }, 'lines'],
    ]
    for (const [body, message] of bad) {
      const answer = await newInvoice(owner, body)
      expect(answer.status, JSON.stringify(body).slice(0, 200)).toBe(400)
      expect(answer.body.errors[0].message, JSON.stringify(body).slice(0, 200)).toContain(message)
    }
    const notJson = await rest('POST', '/api/vendor/invoices', { token: owner, body: [1, 2] })
    expect(notJson.status).toBe(400)
    expect((await payload.count({ collection: 'invoices', where: { vendor: { equals: vendor.id } } })).totalDocs).toBe(
      0,
    )
  })
})

describe('VAT treatments end to end', () => {
  const treatments: {
    name: string
    settings?: Record<string, unknown>
    body: Record<string, unknown>
    expected: Record<string, unknown>
  }[] = [
    {
      name: 'domestic',
      body: { customer: customer('LU'), lines: oneLine() },
      expected: { vatTreatment: 'domestic', totals: { net: 10000, vat: 1700, gross: 11700 } },
    },
    {
      name: 'origin: a French consumer, seller below the threshold and not OSS-registered, pays Luxembourg VAT',
      body: { customer: customer('FR'), lines: oneLine() },
      expected: {
        vatTreatment: 'origin',
        lines: [expect.objectContaining({ vatRate: 17 })],
        totals: { net: 10000, vat: 1700, gross: 11700 },
      },
    },
    {
      name: 'oss: over the EUR 10,000 threshold, the French rate',
      settings: { euDistanceSalesPreviousYear: 1_000_001 },
      body: { customer: customer('FR'), lines: oneLine() },
      expected: {
        vatTreatment: 'oss',
        lines: [expect.objectContaining({ vatRate: 20 })],
        totals: { net: 10000, vat: 2000, gross: 12000 },
      },
    },
    {
      name: 'oss: an OSS-registered seller, Finland at 25.5',
      settings: { ossRegistered: true },
      body: { customer: customer('FI'), lines: oneLine() },
      expected: {
        vatTreatment: 'oss',
        lines: [expect.objectContaining({ vatRate: 25.5 })],
        totals: { net: 10000, vat: 2550, gross: 12550 },
      },
    },
    {
      name: 'intra_community_exempt: goods to a French business with a valid French VAT number',
      body: { customer: customer('FR', { type: 'business', vatNumber: VAT.FR }), lines: oneLine() },
      expected: {
        vatTreatment: 'intra_community_exempt',
        customerVatValid: true,
        vatNote: expect.stringContaining('138'),
        totals: { net: 10000, vat: 0, gross: 10000 },
      },
    },
    {
      name: 'a business whose VAT number is not of its country: B2C',
      body: { customer: customer('FR', { type: 'business', vatNumber: VAT.DE }), lines: oneLine() },
      expected: { vatTreatment: 'origin', customerVatValid: false, totals: { net: 10000, vat: 1700, gross: 11700 } },
    },
    {
      name: 'reverse_charge: services to a German business',
      body: { customer: customer('DE', { type: 'business', vatNumber: VAT.DE }), lines: oneLine(), supply: 'services' },
      expected: {
        vatTreatment: 'reverse_charge',
        customerVatValid: true,
        vatNote: expect.stringContaining('196'),
        totals: { net: 10000, vat: 0, gross: 10000 },
      },
    },
    {
      name: 'export: a consumer in the United States',
      body: { customer: customer('US'), lines: oneLine() },
      expected: { vatTreatment: 'export', totals: { net: 10000, vat: 0, gross: 10000 } },
    },
  ]

  for (const { name, settings, body, expected } of treatments) {
    it(`${name} (draft, then issued)`, async () => {
      const { owner } = await shop({ settings: settings ?? {} })
      const created = await newInvoice(owner, body)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(created.body.invoice).toMatchObject(expected)
      const issued = await issue(owner, created.body.invoice.id)
      expect(issued.status).toBe(200)
      expect(issued.body.invoice).toMatchObject({ ...expected, status: 'issued', number: `INV-${year}-00001` })
    })
  }

  it('with VIES_CHECK=1, VIES is asked with no transaction open: a slow VIES holds no connection idle in transaction', async () => {
    const vies = await startViesStandIn({ port: 0 })
    const saved = { check: process.env.VIES_CHECK, url: process.env.VIES_API_URL, timeout: process.env.VIES_TIMEOUT_MS }
    // VIES never answers; the client's time-out ends each check ("unavailable"), while the test looks.
    Object.assign(process.env, { VIES_CHECK: '1', VIES_API_URL: vies.url, VIES_TIMEOUT_MS: '5000' })
    try {
      const { owner } = await shop()
      const business = { customer: customer('FR', { type: 'business', vatNumber: 'FR10523040554' }), lines: oneLine() }
      const draft = await newInvoice(owner, business)
      expect(draft.status).toBe(201)
      vies.configure({ hang: true })
      for (const issue of [
        () => rest('POST', `/api/vendor/invoices/${draft.body.invoice.id}/issue`, { token: owner }),
        () => newInvoice(owner, { ...business, issue: true }),
      ]) {
        const asked = vies.requests.length
        const issuing = issue()
        await expect.poll(() => vies.requests.length).toBeGreaterThan(asked)
        expect(await idleInTransaction(payload)).toBe(0)
        const issued = await issuing
        expect([200, 201]).toContain(issued.status)
        expect(issued.body.invoice.vies.status).toBe('unavailable')
      }
    } finally {
      for (const [name, value] of Object.entries({
        VIES_CHECK: saved.check,
        VIES_API_URL: saved.url,
        VIES_TIMEOUT_MS: saved.timeout,
      })) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
      await vies.close()
    }
  })

  it('with VIES_CHECK=1, checks the number at issue: invalid makes the sale B2C, valid is stored as evidence, down leaves the offline result', async () => {
    const vies = await startViesStandIn({ port: 0 })
    const saved = { check: process.env.VIES_CHECK, url: process.env.VIES_API_URL }
    process.env.VIES_CHECK = '1'
    process.env.VIES_API_URL = vies.url
    try {
      const { owner } = await shop()
      const registered = await newInvoice(owner, {
        customer: customer('FR', { type: 'business', vatNumber: 'FR10523040554' }),
        lines: oneLine(),
        issue: true,
      })
      expect(registered.body.invoice).toMatchObject({
        vatTreatment: 'intra_community_exempt',
        customerVatValid: true,
        vies: { status: 'valid', name: 'SOCIETE EXEMPLE SAS' },
      })
      const unknown = await newInvoice(owner, {
        customer: customer('FR', { type: 'business', vatNumber: VAT.FR }),
        lines: oneLine(),
        issue: true,
      })
      expect(unknown.body.invoice).toMatchObject({
        vatTreatment: 'origin',
        customerVatValid: false,
        vies: { status: 'invalid' },
        totals: { vat: 1700 },
      })
      vies.configure({ failWith: 503 })
      const down = await newInvoice(owner, {
        customer: customer('FR', { type: 'business', vatNumber: VAT.FR }),
        lines: oneLine(),
        issue: true,
      })
      expect(down.status).toBe(201)
      expect(down.body.invoice).toMatchObject({
        vatTreatment: 'intra_community_exempt',
        customerVatValid: true,
        vies: { status: 'unavailable' },
      })
    } finally {
      process.env.VIES_CHECK = saved.check
      process.env.VIES_API_URL = saved.url
      if (saved.check === undefined) delete process.env.VIES_CHECK
      if (saved.url === undefined) delete process.env.VIES_API_URL
      await vies.close()
    }
  })

  it('counts this year’s issued B2C sales abroad towards the threshold (one SQL sum)', async () => {
    const { owner } = await shop({ settings: { euDistanceSalesPreviousYear: 950_000 } })
    const first = await newInvoice(owner, { customer: customer('FR'), lines: oneLine(40_000), issue: true })
    expect(first.body.invoice.vatTreatment).toBe('origin') // 9,500 + 400 = 9,900 EUR: below
    const second = await newInvoice(owner, { customer: customer('BE'), lines: oneLine(20_000), issue: true })
    expect(second.body.invoice.vatTreatment).toBe('oss') // 9,900 + 200 > 10,000
    expect(second.body.invoice.lines[0].vatRate).toBe(21)
  })
})

describe('issuing', () => {
  it('numbers, dates and freezes the invoice; a second issue is 409', async () => {
    const { owner, member } = await shop({ settings: { paymentTermsDays: 14 } })
    const draft = (await linesInvoice(member)).body.invoice
    const issued = await issue(member, draft.id)
    expect(issued.status).toBe(200)
    const dueDate = new Date(`${today}T00:00:00Z`)
    dueDate.setUTCDate(dueDate.getUTCDate() + 14)
    expect(issued.body.invoice).toMatchObject({
      status: 'issued',
      number: `INV-${year}-00001`,
      issueDate: today,
      dueDate: dueDate.toISOString().slice(0, 10),
    })
    const again = await issue(owner, draft.id)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe(`This invoice is already issued (INV-${year}-00001).`)
    const next = (await linesInvoice(owner, { issue: true })).body.invoice
    expect(next.number).toBe(`INV-${year}-00002`)
  })

  it('keeps the seller of the day of issue when the settings change later', async () => {
    const { owner } = await shop()
    const issued = (await linesInvoice(owner, { issue: true })).body.invoice
    expect(
      (
        await rest('PATCH', '/api/vendor/invoice-settings', {
          token: owner,
          body: { legalName: 'Renamed S.A.', footer: 'New footer' },
        })
      ).status,
    ).toBe(200)
    const stored = await payload.findByID({ collection: 'invoices', id: issued.id })
    expect(stored.sellerSnapshot).toMatchObject({
      legalName: 'LuxCraft S.à r.l.',
      footer: 'Thank you for your order.',
      iban: 'LU280019400644750000',
      orderReference: null,
    })
    const draft = (await linesInvoice(owner)).body.invoice
    expect((await issue(owner, draft.id)).status).toBe(200)
    expect((await payload.findByID({ collection: 'invoices', id: draft.id })).sellerSnapshot).toMatchObject({
      legalName: 'Renamed S.A.',
    })
  })

  it('uses a custom pattern, and one without {year} runs on', async () => {
    const { owner } = await shop({ settings: { numberPrefix: 'F', numberPattern: '{prefix}-{seq}' } })
    const numbers = []
    for (let i = 0; i < 3; i++) numbers.push((await linesInvoice(owner, { issue: true })).body.invoice.number)
    expect(numbers).toEqual(['F-1', 'F-2', 'F-3'])
  })
})

describe('issued invoices are immutable', () => {
  it('refuses PATCH and DELETE over REST, for the owner and for a super admin; drafts stay editable and re-priced', async () => {
    const { owner } = await shop()
    const draft = (await linesInvoice(owner)).body.invoice
    // A draft: the client's amounts are replaced by the server's.
    const edited = await rest('PATCH', `/api/invoices/${draft.id}`, {
      token: owner,
      body: {
        lines: [
          { description: 'Changed', quantity: 3, unitPrice: 1000, vatCategory: 'standard', net: 1, vat: 1, gross: 1 },
        ],
        totals: { net: 1, vat: 1, gross: 1 },
      },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.totals).toEqual({ net: 3000, vat: 510, gross: 3510 })
    const madeUp = await rest('PATCH', `/api/invoices/${draft.id}`, {
      token: owner,
      body: { vies: { status: 'valid', name: 'Made up' }, vatTreatment: 'export' },
    })
    expect(madeUp.body.doc).toMatchObject({ vatTreatment: 'domestic', vies: { status: null, name: null } })
    // Service fields cannot be written directly.
    const forged = await rest('PATCH', `/api/invoices/${draft.id}`, {
      token: owner,
      body: { status: 'paid', number: 'X-1' },
    })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toContain('number, status')

    expect((await issue(owner, draft.id)).status).toBe(200)
    const { token: superAdmin } = await createUser(payload, ['super-admin'])
    for (const token of [owner, superAdmin]) {
      const patched = await rest('PATCH', `/api/invoices/${draft.id}`, {
        token,
        body: { customer: { name: 'Someone else' } },
      })
      expect(patched.status).toBe(409)
      expect(patched.body.errors[0].message).toBe(
        `Invoice INV-${year}-00001 is issued and can no longer be changed or deleted: issue a credit note to correct it.`,
      )
      expect((await rest('DELETE', `/api/invoices/${draft.id}`, { token })).status).toBe(409)
      const bulk = await rest('PATCH', `/api/invoices?where[id][equals]=${draft.id}`, {
        token,
        body: { customer: { name: 'Someone else' } },
      })
      expect(bulk.status).toBe(400)
      expect(bulk.body.errors[0].message).toContain(
        `Invoice INV-${year}-00001 is issued and can no longer be changed or deleted`,
      )
      const bulkDelete = await rest('DELETE', `/api/invoices?where[id][equals]=${draft.id}`, {
        token,
        headers: { 'accept-language': 'fr' },
      })
      expect(bulkDelete.status).toBe(400)
      expect(bulkDelete.body.errors[0].message).toContain(`INV-${year}-00001`)
    }
    const stored = await payload.findByID({ collection: 'invoices', id: draft.id })
    expect(stored).toMatchObject({ status: 'issued', customer: { name: LU_CONSUMER.name }, totals: { gross: 3510 } })
    // A draft can be deleted.
    const other = (await linesInvoice(owner)).body.invoice
    expect((await rest('DELETE', `/api/invoices/${other.id}`, { token: owner })).status).toBe(200)
  })

  it('refuses REST creates that set the service fields', async () => {
    const { vendor, owner } = await shop()
    const answer = await rest('POST', '/api/invoices', {
      token: owner,
      body: {
        vendor: vendor.id,
        platform: world.platform.id,
        status: 'issued',
        number: 'FAKE-1',
        customer: LU_CONSUMER,
        lines: oneLine(),
      },
    })
    expect(answer.status).toBe(403)
  })

  it('deleting the order of an issued invoice is refused and the invoice keeps its order', async () => {
    const { vendor, owner } = await shop()
    const order = await rest('POST', '/api/orders', {
      token: owner,
      body: {
        vendor: vendor.id,
        platform: world.platform.id,
        customerName: 'Jean Dupont',
        placedAt: '2026-05-02T10:00:00.000Z',
        lines: [{ description: 'Wallet', sku: 'W-1', quantity: 1, unitPrice: 3450 }],
      },
    })
    expect(order.status).toBe(201)
    const orderId = order.body.doc.id
    const invoice = await newInvoice(owner, {
      order: orderId,
      customer: { type: 'consumer', address: LU_CONSUMER.address },
      issue: true,
    })
    expect(invoice.status).toBe(201)
    expect(invoice.body.invoice.status).toBe('issued')

    const xmlBefore = (await download(`/api/vendor/invoices/${invoice.body.invoice.id}/xml`, owner)).body.toString(
      'utf8',
    )
    const deleted = await rest('DELETE', `/api/orders/${orderId}`, { token: owner })
    const after = await payload.findByID({
      collection: 'invoices',
      id: invoice.body.invoice.id,
      depth: 0,
      overrideAccess: true,
    })
    const xmlAfter = (await download(`/api/vendor/invoices/${invoice.body.invoice.id}/xml`, owner)).body.toString(
      'utf8',
    )
    expect
      .soft({ deleteStatus: deleted.status, order: after.order ?? null })
      .toEqual({ deleteStatus: 409, order: orderId })
    expect(xmlAfter).toBe(xmlBefore)
    // The order reference is frozen at issue with the seller: the documents do not read the live order.
    expect(after.sellerSnapshot).toMatchObject({ orderReference: `#${orderId}` })
  })

  it('PATCH /api/invoices/:draft with the line ids of an issued invoice is refused (400) and changes neither invoice', async () => {
    // Line ids are client-writable on a draft: sending another invoice's ones must not reach that invoice's rows.
    const { owner } = await shop()
    const issued = await linesInvoice(owner, { issue: true })
    const draft = await linesInvoice(owner)
    const before = await payload.findByID({
      collection: 'invoices',
      id: issued.body.invoice.id,
      depth: 0,
      overrideAccess: true,
    })
    const draftBefore = await payload.findByID({
      collection: 'invoices',
      id: draft.body.invoice.id,
      depth: 0,
      overrideAccess: true,
    })
    const answer = await rest('PATCH', `/api/invoices/${draft.body.invoice.id}`, {
      token: owner,
      body: {
        lines: before.lines.map((line) => ({
          id: line.id,
          description: 'Rewritten',
          quantity: 1,
          unitPrice: 1,
          vatCategory: 'standard',
        })),
      },
    })
    const after = await payload.findByID({
      collection: 'invoices',
      id: issued.body.invoice.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(after.lines).toEqual(before.lines)
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toBe('The following field is invalid: id')
    expect(
      (await payload.findByID({ collection: 'invoices', id: draft.body.invoice.id, depth: 0, overrideAccess: true }))
        .lines,
    ).toEqual(draftBefore.lines)
  })
})

describe('credit notes', () => {
  it('cancel an issued invoice in their own series, negated, citing the original; once', async () => {
    const { owner } = await shop()
    const draft = (await linesInvoice(owner)).body.invoice
    expect((await creditNote(owner, draft.id)).status).toBe(409) // a draft cannot be credited
    const invoice = (await issue(owner, draft.id)).body.invoice
    const credited = await creditNote(owner, invoice.id)
    expect(credited.status).toBe(201)
    expect(credited.body.invoice).toMatchObject({
      kind: 'credit_note',
      status: 'issued',
      number: `CN-${year}-00001`,
      issueDate: today,
      vatTreatment: 'domestic',
      creditNoteFor: { id: invoice.id, number: invoice.number, issueDate: invoice.issueDate },
      totals: { net: -8900, vat: -1233, gross: -10133 },
      vatBreakdown: [
        { vatRate: 17, net: -6900, vat: -1173 },
        { vatRate: 3, net: -2000, vat: -60 },
      ],
    })
    expect(credited.body.invoice.lines[0]).toMatchObject({
      quantity: 2,
      unitPrice: -3450,
      net: -6900,
      vat: -1173,
      gross: -8073,
    })
    expect((await payload.findByID({ collection: 'invoices', id: invoice.id })).status).toBe('credited')
    const twice = await creditNote(owner, invoice.id)
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toBe(`Invoice ${invoice.number} already has a credit note.`)
    expect((await creditNote(owner, credited.body.invoice.id)).status).toBe(409)
    // The credit note is rendered citing the original.
    const pdf = await download(`/api/vendor/invoices/${credited.body.invoice.id}/xml`, owner)
    expect(pdf.status).toBe(200)
    expect(pdf.body.toString()).toContain(invoice.number)
    // Invoices go on in their own series.
    expect((await linesInvoice(owner, { issue: true })).body.invoice.number).toBe(`INV-${year}-00002`)
  })

  it('also for a paid invoice', async () => {
    const { owner } = await shop()
    const invoice = (await linesInvoice(owner, { issue: true })).body.invoice
    const paid = await rest('POST', `/api/vendor/invoices/${invoice.id}/mark-paid`, { token: owner })
    expect(paid.body.invoice.status).toBe('paid')
    expect((await rest('POST', `/api/vendor/invoices/${invoice.id}/mark-paid`, { token: owner })).status).toBe(409)
    expect((await creditNote(owner, invoice.id)).status).toBe(201)
  })
})

describe('documents', () => {
  it('PDF, Factur-X and UBL XML, with content type and file name', async () => {
    const { owner, member } = await shop()
    const invoice = (await linesInvoice(owner, { issue: true })).body.invoice
    const pdf = await download(`/api/vendor/invoices/${invoice.id}/pdf`, member)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="INV-${year}-00001.pdf"`)
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
    const facturX = await download(`/api/vendor/invoices/${invoice.id}/pdf?format=facturx`, owner)
    expect(facturX.status).toBe(200)
    expect(facturX.body.toString('latin1')).toContain('factur-x.xml')
    const xml = await download(`/api/vendor/invoices/${invoice.id}/xml`, owner)
    expect(xml.status).toBe(200)
    expect(xml.headers.get('content-type')).toBe('application/xml')
    expect(xml.headers.get('content-disposition')).toBe(`attachment; filename="INV-${year}-00001.xml"`)
    expect(xml.body.toString()).toContain(`<cbc:ID>INV-${year}-00001</cbc:ID>`)
    expect((await download(`/api/vendor/invoices/${invoice.id}/pdf?format=word`, owner)).status).toBe(400)
    const draft = (await linesInvoice(owner)).body.invoice
    const draftPdf = await download(`/api/vendor/invoices/${draft.id}/pdf`, owner)
    expect(draftPdf.headers.get('content-disposition')).toBe(`attachment; filename="draft-${draft.id}.pdf"`)
  })
})

describe('who may', () => {
  it("keeps another vendor's invoices out of reach: read, PDF, XML, issue, credit, mark paid", async () => {
    const alice = await shop()
    const bob = await shop()
    const draft = (await linesInvoice(alice.owner)).body.invoice
    const issued = (await linesInvoice(alice.owner, { issue: true })).body.invoice
    for (const token of [bob.owner, bob.member]) {
      expect((await rest('GET', `/api/invoices/${issued.id}`, { token })).status).toBe(404)
      expect(
        (await rest('GET', `/api/invoices?where[vendor][equals]=${alice.vendor.id}`, { token })).body.totalDocs,
      ).toBe(0)
      expect((await download(`/api/vendor/invoices/${issued.id}/pdf`, token)).status).toBe(403)
      expect((await download(`/api/vendor/invoices/${issued.id}/xml`, token)).status).toBe(403)
      expect((await issue(token, draft.id)).status).toBe(403)
      expect((await creditNote(token, issued.id)).status).toBe(403)
      expect((await rest('POST', `/api/vendor/invoices/${issued.id}/mark-paid`, { token })).status).toBe(403)
      expect([403, 404]).toContain(
        (await rest('PATCH', `/api/invoices/${draft.id}`, { token, body: { customer: { name: 'x' } } })).status,
      )
    }
    const { token: platformAdmin } = await createUser(payload, ['platform-admin'], { platforms: [world.platform.id] })
    expect((await download(`/api/vendor/invoices/${issued.id}/pdf`, platformAdmin)).status).toBe(403)
    expect((await issue(platformAdmin, draft.id)).status).toBe(403)
    expect((await newInvoice(platformAdmin, { customer: LU_CONSUMER, lines: oneLine() })).status).toBe(403)
    expect((await download(`/api/vendor/invoices/${issued.id}/pdf`)).status).toBe(401)
    expect((await issue('', draft.id)).status).toBe(401)
    expect((await newInvoice('', { customer: LU_CONSUMER, lines: oneLine() })).status).toBe(401)
    expect((await issue(alice.owner, 99_999_999)).status).toBe(404)
    expect((await download('/api/vendor/invoices/abc/pdf', alice.owner)).status).toBe(404)
    // Its own users still see it unchanged.
    expect((await payload.findByID({ collection: 'invoices', id: draft.id })).status).toBe('draft')
  })

  it('gates everything on the invoicing feature: 403 naming it, over the endpoints and the collections', async () => {
    const basic = await shop({ tier: world.withoutInvoicing, settings: null })
    const created = await linesInvoice(basic.owner)
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toBe('Your Tier 1 plan does not include invoicing. Upgrade to use it.')
    for (const path of ['/api/invoices', '/api/vendor-invoice-settings']) {
      const list = await rest('GET', path, { token: basic.owner })
      expect(list.status).toBe(403)
      expect(list.body.errors[0].message).toContain('invoicing')
    }
    const direct = await rest('POST', '/api/invoices', {
      token: basic.owner,
      body: { vendor: basic.vendor.id, platform: world.platform.id, customer: LU_CONSUMER, lines: oneLine() },
    })
    expect(direct.status).toBe(403)
    expect(direct.body.errors[0].message).toContain('invoicing')
    // An invoice of a vendor that loses the feature is out of reach too.
    const shopWithInvoices = await shop()
    const invoice = (await linesInvoice(shopWithInvoices.owner, { issue: true })).body.invoice
    const subscription = (
      await payload.find({
        collection: 'vendor-subscriptions',
        where: { vendor: { equals: shopWithInvoices.vendor.id } },
      })
    ).docs[0]
    await payload.update({
      collection: 'vendor-subscriptions',
      id: subscription.id,
      data: { tier: world.withoutInvoicing.id },
    })
    const pdf = await download(`/api/vendor/invoices/${invoice.id}/pdf`, shopWithInvoices.owner)
    expect(pdf.status).toBe(403)
  })

  it('keeps a vendor with issued invoices from being deleted (409); one with drafts only goes with them', async () => {
    const { token: superAdmin } = await createUser(payload, ['super-admin'])
    const kept = await shop()
    await linesInvoice(kept.owner, { issue: true })
    const refused = await rest('DELETE', `/api/vendors/${kept.vendor.id}`, { token: superAdmin })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('issued invoices')
    const gone = await shop()
    const draft = (await linesInvoice(gone.owner)).body.invoice
    expect((await rest('DELETE', `/api/vendors/${gone.vendor.id}`, { token: superAdmin })).status).toBe(200)
    expect(await payload.findByID({ collection: 'invoices', id: draft.id, disableErrors: true })).toBeNull()
    expect(
      (await payload.count({ collection: 'vendor-invoice-settings', where: { vendor: { equals: gone.vendor.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('hides the collections in the admin of vendors without the feature (read access false), not of those with it', async () => {
    const basic = await shop({ tier: world.withoutInvoicing, settings: null })
    const withFeature = await shop()
    const access = async (token: string) => (await rest('GET', '/api/access', { token })).body.collections
    // Payload's permissions leave out what is denied.
    const denied = await access(basic.owner)
    expect(denied.invoices?.read ?? false).toBe(false)
    expect(denied['vendor-invoice-settings']?.read ?? false).toBe(false)
    expect(denied.orders.read).toBeTruthy()
    const granted = await access(withFeature.owner)
    expect(granted.invoices.read).toBeTruthy()
    expect(granted['vendor-invoice-settings'].read).toBeTruthy()
  })

  it('the OMS platform admin reads no vendor invoice over REST, as over /api/vendor/invoices/:id/pdf', async () => {
    // Invoices carry the shops' customers' data: the collection's read follows the endpoints' rule (src/endpoints/invoices/invoiceAccess.ts).
    const { owner } = await shop()
    const draft = await linesInvoice(owner, { issue: true })
    const { token: admin } = await createUser(payload, ['platform-admin'], { platforms: [world.platform.id] })
    const pdf = await rest('GET', `/api/vendor/invoices/${draft.body.invoice.id}/pdf`, { token: admin })
    const one = await rest('GET', `/api/invoices/${draft.body.invoice.id}`, { token: admin })
    expect({ pdf: pdf.status, rest: one.status, customer: one.body?.customer?.name ?? null }).toEqual({
      pdf: 403,
      rest: 404,
      customer: null,
    })
  })
})
