import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  download,
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  issue,
  newInvoice,
  VAT,
} from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'
import { parseXml, readPdf, squash } from '../../helpers/readDocuments'

let payload: Payload
let world: InvoicingWorld

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

const shop = (settings: Record<string, unknown> = {}) => invoicingShop(payload, world, { settings })
const patchSettings = (token: string, body: Record<string, unknown>, language = 'en') =>
  rest('PATCH', '/api/vendor/invoice-settings', { token, body, headers: { 'Accept-Language': language } })

const oneLine = () => [{ description: 'Leather wallet', quantity: 1, unitPrice: 10000 }]
const address = (country: string) => ({ street: '1 Main Street', postalCode: '1000', city: 'City', country })

describe("the seller's electronic address in the invoice settings", () => {
  it('defaults to the VAT number’s (9938 for Luxembourg), follows a changed VAT number, keeps one set by hand', async () => {
    const { owner } = await shop()
    const read = await rest('GET', '/api/vendor/invoice-settings', { token: owner })
    expect(read.body.settings.electronicAddress).toEqual({ scheme: '9938', identifier: VAT.LU })

    const renumbered = await patchSettings(owner, { vatNumber: 'LU15027442' })
    expect(renumbered.body.settings.electronicAddress).toEqual({ scheme: '9938', identifier: 'LU15027442' })

    const gln = { scheme: '0088', identifier: '5790000435975' }
    expect((await patchSettings(owner, { electronicAddress: gln })).body.settings.electronicAddress).toEqual(gln)
    expect((await patchSettings(owner, { vatNumber: VAT.LU })).body.settings.electronicAddress).toEqual(gln)

    const reset = await patchSettings(owner, { electronicAddress: null })
    expect(reset.status).toBe(200)
    expect(reset.body.settings.electronicAddress).toEqual({ scheme: '9938', identifier: VAT.LU })
  })

  it('a seller without VAT number has none until set', async () => {
    const { owner } = await shop({ vatNumber: null })
    const read = await rest('GET', '/api/vendor/invoice-settings', { token: owner })
    expect(read.body.settings.electronicAddress).toBeNull()
  })

  it.each([
    ['en', 'is not in the Peppol EAS code list'],
    ['fr', 'ne figure pas dans la liste EAS de Peppol'],
    ['de', 'steht nicht in der EAS-Codeliste von Peppol'],
  ])('an e-mail scheme or unknown scheme: 400 naming it (%s)', async (language, message) => {
    const { owner } = await shop()
    for (const scheme of ['EM', '12345', '']) {
      const answer = await patchSettings(owner, { electronicAddress: { scheme, identifier: 'x@example.lu' } }, language)
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      expect(JSON.stringify(answer.body.errors)).toContain(message)
    }
  })

  it.each([
    ['en', 'does not fit scheme 0208'],
    ['fr', 'ne correspond pas au schéma 0208'],
    ['de', 'passt nicht zum Schema 0208'],
  ])('an identifier that does not fit its scheme: 400 naming it (%s)', async (language, message) => {
    const { owner } = await shop()
    const answer = await patchSettings(
      owner,
      { electronicAddress: { scheme: '0208', identifier: '0403019262' } },
      language,
    )
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body.errors)).toContain(message)
    const wrongType = await patchSettings(owner, { electronicAddress: { scheme: 9938 } }, language)
    expect(wrongType.status).toBe(400)
    const read = await rest('GET', '/api/vendor/invoice-settings', { token: owner })
    expect(read.body.settings.electronicAddress).toEqual({ scheme: '9938', identifier: VAT.LU })
  })
})

describe("the buyer's electronic address and VAT number on the documents", () => {
  it('a business with a valid VAT number gets its address (issued UBL claims Peppol with the order); a consumer none', async () => {
    const { owner } = await shop()
    const business = await newInvoice(owner, {
      customer: { name: 'Schäfer GmbH', type: 'business', vatNumber: VAT.DE, address: address('DE') },
      lines: oneLine(),
      issue: true,
    })
    expect(business.status, JSON.stringify(business.body)).toBe(201)
    expect(business.body.invoice.customer.electronicAddress).toEqual({ scheme: '9930', identifier: VAT.DE })
    const ubl = parseXml((await download(`/api/vendor/invoices/${business.body.invoice.id}/xml`, owner)).body)
    const party = ubl['Invoice']['cac:AccountingCustomerParty']['cac:Party']
    expect(party['cbc:EndpointID']).toEqual({ '#text': VAT.DE, '@schemeID': '9930' })
    expect(ubl['Invoice']['cac:AccountingSupplierParty']['cac:Party']['cbc:EndpointID']).toEqual({
      '#text': VAT.LU,
      '@schemeID': '9938',
    })
    // from lines, without an order: no buyer reference, so plain EN 16931 (PEPPOL-EN16931-R003)
    expect(ubl['Invoice']['cbc:BuyerReference']).toBeUndefined()
    expect(ubl['Invoice']['cbc:CustomizationID']).toBe('urn:cen.eu:en16931:2017')

    const consumer = await newInvoice(owner, {
      customer: { name: 'Anne', email: 'anne@example.lu', type: 'consumer', address: address('LU') },
      lines: oneLine(),
    })
    expect(consumer.body.invoice.customer.electronicAddress).toBeNull()
  })

  it('a buyer address given with the customer is kept; a bad one is refused with 400', async () => {
    const { owner } = await shop()
    const gln = { scheme: '0088', identifier: '5790000435975' }
    const given = await newInvoice(owner, {
      customer: { name: 'Shop', type: 'business', vatNumber: VAT.DE, address: address('DE'), electronicAddress: gln },
      lines: oneLine(),
    })
    expect(given.status, JSON.stringify(given.body)).toBe(201)
    expect(given.body.invoice.customer.electronicAddress).toEqual(gln)
    const bad = await newInvoice(owner, {
      customer: {
        name: 'Shop',
        type: 'business',
        vatNumber: VAT.DE,
        address: address('DE'),
        electronicAddress: { scheme: 'EM', identifier: 'shop@example.de' },
      },
      lines: oneLine(),
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body.errors)).toContain('EAS')
  })

  it('a VAT number that failed (taxed as B2C) is printed nowhere as the buyer’s: PDF, UBL, Factur-X', async () => {
    const { owner } = await shop({ ossRegistered: true })
    const failed = 'FR00000000000'
    const created = await newInvoice(owner, {
      customer: { name: 'Hélène', type: 'business', vatNumber: failed, address: address('FR') },
      lines: oneLine(),
      issue: true,
    })
    expect(created.body.invoice).toMatchObject({ vatTreatment: 'oss', customerVatValid: false })
    expect(created.body.invoice.customer.electronicAddress).toBeNull()
    const id = created.body.invoice.id
    const pdf = await readPdf((await download(`/api/vendor/invoices/${id}/pdf`, owner)).body)
    expect(squash(pdf.text)).not.toContain(failed)
    const ubl = (await download(`/api/vendor/invoices/${id}/xml`, owner)).body.toString('utf8')
    expect(ubl).not.toContain(failed)
    const facturX = await readPdf((await download(`/api/vendor/invoices/${id}/pdf?format=facturx`, owner)).body)
    expect(Buffer.from(facturX.attachments['factur-x.xml'].content).toString('utf8')).not.toContain(failed)
    // a valid one still is
    const valid = await newInvoice(owner, {
      customer: { name: 'SAS', type: 'business', vatNumber: VAT.FR, address: address('FR') },
      lines: oneLine(),
    })
    await issue(owner, valid.body.invoice.id)
    const validUbl = (await download(`/api/vendor/invoices/${valid.body.invoice.id}/xml`, owner)).body.toString()
    expect(validUbl).toContain(VAT.FR)
  })
})
