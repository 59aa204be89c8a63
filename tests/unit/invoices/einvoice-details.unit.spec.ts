import { describe, expect, it } from 'vitest'

import type { InvoiceDocument } from '@/services/invoices/document'
import {
  claimsPeppol,
  EN16931_CUSTOMIZATION_ID,
  PEPPOL_CUSTOMIZATION_ID,
} from '@/services/invoices/einvoice/eInvoiceJson'
import {
  buyerElectronicAddress,
  electronicAddressOfVatNumber,
  electronicAddressProblem,
  sellerElectronicAddress,
} from '@/services/invoices/einvoice/electronicAddress'
import { renderCiiXml } from '@/services/invoices/einvoice/renderCiiXml'
import { renderUblXml } from '@/services/invoices/einvoice/renderUblXml'
import { PDF_PRODUCER } from '@/services/invoices/pdf/invoiceDocDefinition'
import { invoiceLabels } from '@/services/invoices/pdf/labels'
import { renderInvoicePdf } from '@/services/invoices/pdf/renderInvoicePdf'

import {
  creditNoteFr,
  domesticLu,
  exportCh,
  intraCommunityDe,
  ossFr,
  reverseChargeBe,
} from '../../helpers/invoiceDocuments'
import { parseXml, pdfObjectsText, readPdf, squash, textOf } from '../../helpers/readDocuments'

const ALL = [domesticLu, ossFr, intraCommunityDe, reverseChargeBe, exportCh, creditNoteFr]

describe('electronic addresses (BT-34 / BT-49)', () => {
  it.each([
    ['LU26375245', '9938', 'LU26375245'],
    ['DE136695976', '9930', 'DE136695976'],
    ['FR40303265045', '9957', 'FR40303265045'],
    ['BE0403019261', '0208', '0403019261'],
    ['SE556036079301', '0007', '5560360793'],
    ['DK13585628', '0184', 'DK13585628'],
    ['EL094014201', '9933', 'EL094014201'],
    ['IT00743110157', '0211', 'IT00743110157'],
    ['fr 40 303 265 045', '9957', 'FR40303265045'],
  ])('the VAT number %s gives scheme %s, identifier %s', (vat, scheme, identifier) => {
    expect(electronicAddressOfVatNumber(vat)).toEqual({ scheme, identifier })
    expect(electronicAddressProblem({ scheme, identifier })).toBeNull()
  })

  it('no VAT number, or one of a country without a VAT scheme, gives none', () => {
    expect(electronicAddressOfVatNumber(null)).toBeNull()
    expect(electronicAddressOfVatNumber('US123456789')).toBeNull()
  })

  it('refuses an e-mail scheme, unknown schemes and identifiers Peppol would refuse', () => {
    expect(electronicAddressProblem({ scheme: 'EM', identifier: 'a@b.lu' })).toBe('scheme')
    expect(electronicAddressProblem({ scheme: '1234', identifier: 'x' })).toBe('scheme')
    expect(electronicAddressProblem({ scheme: '0208', identifier: '0403019262' })).toBe('id') // mod 97
    expect(electronicAddressProblem({ scheme: '0007', identifier: '5560360794' })).toBe('id') // Luhn
    expect(electronicAddressProblem({ scheme: '0088', identifier: '5790000435975' })).toBeNull() // GLN
    expect(electronicAddressProblem({ scheme: '9938', identifier: 'LU 26375245' })).toBe('id')
    expect(electronicAddressProblem({ scheme: '9938', identifier: '' })).toBe('id')
  })

  it('a buyer has one when a business with a VAT number that passed; a consumer or a failed number has none', () => {
    const business = { type: 'business' as const, vatNumber: 'DE136695976' }
    expect(buyerElectronicAddress({ ...business, customerVatValid: true })).toEqual({
      scheme: '9930',
      identifier: 'DE136695976',
    })
    expect(buyerElectronicAddress({ ...business, customerVatValid: false })).toBeNull()
    expect(buyerElectronicAddress({ type: 'consumer', vatNumber: null, customerVatValid: null })).toBeNull()
    const given = { scheme: '0088', identifier: '5790000435975' }
    expect(buyerElectronicAddress({ ...business, customerVatValid: true, electronicAddress: given })).toEqual(given)
  })

  it("the seller's is the one set, else its VAT number's", () => {
    expect(sellerElectronicAddress({ vatNumber: 'LU26375245' })).toEqual({ scheme: '9938', identifier: 'LU26375245' })
    const given = { scheme: '0088', identifier: '5790000435975' }
    expect(sellerElectronicAddress({ vatNumber: 'LU26375245', electronicAddress: given })).toEqual(given)
    expect(
      sellerElectronicAddress({ vatNumber: null, electronicAddress: { scheme: null, identifier: null } }),
    ).toBeNull()
  })
})

describe('UBL', () => {
  it.each(ALL.map((doc) => [doc.number, doc] as const))(
    '%s: no EndpointID with the e-mail scheme "EM"',
    async (_number, doc) => {
      expect(await renderUblXml(doc)).not.toMatch(/schemeID="EM"/)
    },
  )

  it('claims Peppol BIS Billing 3.0 only with both electronic addresses and an order, else plain EN 16931', async () => {
    const b2bWithOrder: InvoiceDocument = { ...intraCommunityDe, orderReference: 'LS-1' }
    expect(claimsPeppol(b2bWithOrder)).toBe(true)
    const ubl = parseXml(await renderUblXml(b2bWithOrder))['Invoice']
    expect(ubl['cbc:CustomizationID']).toBe(PEPPOL_CUSTOMIZATION_ID)
    expect(ubl['cac:AccountingCustomerParty']['cac:Party']['cbc:EndpointID']).toEqual({
      '#text': 'DE136695976',
      '@schemeID': '9930',
    })
    // a consumer has no Peppol address
    const consumer = parseXml(await renderUblXml(domesticLu))['Invoice']
    expect(consumer['cbc:CustomizationID']).toBe(EN16931_CUSTOMIZATION_ID)
    expect(consumer['cbc:ProfileID']).toBeUndefined()
    expect(consumer['cac:AccountingCustomerParty']['cac:Party']['cbc:EndpointID']).toBeUndefined()
    expect(consumer['cac:AccountingSupplierParty']['cac:Party']['cbc:EndpointID']).toEqual({
      '#text': 'LU26375245',
      '@schemeID': '9938',
    })
  })

  it("BuyerReference is the customer's order, never the seller's own invoice number; without an order, none", async () => {
    const withOrder = parseXml(await renderUblXml(domesticLu))['Invoice']
    expect(withOrder['cbc:BuyerReference']).toBe('LS-100234')
    expect(withOrder['cac:OrderReference']['cbc:ID']).toBe('LS-100234')
    const withoutOrder = parseXml(await renderUblXml(reverseChargeBe))['Invoice']
    expect(withoutOrder['cbc:BuyerReference']).toBeUndefined()
    expect(withoutOrder['cbc:CustomizationID']).toBe(EN16931_CUSTOMIZATION_ID) // PEPPOL-EN16931-R003 cannot hold
    for (const doc of ALL) expect(await renderUblXml(doc)).not.toContain(`<cbc:BuyerReference>${doc.number}<`)
  })
})

describe('Factur-X CII', () => {
  const facturXml = async (doc: InvoiceDocument) => {
    const { attachments } = await readPdf(await renderInvoicePdf(doc, { facturX: true }))
    return Buffer.from(attachments['factur-x.xml'].content).toString('utf8')
  }

  it.each([
    ['CII', renderCiiXml],
    ['Factur-X', facturXml],
  ] as const)(
    '%s: the EN 16931 guideline as process id, no Peppol BT-23, no schemaLocation from the library build',
    async (_name, render) => {
      const xml = await render(domesticLu)
      expect(xml).not.toContain('schemaLocation')
      expect(xml).not.toContain('BusinessProcessSpecifiedDocumentContextParameter')
      expect(xml).not.toContain('peppol')
      const context = parseXml(xml)['rsm:CrossIndustryInvoice']['rsm:ExchangedDocumentContext']
      expect(context['ram:GuidelineSpecifiedDocumentContextParameter']['ram:ID']).toBe('urn:cen.eu:en16931:2017')
    },
  )

  it('a credit note cites the invoice it corrects (BT-25, BT-26); an invoice cites none', async () => {
    const settlement = (xml: string) =>
      parseXml(xml)['rsm:CrossIndustryInvoice']['rsm:SupplyChainTradeTransaction'][
        'ram:ApplicableHeaderTradeSettlement'
      ]
    const credit = settlement(await facturXml(creditNoteFr))['ram:InvoiceReferencedDocument']
    expect(credit['ram:IssuerAssignedID']).toBe('INV-2026-0002')
    expect(textOf(credit['ram:FormattedIssueDateTime']['qdt:DateTimeString'])).toBe('20261121')
    expect(settlement(await facturXml(ossFr))['ram:InvoiceReferencedDocument']).toBeUndefined()
  })
})

describe('PDF', () => {
  const cases = [
    ['invoice (en)', domesticLu, 'Invoice INV-2026-0001'],
    ['invoice (de)', intraCommunityDe, 'Rechnung INV-2026-0003'],
    ['invoice (fr)', ossFr, 'Facture INV-2026-0002'],
    ['credit note (fr)', creditNoteFr, 'Avoir CN-2026-0001'],
    ['credit note (en)', { ...creditNoteFr, locale: 'en' }, 'Credit note CN-2026-0001'],
    ['credit note (de)', { ...creditNoteFr, locale: 'de' }, `${invoiceLabels.de.creditNote} CN-2026-0001`],
  ] as const

  it.each(cases)(
    '%s: title and subject in its language and kind, produced by this product',
    async (_name, doc, title) => {
      for (const facturX of [false, true]) {
        const { info } = await readPdf(await renderInvoicePdf(doc as InvoiceDocument, { facturX }))
        expect(info.Title).toBe(title)
        expect(info.Subject).toEqual(expect.stringContaining(title))
        expect(info.Producer).toBe(PDF_PRODUCER)
        expect(info.Creator).toBe(PDF_PRODUCER)
        expect(info.Author).toBe(doc.seller.legalName)
      }
    },
  )

  it('a credit note prints no due date, even when its row has one', async () => {
    const doc: InvoiceDocument = { ...creditNoteFr, dueDate: '2026-12-28' }
    const { text } = await readPdf(await renderInvoicePdf(doc))
    expect(squash(text)).not.toContain(squash(invoiceLabels.fr.dueDate))
    expect(squash((await readPdf(await renderInvoicePdf(ossFr))).text)).toContain(squash(invoiceLabels.fr.dueDate))
  })

  it("Factur-X: the PDF/A output intent's ICC profile says its 3 components (/N 3)", async () => {
    const objects = pdfObjectsText(await renderInvoicePdf(domesticLu, { facturX: true }))
    const ref = /\/DestOutputProfile (\d+) 0 R/.exec(objects)
    expect(ref).not.toBeNull()
    const profile = new RegExp(`(?:^|\\s)${ref![1]} 0 obj\\s*<<([^]*?)>>\\s*stream`).exec(objects)
    expect(profile?.[1]).toMatch(/\/N 3\b/)
  })
})
