import config from '@payload-config'
import type { Field, Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MONEY_ADMIN } from '@/fields/centsField'

import {
  creditNote,
  issue,
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  LU_CONSUMER,
} from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld
let sanitized: SanitizedConfig

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
  sanitized = await config
})

/** A new draft as the admin's form posts it: the server-computed fields come back empty (an empty array as 0). */
const adminDraft = (extra: Record<string, unknown> = {}) => ({
  supply: 'goods',
  customer: { ...LU_CONSUMER, locale: 'fr' },
  lines: [
    { description: 'Crémant', quantity: 2, unitPrice: 3450, vatCategory: 'standard', net: null, vatRate: null },
    { description: 'Gift box', quantity: 1, unitPrice: 750, vatCategory: 'standard' },
  ],
  vatBreakdown: 0,
  totals: { net: null, vat: null, gross: null },
  vies: { status: null },
  currency: 'EUR',
  ...extra,
})

/** Paths of the number fields shown with the money input. */
function moneyPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return 'fields' in field ? moneyPaths(field.fields as Field[], prefix) : []
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (field.type === 'group' || field.type === 'array') return moneyPaths(field.fields, path)
    const component = field.admin && 'components' in field.admin ? field.admin.components : undefined
    return field.type === 'number' &&
      (component as { Field?: unknown } | undefined)?.Field === MONEY_ADMIN.components.Field
      ? [path]
      : []
  })
}

describe('invoices from the admin', () => {
  it('saves a draft posted as the admin posts it; the server computes the amounts, in cents', async () => {
    const { owner } = await invoicingShop(payload, world)
    const created = await rest('POST', '/api/invoices', {
      token: owner,
      body: adminDraft({ totals: { net: 1, vat: 1, gross: 2 }, vatTreatment: 'export' }),
    })
    expect(created.body.errors).toBeUndefined()
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(doc.lines.map((line: { unitPrice: number }) => line.unitPrice)).toEqual([3450, 750])
    expect(doc.totals.net).toBe(7650)
    expect(Number.isInteger(doc.totals.gross) && doc.totals.gross > 7650).toBe(true)
    expect(doc.vatTreatment).toBe('domestic')
    expect(doc.vatBreakdown.length).toBeGreaterThan(0)

    const edited = await rest('PATCH', `/api/invoices/${doc.id}`, {
      token: owner,
      body: { ...adminDraft(), vatBreakdown: doc.vatBreakdown, totals: doc.totals, lines: doc.lines.slice(0, 1) },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.totals.net).toBe(6900)
  })

  it('shows an issued invoice read-only: no field may be updated; writes still answer 409', async () => {
    const { owner } = await invoicingShop(payload, world)
    const { doc } = (await rest('POST', '/api/invoices', { token: owner, body: adminDraft() })).body
    // Payload's document permissions, as the edit view reads them (sanitized: false entries are left out).
    const fieldsOf = async () =>
      (await rest('POST', `/api/invoices/access/${doc.id}`, { token: owner, body: {} })).body.fields
    const canUpdate = (fields: unknown, name: string) => {
      if (fields === true) return true
      const field = (fields as Record<string, true | { update?: boolean }>)[name]
      return field === true || field?.update === true
    }
    const draft = await fieldsOf()
    expect(canUpdate(draft, 'customer')).toBe(true)
    expect(canUpdate(draft, 'lines')).toBe(true)
    expect(canUpdate(draft.lines.fields, 'gross')).toBe(false)

    expect((await issue(owner, doc.id)).status).toBe(200)
    const issued = await fieldsOf()
    for (const name of ['customer', 'lines', 'supply', 'supplyDate', 'order', 'vendor', 'platform'])
      expect([name, canUpdate(issued, name)]).toEqual([name, false])
    expect(issued.customer.read).toBe(true)

    const patched = await rest('PATCH', `/api/invoices/${doc.id}`, {
      token: owner,
      body: { customer: { ...LU_CONSUMER, name: 'Someone else' } },
    })
    expect(patched.status).toBe(409)
  })

  it('offers Delete on drafts only and Duplicate on every invoice; a copy is a new draft, nothing issued copied', async () => {
    const { owner } = await invoicingShop(payload, world)
    const { doc } = (await rest('POST', '/api/invoices', { token: owner, body: adminDraft() })).body
    // The document permissions Payload's edit view reads: `delete` shows Delete, `create` Duplicate (and Create).
    const offered = async (id: number) => {
      const { body } = await rest('POST', `/api/invoices/access/${id}`, { token: owner, body: {} })
      // true, or {permission: true, where} for a scope (Where) that matched this row
      const granted = (permission: unknown) =>
        permission === true || (permission as { permission?: unknown } | undefined)?.permission === true
      return { delete: granted(body.delete), duplicate: granted(body.create) }
    }
    expect(await offered(doc.id)).toEqual({ delete: true, duplicate: true })

    expect((await issue(owner, doc.id)).status).toBe(200)
    expect(await offered(doc.id)).toEqual({ delete: false, duplicate: true })
    const credit = await creditNote(owner, doc.id)
    expect(credit.status).toBe(201)
    const creditId = credit.body.invoice.id
    expect(await offered(creditId)).toEqual({ delete: false, duplicate: true })
    expect(await offered(doc.id)).toEqual({ delete: false, duplicate: true })

    // The server still decides: deleting an issued invoice or credit note answers 409, as before.
    for (const id of [doc.id, creditId]) {
      const deleted = await rest('DELETE', `/api/invoices/${id}`, { token: owner })
      expect(deleted.status).toBe(409)
      expect(deleted.body.errors[0].message).toMatch(/can no longer be changed or deleted/)
    }

    const original = (await rest('GET', `/api/invoices/${doc.id}?depth=0`, { token: owner })).body
    for (const [id, from] of [
      [doc.id, 'the credited invoice'],
      [creditId, 'its credit note'],
    ] as const) {
      const copy = await rest('POST', `/api/invoices/${id}/duplicate`, { token: owner, body: {} })
      expect([from, copy.status, copy.body.errors]).toEqual([from, 200, undefined])
      const draft = copy.body.doc
      expect(draft).toMatchObject({
        kind: 'invoice',
        status: 'draft',
        number: null,
        order: null,
        creditNoteFor: null,
        customer: { name: original.customer.name, locale: 'fr' },
        totals: original.totals,
      })
      expect(draft.issueDate ?? null).toBeNull()
      expect(draft.dueDate ?? null).toBeNull()
      expect(draft.sellerSnapshot ?? null).toBeNull()
      expect(draft.lines.map((line: { unitPrice: number }) => line.unitPrice)).toEqual([3450, 750])
      expect(draft.id).not.toBe(id)
      expect(await offered(draft.id)).toEqual({ delete: true, duplicate: true })
    }
    // The originals are as they were.
    const after = (await rest('GET', `/api/invoices/${doc.id}?depth=0`, { token: owner })).body
    expect({ number: after.number, status: after.status }).toEqual({ number: original.number, status: 'credited' })
  })

  it("starts a new invoice in the shop's language, else the language of whoever creates it, in the admin and over the API", async () => {
    const { owner } = await invoicingShop(payload, world)
    // The admin's form (Payload's REST create) and POST /api/vendor/invoices without customer.locale: one rule.
    const viaAdmin = (headers: Record<string, string>) =>
      rest('POST', '/api/invoices', { token: owner, headers, body: { ...adminDraft(), customer: LU_CONSUMER } })
    const viaApi = async (headers: Record<string, string>) => {
      const created = await rest('POST', '/api/vendor/invoices', {
        token: owner,
        headers,
        body: { customer: LU_CONSUMER, lines: [{ description: 'Crémant', quantity: 1, unitPrice: 1500 }] },
      })
      expect(created.status).toBe(201)
      return { body: { doc: created.body.invoice } }
    }
    const post = async (headers: Record<string, string> = {}) => {
      const [admin, api] = [await viaAdmin(headers), await viaApi(headers)]
      expect(api.body.doc.customer.locale).toBe(admin.body.doc.customer.locale)
      return admin
    }
    const settings = (await rest('GET', '/api/vendor-invoice-settings', { token: owner })).body.docs[0]
    // Settings saved without a language take the language they were saved in (here English, no Accept-Language).
    expect(settings.language).toBe('en')
    const setLanguage = async (language: string | null) =>
      expect(
        (await rest('PATCH', `/api/vendor-invoice-settings/${settings.id}`, { token: owner, body: { language } }))
          .status,
      ).toBe(200)
    await setLanguage(null)
    expect((await post({ 'Accept-Language': 'de' })).body.doc.customer.locale).toBe('de')
    await setLanguage('fr')
    expect((await post({ 'Accept-Language': 'de' })).body.doc.customer.locale).toBe('fr')
    expect((await post()).body.doc.customer.locale).toBe('fr')
    // A customer who speaks another language keeps it.
    const german = await rest('POST', '/api/vendor/invoices', {
      token: owner,
      body: {
        customer: { ...LU_CONSUMER, locale: 'de' },
        lines: [{ description: 'Wein', quantity: 1, unitPrice: 900 }],
      },
    })
    expect(german.body.invoice.customer.locale).toBe('de')
  })

  it('shows every amount of the admin with the money input (stored as cents)', () => {
    const paths = Object.fromEntries(
      sanitized.collections.map((collection) => [collection.slug, moneyPaths(collection.fields)]),
    )
    expect(paths['subscription-tiers']).toEqual(['priceMonthly', 'priceAnnual'])
    expect(paths['add-ons']).toEqual(['price'])
    expect(paths.products).toEqual(['price'])
    expect(paths.orders).toEqual(['lines.unitPrice', 'lines.lineTotal', 'total'])
    expect(paths['vendor-invoice-settings']).toEqual(['euDistanceSalesPreviousYear', 'turnoverPreviousYear'])
    expect(paths.invoices).toEqual([
      'lines.unitPrice',
      'lines.net',
      'lines.vat',
      'lines.gross',
      'vatBreakdown.net',
      'vatBreakdown.vat',
      'totals.net',
      'totals.vat',
      'totals.gross',
    ])
  })
})
