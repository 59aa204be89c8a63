import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { luxembourgDay } from '@/services/invoices/context'

import {
  download,
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  issue,
  LU_CONSUMER,
  newInvoice,
  VAT,
} from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'
import { parseXml, readPdf, squash, textOf } from '../../helpers/readDocuments'

let payload: Payload
let world: InvoicingWorld
const today = luxembourgDay(new Date())

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

const shop = (options?: Parameters<typeof invoicingShop>[2]) => invoicingShop(payload, world, options)
const patchSettings = (token: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  rest('PATCH', '/api/vendor/invoice-settings', { token, body, headers })

/** Creates and issues an invoice of one line at once. */
const issueOneLine = (token: string, unitPrice = 1000) =>
  newInvoice(token, {
    customer: LU_CONSUMER,
    lines: [{ description: 'Goods', quantity: 1, unitPrice }],
    issue: true,
  })

/** Every message of a 400: the top one and the fields' (path: message). */
const messagesOf = (body: { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }) =>
  body.errors.flatMap((error) => [
    error.message,
    ...(error.data?.errors ?? []).map((field) => `${field.path}: ${field.message}`),
  ])

const FRANCHISE = { vatStatus: 'franchise', vatNumber: null, taxNumber: '1999 2401 234' }
const MENTION_FR =
  'TVA non applicable – article 57, paragraphe 1er, de la loi modifiée du 12 février 1979 concernant la taxe sur la valeur ajoutée (régime de franchise)'
const MENTION_EN =
  'VAT not applicable – Article 57(1) of the amended Luxembourg VAT law of 12 February 1979 (franchise for small enterprises)'

describe('VAT per category (EN 16931 BR-CO-17)', () => {
  it('200 lines of EUR 0.50 at 17 %: VAT 17.00 in the API, the PDF, the UBL and the Factur-X CII', async () => {
    const { owner } = await shop()
    const lines = Array.from({ length: 200 }, (_, i) => ({
      description: `Sticker ${i + 1}`,
      quantity: 1,
      unitPrice: 50,
    }))
    const draft = await newInvoice(owner, { customer: LU_CONSUMER, lines })
    expect(draft.status).toBe(201)
    expect(draft.body.invoice.vatBreakdown).toEqual([{ vatRate: 17, net: 10_000, vat: 1_700 }])
    expect(draft.body.invoice.totals).toEqual({ net: 10_000, vat: 1_700, gross: 11_700 })
    const issued = await issue(owner, draft.body.invoice.id)
    expect(issued.status).toBe(200)
    const invoice = issued.body.invoice
    expect(invoice.vatBreakdown).toEqual([{ vatRate: 17, net: 10_000, vat: 1_700 }])
    expect(invoice.totals).toEqual({ net: 10_000, vat: 1_700, gross: 11_700 })
    // Each line keeps its own net, and its own VAT as an informative figure (8.5 cents → 9).
    expect(invoice.lines[0]).toMatchObject({ net: 50, vat: 9, gross: 59 })
    const stored = await payload.findByID({ collection: 'invoices', id: invoice.id, overrideAccess: true, depth: 0 })
    expect(stored.totals).toMatchObject({ net: 10_000, vat: 1_700, gross: 11_700 })

    const ubl = parseXml((await download(`/api/vendor/invoices/${invoice.id}/xml`, owner)).body)['Invoice']
    const taxTotal = ubl['cac:TaxTotal']
    expect(textOf(taxTotal['cbc:TaxAmount'])).toBe('17.00')
    expect(textOf(taxTotal['cac:TaxSubtotal'][0]['cbc:TaxableAmount'])).toBe('100.00')
    expect(textOf(taxTotal['cac:TaxSubtotal'][0]['cbc:TaxAmount'])).toBe('17.00')
    expect(textOf(ubl['cac:LegalMonetaryTotal']['cbc:PayableAmount'])).toBe('117.00')

    const facturX = await readPdf((await download(`/api/vendor/invoices/${invoice.id}/pdf?format=facturx`, owner)).body)
    const cii = parseXml(facturX.attachments['factur-x.xml'].content)['rsm:CrossIndustryInvoice']
    const settlement = cii['rsm:SupplyChainTradeTransaction']['ram:ApplicableHeaderTradeSettlement']
    expect(textOf(settlement['ram:ApplicableTradeTax'][0]['ram:CalculatedAmount'])).toBe('17.00')
    expect(textOf(settlement['ram:SpecifiedTradeSettlementHeaderMonetarySummation']['ram:TaxTotalAmount'])).toBe(
      '17.00',
    )
    // The PDF prints the breakdown and totals, not per-line VAT: 17.00 and 117.00.
    expect(squash(facturX.text)).toContain(squash('€17.00'))
    expect(squash(facturX.text)).toContain(squash('€117.00'))
    expect(squash(facturX.text)).not.toContain(squash('€18.00'))
  })
})

describe("the seller's VAT status", () => {
  it('settings: registered by default; vatStatus, taxNumber and turnoverPreviousYear are saved and answered', async () => {
    const { owner, member } = await shop()
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: member })).body.settings).toMatchObject({
      vatStatus: 'registered',
      taxNumber: null,
      turnoverPreviousYear: 0,
    })
    const saved = await patchSettings(owner, { ...FRANCHISE, turnoverPreviousYear: 2_000_000 })
    expect(saved.status).toBe(200)
    expect(saved.body.settings).toMatchObject({ ...FRANCHISE, turnoverPreviousYear: 2_000_000 })
  })

  it('settings: a bad vatStatus, a franchise outside Luxembourg or a bad turnover is a 400, in the caller’s language', async () => {
    const { owner } = await shop()
    const bad = await patchSettings(owner, { vatStatus: 'exempt' })
    expect(bad.status).toBe(400)
    expect(messagesOf(bad.body).join(' | ')).toContain('vatStatus')
    const german = await patchSettings(owner, {
      vatStatus: 'franchise',
      address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      vatNumber: VAT.DE,
    })
    expect(german.status).toBe(400)
    expect(messagesOf(german.body).join(' | ')).toContain('supported for sellers established in Luxembourg only')
    const french = await patchSettings(
      owner,
      {
        vatStatus: 'franchise',
        address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
        vatNumber: VAT.DE,
      },
      { 'accept-language': 'fr' },
    )
    expect(messagesOf(french.body).join(' | ')).toContain(
      'n’est pris en charge que pour les vendeurs établis au Luxembourg',
    )
    expect((await patchSettings(owner, { turnoverPreviousYear: -1 })).status).toBe(400)
    expect((await patchSettings(owner, { turnoverPreviousYear: 12.5 })).status).toBe(400)
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: owner })).body.settings).toMatchObject({
      vatStatus: 'registered',
      vatNumber: VAT.LU,
      address: { country: 'LU' },
    })
  })

  it('a registered seller without a VAT number cannot issue: 400 naming vatNumber (en, fr), nothing numbered', async () => {
    const { owner, vendor } = await shop({ settings: { vatNumber: null } })
    const draft = await newInvoice(owner, {
      customer: LU_CONSUMER,
      lines: [{ description: 'Goods', quantity: 1, unitPrice: 1000 }],
    })
    expect(draft.status).toBe(201) // a draft may be prepared; issuing is refused
    const refused = await issue(owner, draft.body.invoice.id)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('no valid VAT number (vatNumber)')
    expect(refused.body.errors[0].data.errors).toEqual([
      { path: 'vatNumber', message: expect.stringContaining('a VAT-registered seller cannot issue') },
    ])
    const inFrench = await rest('POST', `/api/vendor/invoices/${draft.body.invoice.id}/issue`, {
      token: owner,
      headers: { 'accept-language': 'fr' },
    })
    expect(inFrench.status).toBe(400)
    expect(inFrench.body.errors[0].message).toContain('pas de numéro de TVA valable (vatNumber)')
    // Create-and-issue is refused the same way, and rolls back the draft too.
    const both = await issueOneLine(owner, 1000)
    expect(both.status).toBe(400)
    expect(both.body.errors[0].message).toContain('(vatNumber)')
    const { docs } = await payload.find({
      collection: 'invoices',
      where: { vendor: { equals: vendor.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((doc) => [doc.id, doc.status, doc.number])).toEqual([[draft.body.invoice.id, 'draft', null]])
    const still = await payload.findByID({
      collection: 'invoices',
      id: draft.body.invoice.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(still).toMatchObject({ status: 'draft', number: null })
    // With its VAT number it issues.
    expect((await patchSettings(owner, { vatNumber: VAT.LU })).status).toBe(200)
    expect((await issue(owner, draft.body.invoice.id)).status).toBe(200)
  })

  it('a franchise seller issues without VAT: category E, the legal mention on the PDF, in the UBL and the CII', async () => {
    const { owner } = await shop({ settings: FRANCHISE })
    const created = await newInvoice(owner, {
      customer: { ...LU_CONSUMER, locale: 'fr' },
      lines: [
        { description: 'Bougie', quantity: 3, unitPrice: 1250 },
        { description: 'Livre', quantity: 1, unitPrice: 2000, vatCategory: 'super_reduced' },
      ],
      issue: true,
    })
    expect(created.status).toBe(201)
    const invoice = created.body.invoice
    expect(invoice).toMatchObject({
      status: 'issued',
      vatTreatment: 'franchise',
      vatNote: MENTION_FR,
      vatBreakdown: [{ vatRate: 0, net: 5_750, vat: 0 }],
      totals: { net: 5_750, vat: 0, gross: 5_750 },
    })
    expect(invoice.lines.map((line: { vatRate: number; vat: number }) => [line.vatRate, line.vat])).toEqual([
      [0, 0],
      [0, 0],
    ])

    const pdf = await readPdf((await download(`/api/vendor/invoices/${invoice.id}/pdf?format=facturx`, owner)).body)
    expect(squash(pdf.text)).toContain(squash(MENTION_FR))
    expect(squash(pdf.text)).toContain(squash('Matricule : 1999 2401 234'))
    expect(squash(pdf.text)).not.toContain('N°TVA')

    const ubl = parseXml((await download(`/api/vendor/invoices/${invoice.id}/xml`, owner)).body)['Invoice']
    const subtotal = ubl['cac:TaxTotal']['cac:TaxSubtotal'][0]
    expect(subtotal['cac:TaxCategory']).toMatchObject({
      'cbc:ID': 'E',
      'cbc:Percent': '0',
      'cbc:TaxExemptionReason': MENTION_FR,
    })
    expect(subtotal['cac:TaxCategory']['cbc:TaxExemptionReasonCode']).toBeUndefined()
    expect(textOf(ubl['cac:TaxTotal']['cbc:TaxAmount'])).toBe('0.00')
    for (const line of ubl['cac:InvoiceLine']) expect(line['cac:Item']['cac:ClassifiedTaxCategory']['cbc:ID']).toBe('E')
    const seller = ubl['cac:AccountingSupplierParty']['cac:Party']
    // No VAT number (BT-31); the national tax number as BT-32 (BR-E-02).
    expect(seller['cac:PartyTaxScheme']).toEqual([
      { 'cbc:CompanyID': '1999 2401 234', 'cac:TaxScheme': { 'cbc:ID': 'TAX' } },
    ])

    const cii = parseXml(pdf.attachments['factur-x.xml'].content)['rsm:CrossIndustryInvoice']
    const transaction = cii['rsm:SupplyChainTradeTransaction']
    const tax = transaction['ram:ApplicableHeaderTradeSettlement']['ram:ApplicableTradeTax'][0]
    expect(tax['ram:CategoryCode']).toBe('E')
    expect(tax['ram:ExemptionReason']).toBe(MENTION_FR)
    expect(textOf(tax['ram:CalculatedAmount'])).toBe('0.00')
    const sellerCii = transaction['ram:ApplicableHeaderTradeAgreement']['ram:SellerTradeParty']
    const registration = [sellerCii['ram:SpecifiedTaxRegistration']].flat()[0]
    expect(textOf(registration['ram:ID'])).toBe('1999 2401 234')
    expect(registration['ram:ID']['@schemeID']).toBe('FC')
  })

  it('a franchise seller may give its VAT number instead; without either it cannot issue (400 naming taxNumber)', async () => {
    const { owner } = await shop({ settings: { ...FRANCHISE, taxNumber: null } })
    const refused = await issueOneLine(owner)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('(taxNumber)')
    expect(refused.body.errors[0].data.errors[0].path).toBe('taxNumber')
    expect((await patchSettings(owner, { vatNumber: VAT.LU })).status).toBe(200)
    const issued = await issueOneLine(owner)
    expect(issued.status).toBe(201)
    expect(issued.body.invoice).toMatchObject({ vatTreatment: 'franchise', totals: { vat: 0 }, vatNote: MENTION_EN })
  })

  it('a franchise seller above the threshold in force is refused: last year’s turnover, or this year’s with the invoice', async () => {
    expect(today >= '2025-01-01').toBe(true) // the EUR 50,000 threshold with its 10 % tolerance
    const { owner } = await shop({ settings: { ...FRANCHISE, turnoverPreviousYear: 5_000_001 } })
    const lastYear = await issueOneLine(owner)
    expect(lastYear.status).toBe(400)
    expect(lastYear.body.errors[0].message).toContain('EUR 50000.00, the franchise threshold in force on')
    expect(lastYear.body.errors[0].data.errors[0].path).toBe('turnoverPreviousYear')
    expect((await patchSettings(owner, { turnoverPreviousYear: 5_000_000 })).status).toBe(200)
    // This year: 54,000.00 issued, then an invoice of 1,000.01 would pass EUR 55,000.00.
    const big = await issueOneLine(owner, 5_400_000)
    expect(big.status).toBe(201)
    const over = await issueOneLine(owner, 100_001)
    expect(over.status).toBe(400)
    expect(over.body.errors[0].message).toContain('EUR 55000.01')
    expect(over.body.errors[0].message).toContain('EUR 55000.00')
    const exactly = await issueOneLine(owner, 100_000)
    expect(exactly.status).toBe(201)
  })

  it('cross-vendor attempts are unchanged: another shop can neither issue a franchise draft nor change the settings', async () => {
    const alice = await shop({ settings: FRANCHISE })
    const bob = await shop()
    const draft = (
      await newInvoice(alice.owner, {
        customer: LU_CONSUMER,
        lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
      })
    ).body.invoice
    expect((await issue(bob.owner, draft.id)).status).toBe(403)
    const bobSettings = await patchSettings(bob.owner, { vatStatus: 'franchise', vendor: 'no-such-shop' })
    expect([400, 403, 404]).toContain(bobSettings.status)
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: alice.owner })).body.settings.vatStatus).toBe(
      'franchise',
    )
    expect((await rest('GET', '/api/vendor/invoice-settings', { token: bob.owner })).body.settings.vatStatus).toBe(
      'registered',
    )
    const still = await payload.findByID({ collection: 'invoices', id: draft.id, overrideAccess: true, depth: 0 })
    expect(still).toMatchObject({ status: 'draft', number: null, vatTreatment: 'franchise' })
  })
})
