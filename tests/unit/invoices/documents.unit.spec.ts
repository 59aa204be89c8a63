import { InvoiceService } from '@e-invoice-eu/core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { InvoiceDocument } from '@/services/invoices/document'
import { claimsPeppol, toEInvoiceJson } from '@/services/invoices/einvoice/eInvoiceJson'
import { renderCiiXml } from '@/services/invoices/einvoice/renderCiiXml'
import { renderUblXml } from '@/services/invoices/einvoice/renderUblXml'
import {
  centsToDecimal,
  formatCountry,
  formatDate,
  formatMoney,
  formatQuantity,
  formatRate,
} from '@/services/invoices/pdf/formatting'
import { invoiceLabels } from '@/services/invoices/pdf/labels'
import { renderInvoicePdf } from '@/services/invoices/pdf/renderInvoicePdf'

import {
  creditNoteFr,
  domesticLu,
  draftLu,
  exportCh,
  intraCommunityDe,
  ossFr,
  polishCustomer,
  priced,
  reverseChargeBe,
  withLogo,
} from '../../helpers/invoiceDocuments'
import {
  parseXml,
  pdfObjectsText,
  readPdf,
  squash,
  textOf,
  validateFacturXXsd,
  type XmlNode,
  xmpOf,
} from '../../helpers/readDocuments'

const EU_COUNTRIES = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ')

const issued: [string, InvoiceDocument][] = [
  ['domestic LU B2C (en)', domesticLu],
  ['OSS to FR (fr)', ossFr],
  ['intra-Community B2B to DE (de)', intraCommunityDe],
  ['reverse charge to BE (en)', reverseChargeBe],
  ['export to CH (de)', exportCh],
  ['credit note (fr)', creditNoteFr],
  ['with logo (en)', withLogo],
]

// Rendering must never reach the network (fonts, colour profile and logo come from memory and npm packages).
beforeAll(() => {
  vi.stubGlobal('fetch', () => {
    throw new Error('invoice rendering tried to fetch')
  })
})
afterAll(() => {
  vi.unstubAllGlobals()
})

/** Every field Art. 226 of Directive 2006/112/EC requires, and the rest of what the invoice shows. */
function expectedTexts(doc: InvoiceDocument): string[] {
  const labels = invoiceLabels[doc.locale]
  const money = (cents: number) => formatMoney(cents, doc.locale)
  const rate = (value: number) => formatRate(value, doc.locale)
  const date = (iso: string) => formatDate(iso, doc.locale)
  const address = (a: InvoiceDocument['seller']['address']) => [
    a.street,
    `${a.postalCode} ${a.city}`,
    formatCountry(a.country, doc.locale),
  ]
  const texts = [
    doc.kind === 'credit_note' ? labels.creditNote : labels.invoice,
    doc.number ?? labels.draft,
    doc.issueDate ? date(doc.issueDate) : labels.draft,
    `${labels.supplyDate}${date(doc.supplyDate)}`,
    doc.seller.legalName,
    ...address(doc.seller.address),
    `${labels.vatNumber}${labels.colon}${doc.seller.vatNumber}`,
    `${labels.rcsNumber}${labels.colon}${doc.seller.rcsNumber}`,
    doc.customer.name,
    ...address(doc.customer.address),
    ...doc.lines.map((line) =>
      [
        line.description,
        formatQuantity(line.quantity, doc.locale),
        money(line.unitPrice),
        rate(line.vatRate),
        money(line.net),
      ].join(''),
    ),
    ...doc.vatBreakdown.map((row) => [rate(row.vatRate), money(row.net), money(row.vat)].join('')),
    `${labels.totalNet}${money(doc.totals.net)}`,
    `${labels.totalVat}${money(doc.totals.vat)}`,
    `${labels.totalGross}${money(doc.totals.gross)}`,
    `${labels.iban}${labels.colon}${doc.seller.iban}`,
    `${labels.bic}${labels.colon}${doc.seller.bic}`,
    doc.seller.footer!,
  ]
  if (doc.customer.vatNumber) texts.push(`${labels.customerVatNumber}${labels.colon}${doc.customer.vatNumber}`)
  if (doc.vatNote) texts.push(doc.vatNote)
  if (doc.kind === 'invoice') texts.push(labels.paymentTerms(doc.seller.paymentTermsDays))
  if (doc.dueDate) texts.push(`${labels.dueDate}${date(doc.dueDate)}`)
  if (doc.orderReference) texts.push(`${labels.orderReference}${doc.orderReference}`)
  if (doc.creditNoteFor) texts.push(labels.creditNoteFor(doc.creditNoteFor.number, date(doc.creditNoteFor.issueDate)))
  return texts
}

function expectAllIn(text: string, expected: string[]) {
  const missing = expected.filter((part) => !squash(text).includes(squash(part)))
  expect(missing).toEqual([])
}

describe('renderInvoicePdf', () => {
  it.each(issued)(
    '%s: shows every Art. 226 field, the amounts as on the document, in its language',
    async (_name, doc) => {
      const pdf = await renderInvoicePdf(doc)
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      const { text, info } = await readPdf(pdf)
      expectAllIn(text, expectedTexts(doc))
      expect(info.Language).toBe(doc.locale)
      // The other languages' words for "invoice" and "total" are absent.
      for (const other of (['en', 'fr', 'de'] as const).filter((locale) => locale !== doc.locale)) {
        expect(squash(text)).not.toContain(squash(invoiceLabels[other].totalGross))
      }
    },
  )

  it('formats money, rates and dates per language (literal values)', async () => {
    const en = squash((await readPdf(await renderInvoicePdf(domesticLu))).text)
    expect(en).toContain(squash('Total incl. VAT €58.86'))
    expect(en).toContain(squash('Crémant de Luxembourg brut, 75 cl 3 €12.99 17 % €38.97'))
    expect(en).toContain(squash('Date of supply 18 November 2026'))
    const fr = squash((await readPdf(await renderInvoicePdf(ossFr))).text)
    expect(fr).toContain(squash('Total TTC 121,77 €'))
    expect(fr).toContain(squash('5,5 % 18,99 € 1,04 €'))
    expect(fr).toContain(squash("Date d'émission 21 novembre 2026"))
    const de = squash((await readPdf(await renderInvoicePdf(intraCommunityDe))).text)
    expect(de).toContain(squash('Gesamtbetrag brutto 500,00 €'))
    expect(de).toContain(squash('USt-IdNr. des Kunden: DE136695976'))
    expect(de).toContain(squash('Liefer-/Leistungsdatum 19. November 2026'))
    expect(formatRate(25.5, 'fr')).toBe('25,5\u00a0%')
    expect(formatRate(25.5, 'en')).toBe('25.5\u00a0%')
    expect(formatMoney(123456789, 'de')).toBe('1.234.567,89\u00a0€')
    expect(formatMoney(-5, 'fr')).toBe('-0,05\u00a0€')
  })

  it('a credit note is titled as such and cites the corrected invoice with its date; its amounts are negative', async () => {
    const { text } = await readPdf(await renderInvoicePdf(creditNoteFr))
    expect(squash(text)).toContain(squash('Avoir sur la facture n° INV-2026-0002 du 21 novembre 2026'))
    expect(squash(text)).toContain(squash("Numéro d'avoir CN-2026-0001"))
    expect(squash(text)).toContain(squash('Total TTC -49,91 €'))
    expect(squash(text)).not.toContain(squash('Payable sous'))
  })

  it('a draft says DRAFT (no number, no issue date) in its language', async () => {
    const { text } = await readPdf(await renderInvoicePdf(draftLu))
    expect(squash(text)).toContain(squash('Invoice number DRAFT'))
    expect(squash(text)).toContain(squash('Date of issue DRAFT'))
    expect(squash(text)).not.toContain('INV-')
    expect(squash(text)).not.toContain(squash('Payment reference'))
    const fr = await readPdf(await renderInvoicePdf({ ...ossFr, number: null, issueDate: null }))
    expect(squash(fr.text)).toContain('BROUILLON')
  })

  it("shows the vendor's logo", async () => {
    expect((await readPdf(await renderInvoicePdf(withLogo))).images).toBe(1)
    expect((await readPdf(await renderInvoicePdf(domesticLu))).images).toBe(0)
  })

  it('uses the standard font for Western European text, é ü ß € « » Œ and the name of every EU country in each language', async () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      const names = EU_COUNTRIES.map((country) => formatCountry(country, locale))
      const doc: InvoiceDocument = {
        ...domesticLu,
        locale,
        ...priced(
          names.map((name, index) => ({
            description: `${name} é ü ß € « » Œ`,
            quantity: 1,
            unitPrice: 100 + index,
            vatRate: 17,
          })),
        ),
      }
      const { text, fonts } = await readPdf(await renderInvoicePdf(doc))
      expectAllIn(text, [...names.map((name) => `${name} é ü ß € « » Œ`), formatCountry('LU', locale)])
      expect(fonts.map((font) => font.name)).toContain('Helvetica')
      expect(fonts.every((font) => !font.embedded)).toBe(true)
    }
    // The country names the document prints come from Intl, in the document's language.
    expect(formatCountry('CZ', 'fr')).toBe('Tchéquie')
    expect(formatCountry('AT', 'de')).toBe('Österreich')
  })

  it('switches to the embedded font when a name is outside WinAnsi (Polish letters)', async () => {
    const { text, fonts } = await readPdf(await renderInvoicePdf(polishCustomer))
    expectAllIn(text, ['Łukasz Żółć', '90-001 Łódź', 'Poland'])
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((font) => font.embedded && font.name.includes('Roboto'))).toBe(true)
  })

  it('runs to several pages with a page count when there are many lines', async () => {
    const doc: InvoiceDocument = {
      ...domesticLu,
      ...priced(
        Array.from({ length: 60 }, (_, index) => ({
          description: `Article ${index + 1}`,
          quantity: 1,
          unitPrice: 1000,
          vatRate: 17,
        })),
      ),
    }
    const { text, pages } = await readPdf(await renderInvoicePdf(doc))
    expect(pages).toBeGreaterThan(1)
    expectAllIn(text, ['Article 60', `Page ${pages} of ${pages}`, formatMoney(doc.totals.gross, 'en')])
  })
})

/** The CII (Factur-X) totals and tax rows, as strings. */
function ciiSummary(cii: XmlNode) {
  const transaction = cii['rsm:CrossIndustryInvoice']['rsm:SupplyChainTradeTransaction']
  const settlement = transaction['ram:ApplicableHeaderTradeSettlement']
  const sums = settlement['ram:SpecifiedTradeSettlementHeaderMonetarySummation']
  return {
    id: cii['rsm:CrossIndustryInvoice']['rsm:ExchangedDocument']['ram:ID'],
    typeCode: cii['rsm:CrossIndustryInvoice']['rsm:ExchangedDocument']['ram:TypeCode'],
    guideline:
      cii['rsm:CrossIndustryInvoice']['rsm:ExchangedDocumentContext']['ram:GuidelineSpecifiedDocumentContextParameter'][
        'ram:ID'
      ],
    lineTotal: textOf(sums['ram:LineTotalAmount']),
    taxBasis: textOf(sums['ram:TaxBasisTotalAmount']),
    taxTotal: textOf(sums['ram:TaxTotalAmount']),
    grandTotal: textOf(sums['ram:GrandTotalAmount']),
    duePayable: textOf(sums['ram:DuePayableAmount']),
    taxes: settlement['ram:ApplicableTradeTax'].map((tax: XmlNode) => ({
      category: tax['ram:CategoryCode'],
      rate: tax['ram:RateApplicablePercent'],
      basis: textOf(tax['ram:BasisAmount']),
      calculated: textOf(tax['ram:CalculatedAmount']),
      exemptionReasonCode: tax['ram:ExemptionReasonCode'],
    })),
    lines: transaction['ram:IncludedSupplyChainTradeLineItem'].length,
  }
}

const positive = (doc: InvoiceDocument, cents: number) =>
  centsToDecimal(doc.kind === 'credit_note' ? Math.abs(cents) : cents)

describe('renderInvoicePdf with facturX', () => {
  const facturX = new Map<string, Buffer>()
  beforeAll(async () => {
    for (const [name, doc] of issued) facturX.set(name, await renderInvoicePdf(doc, { facturX: true }))
  })

  it.each(issued)("%s: embeds factur-x.xml whose totals and VAT rows are the document's", async (name, doc) => {
    const pdf = facturX.get(name)!
    const { attachments, text, fonts } = await readPdf(pdf)
    expect(Object.keys(attachments)).toEqual(['factur-x.xml'])
    const summary = ciiSummary(parseXml(attachments['factur-x.xml'].content))
    expect(summary).toEqual({
      id: doc.number,
      typeCode: doc.kind === 'credit_note' ? '381' : '380',
      guideline: 'urn:cen.eu:en16931:2017',
      lineTotal: positive(doc, doc.totals.net),
      taxBasis: positive(doc, doc.totals.net),
      taxTotal: positive(doc, doc.totals.vat),
      grandTotal: positive(doc, doc.totals.gross),
      duePayable: positive(doc, doc.totals.gross),
      taxes: doc.vatBreakdown.map((row) => ({
        category: expect.any(String),
        rate: String(row.vatRate),
        basis: positive(doc, row.net),
        calculated: positive(doc, row.vat),
        exemptionReasonCode: ['intra_community_exempt', 'reverse_charge', 'export'].includes(doc.vatTreatment)
          ? expect.stringMatching(/^VATEX-EU-/)
          : undefined,
      })),
      lines: doc.lines.length,
    })
    // Still the same visible invoice, every font embedded (PDF/A).
    expectAllIn(text, expectedTexts(doc))
    expect(fonts.every((font) => font.embedded)).toBe(true)
  })

  it.each(issued)(
    '%s: carries PDF/A-3B identification and Factur-X EN 16931 metadata, as UTF-8 XMP matching the info dictionary',
    async (name, doc) => {
      const pdf = facturX.get(name)!
      const xmp = xmpOf(pdf)
      const descriptions: XmlNode[] = xmp['x:xmpmeta']['rdf:RDF']['rdf:Description']
      const field = (key: string) => descriptions.find((description) => key in description)?.[key]
      expect(String(field('pdfaid:part'))).toBe('3')
      expect(field('pdfaid:conformance')).toBe('B')
      expect(field('fx:ConformanceLevel')).toBe('EN 16931')
      expect(field('fx:DocumentFileName')).toBe('factur-x.xml')
      expect(field('fx:DocumentType')).toBe('INVOICE')
      expect(field('dc:creator')['rdf:Seq']['rdf:li']).toBe(doc.seller.legalName)
      const { info } = await readPdf(pdf)
      expect(info.Title).toBe(textOf(field('dc:title')['rdf:Alt']['rdf:li']))
      expect(info.Producer).toBe(field('pdf:Producer'))
      expect(info.Creator).toBe(field('xmp:CreatorTool'))
      expect(info.Keywords).toBe(field('pdf:Keywords'))
      expect(info.Author).toBe(doc.seller.legalName)
      // Output intent with an sRGB profile; the XML attached with its relationship to the document (PDF/A-3 AF).
      const objects = pdfObjectsText(pdf)
      expect(objects).toMatch(/\/S\s*\/GTS_PDFA1/)
      expect(objects).toMatch(/\/DestOutputProfile/)
      expect(objects).toMatch(/\/AFRelationship\s*\/(Alternative|Data)/)
      expect(objects).toMatch(/\/AF\s*\[/)
    },
  )

  it('the embedded XML of every case is valid against the Factur-X 1.07.3 EN 16931 XSD; a broken one is not', async () => {
    const documents: { name: string; xml: string }[] = []
    for (const [name] of issued) {
      const { attachments } = await readPdf(facturX.get(name)!)
      documents.push({
        name: name.replace(/\W+/g, '-'),
        xml: Buffer.from(attachments['factur-x.xml'].content).toString('utf8'),
      })
    }
    const result = await validateFacturXXsd(documents)
    expect(result.errors.map((error) => error.rawMessage)).toEqual([])
    expect(result.valid).toBe(true)

    const broken = documents[0].xml.replace(/<ram:TypeCode>380<\/ram:TypeCode>/, '')
    const brokenResult = await validateFacturXXsd([{ name: 'broken', xml: broken }])
    expect(brokenResult.valid).toBe(false)
  })

  it('the standalone CII is the same document (XSD-valid for the EN 16931 profile)', async () => {
    const cii = await renderCiiXml(intraCommunityDe)
    const summary = ciiSummary(parseXml(cii))
    expect(summary.grandTotal).toBe('500.00')
    expect(summary.taxes).toEqual([
      { category: 'K', rate: '0', basis: '500.00', calculated: '0.00', exemptionReasonCode: 'VATEX-EU-IC' },
    ])
    expect((await validateFacturXXsd([{ name: 'cii', xml: cii }])).valid).toBe(true)
  })
})

/** UBL (Invoice or CreditNote) parsed back to the few shapes the assertions compare. */
function readUbl(xml: string) {
  const parsed = parseXml(xml)
  const isCredit = 'CreditNote' in parsed
  const root = isCredit ? parsed.CreditNote : parsed.Invoice
  const party = (node: XmlNode) => ({
    endpoint: textOf(node['cbc:EndpointID']),
    endpointScheme: node['cbc:EndpointID']?.['@schemeID'],
    name: node['cac:PartyLegalEntity']['cbc:RegistrationName'],
    companyId: node['cac:PartyLegalEntity']['cbc:CompanyID'],
    vatNumber: node['cac:PartyTaxScheme']?.[0]['cbc:CompanyID'],
    vatScheme: node['cac:PartyTaxScheme']?.[0]['cac:TaxScheme']['cbc:ID'],
    address: {
      street: node['cac:PostalAddress']['cbc:StreetName'],
      postalCode: node['cac:PostalAddress']['cbc:PostalZone'],
      city: node['cac:PostalAddress']['cbc:CityName'],
      country: node['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode'],
    },
  })
  const lineKey = isCredit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine'
  const quantityKey = isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'
  const amount = (node: XmlNode) => {
    expect(node['@currencyID']).toBe('EUR')
    return textOf(node)
  }
  return {
    root: isCredit ? 'CreditNote' : 'Invoice',
    customizationId: root['cbc:CustomizationID'],
    profileId: root['cbc:ProfileID'],
    id: root['cbc:ID'],
    issueDate: root['cbc:IssueDate'],
    dueDate: root['cbc:DueDate'],
    typeCode: root[isCredit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode'],
    notes: root['cbc:Note'],
    currency: root['cbc:DocumentCurrencyCode'],
    buyerReference: root['cbc:BuyerReference'],
    orderReference: root['cac:OrderReference']?.['cbc:ID'],
    billingReference: root['cac:BillingReference']?.['cac:InvoiceDocumentReference'],
    seller: party(root['cac:AccountingSupplierParty']['cac:Party']),
    buyer: party(root['cac:AccountingCustomerParty']['cac:Party']),
    delivery: {
      date: root['cac:Delivery']['cbc:ActualDeliveryDate'],
      country: root['cac:Delivery']['cac:DeliveryLocation']['cac:Address']['cac:Country']['cbc:IdentificationCode'],
    },
    paymentMeans: root['cac:PaymentMeans']?.map((means: XmlNode) => ({
      code: textOf(means['cbc:PaymentMeansCode']),
      paymentId: means['cbc:PaymentID'],
      iban: means['cac:PayeeFinancialAccount']['cbc:ID'],
      bic: means['cac:PayeeFinancialAccount']['cac:FinancialInstitutionBranch']?.['cbc:ID'],
    })),
    paymentTerms: root['cac:PaymentTerms']?.['cbc:Note'],
    taxTotal: amount(root['cac:TaxTotal']['cbc:TaxAmount']),
    subtotals: root['cac:TaxTotal']['cac:TaxSubtotal'].map((subtotal: XmlNode) => ({
      taxable: amount(subtotal['cbc:TaxableAmount']),
      tax: amount(subtotal['cbc:TaxAmount']),
      category: subtotal['cac:TaxCategory']['cbc:ID'],
      percent: subtotal['cac:TaxCategory']['cbc:Percent'],
      exemptionReasonCode: subtotal['cac:TaxCategory']['cbc:TaxExemptionReasonCode'],
      exemptionReason: subtotal['cac:TaxCategory']['cbc:TaxExemptionReason'],
    })),
    totals: {
      lineExtension: amount(root['cac:LegalMonetaryTotal']['cbc:LineExtensionAmount']),
      taxExclusive: amount(root['cac:LegalMonetaryTotal']['cbc:TaxExclusiveAmount']),
      taxInclusive: amount(root['cac:LegalMonetaryTotal']['cbc:TaxInclusiveAmount']),
      payable: amount(root['cac:LegalMonetaryTotal']['cbc:PayableAmount']),
    },
    lines: root[lineKey].map((line: XmlNode) => ({
      id: line['cbc:ID'],
      quantity: textOf(line[quantityKey]),
      unitCode: line[quantityKey]['@unitCode'],
      net: amount(line['cbc:LineExtensionAmount']),
      name: line['cac:Item']['cbc:Name'],
      category: line['cac:Item']['cac:ClassifiedTaxCategory']['cbc:ID'],
      percent: line['cac:Item']['cac:ClassifiedTaxCategory']['cbc:Percent'],
      price: amount(line['cac:Price']['cbc:PriceAmount']),
    })),
  }
}

const EXPECTED_CATEGORY: Record<InvoiceDocument['vatTreatment'], { code: string; reason?: string }> = {
  domestic: { code: 'S' },
  origin: { code: 'S' },
  oss: { code: 'S' },
  intra_community_exempt: { code: 'K', reason: 'VATEX-EU-IC' },
  reverse_charge: { code: 'AE', reason: 'VATEX-EU-AE' },
  export: { code: 'G', reason: 'VATEX-EU-G' },
  franchise: { code: 'E' },
}

const cents = (decimal: string) => {
  const [units, fraction = ''] = decimal.replace('-', '').split('.')
  expect(fraction.length).toBeLessThanOrEqual(2) // BR-DEC-*
  return (decimal.startsWith('-') ? -1 : 1) * (Number(units) * 100 + Number(fraction.padEnd(2, '0')))
}

describe('renderUblXml', () => {
  it.each(issued)(
    '%s: every field, line, VAT subtotal and total as on the document (Peppol BIS 3 / EN 16931)',
    async (_name, doc) => {
      const ubl = readUbl(await renderUblXml(doc))
      const category = EXPECTED_CATEGORY[doc.vatTreatment]
      const isCredit = doc.kind === 'credit_note'
      expect(ubl).toEqual({
        root: isCredit ? 'CreditNote' : 'Invoice',
        customizationId: claimsPeppol(doc)
          ? 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'
          : 'urn:cen.eu:en16931:2017',
        profileId: claimsPeppol(doc) ? 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0' : undefined,
        id: doc.number,
        issueDate: doc.issueDate,
        dueDate: isCredit ? undefined : doc.dueDate,
        typeCode: isCredit ? '381' : '380',
        notes: doc.vatNote ? [doc.vatNote] : undefined,
        currency: 'EUR',
        buyerReference: doc.orderReference ?? undefined,
        orderReference: doc.orderReference ?? undefined,
        billingReference: doc.creditNoteFor
          ? { 'cbc:ID': doc.creditNoteFor.number, 'cbc:IssueDate': doc.creditNoteFor.issueDate }
          : undefined,
        seller: {
          endpoint: doc.seller.electronicAddress?.identifier,
          endpointScheme: doc.seller.electronicAddress?.scheme,
          name: doc.seller.legalName,
          companyId: doc.seller.rcsNumber,
          vatNumber: doc.seller.vatNumber,
          vatScheme: 'VAT',
          address: doc.seller.address,
        },
        buyer: {
          endpoint: doc.customer.electronicAddress?.identifier,
          endpointScheme: doc.customer.electronicAddress?.scheme,
          name: doc.customer.name,
          companyId: undefined,
          vatNumber: doc.customer.vatNumber ?? undefined,
          vatScheme: doc.customer.vatNumber ? 'VAT' : undefined,
          address: doc.customer.address,
        },
        delivery: { date: doc.supplyDate, country: doc.customer.address.country },
        paymentMeans: [
          { code: '58', paymentId: doc.number, iban: doc.seller.iban!.replace(/\s/g, ''), bic: doc.seller.bic },
        ],
        paymentTerms: isCredit
          ? undefined
          : [expect.stringContaining(invoiceLabels[doc.locale].paymentTerms(doc.seller.paymentTermsDays))],
        taxTotal: positive(doc, doc.totals.vat),
        subtotals: doc.vatBreakdown.map((row) => ({
          taxable: positive(doc, row.net),
          tax: positive(doc, row.vat),
          category: row.vatRate === 0 && category.code === 'S' ? 'Z' : category.code,
          percent: String(row.vatRate),
          exemptionReasonCode: category.reason,
          exemptionReason: category.reason ? doc.vatNote : undefined,
        })),
        totals: {
          lineExtension: positive(doc, doc.totals.net),
          taxExclusive: positive(doc, doc.totals.net),
          taxInclusive: positive(doc, doc.totals.gross),
          payable: positive(doc, doc.totals.gross),
        },
        lines: doc.lines.map((line, index) => ({
          id: String(index + 1),
          quantity: String(line.quantity),
          unitCode: 'C62',
          net: positive(doc, line.net),
          name: line.description,
          category: category.code,
          percent: String(line.vatRate),
          price: centsToDecimal(line.unitPrice),
        })),
      })
    },
  )

  it.each(issued)(
    '%s: holds the EN 16931 sums (BR-CO-10/13/14/15/16, BR-x-08, BR-LIN) and the category rules',
    async (_name, doc) => {
      const ubl = readUbl(await renderUblXml(doc))
      const sum = (values: string[]) => values.reduce((total, value) => total + cents(value), 0)
      expect(sum(ubl.lines.map((line: { net: string }) => line.net))).toBe(cents(ubl.totals.lineExtension)) // BR-CO-10
      expect(cents(ubl.totals.taxExclusive)).toBe(cents(ubl.totals.lineExtension)) // BR-CO-13
      expect(sum(ubl.subtotals.map((subtotal: { tax: string }) => subtotal.tax))).toBe(cents(ubl.taxTotal)) // BR-CO-14
      expect(cents(ubl.totals.taxInclusive)).toBe(cents(ubl.totals.taxExclusive) + cents(ubl.taxTotal)) // BR-CO-15
      expect(cents(ubl.totals.payable)).toBe(cents(ubl.totals.taxInclusive)) // BR-CO-16
      for (const subtotal of ubl.subtotals) {
        // BR-S-08, BR-K-08, BR-AE-08, BR-G-08, BR-Z-08: the category base is the sum of its lines.
        const lines = ubl.lines.filter(
          (line: { category: string; percent: string }) =>
            line.category === subtotal.category && line.percent === subtotal.percent,
        )
        expect(sum(lines.map((line: { net: string }) => line.net))).toBe(cents(subtotal.taxable))
        if (subtotal.category !== 'S') expect(cents(subtotal.tax)).toBe(0) // BR-K-09, BR-AE-09, BR-G-09, BR-Z-09
      }
      for (const line of ubl.lines) expect(cents(line.net)).toBe(Number(line.quantity) * cents(line.price)) // PEPPOL-EN16931-R120
      if (['K', 'AE'].includes(ubl.subtotals[0].category)) {
        expect(ubl.seller.vatNumber).toBeTruthy() // BR-IC-02, BR-AE-02
        expect(ubl.buyer.vatNumber).toBeTruthy()
      }
      if (ubl.subtotals[0].category === 'G') expect(ubl.seller.vatNumber).toBeTruthy() // BR-G-02
    },
  )

  // The library's schema demands a buyer electronic address, which a consumer does not have (plain EN 16931).
  it.each(issued.filter(([, doc]) => doc.customer.electronicAddress))(
    "%s: its JSON passes @e-invoice-eu/core's EN 16931 schema (fields, code lists, Peppol endpoints) and gives the same XML",
    async (_name, doc) => {
      const logger = { log: () => {}, warn: () => {}, error: () => {} }
      const viaValidation = await new InvoiceService(logger).generate(toEInvoiceJson(doc), {
        format: 'UBL',
        lang: doc.locale,
      })
      // the library fills in Peppol's process id (BT-23); we drop it from a document that does not claim Peppol
      const profile = /\s*<cbc:ProfileID>[^<]*<\/cbc:ProfileID>/
      expect(claimsPeppol(doc) ? viaValidation : String(viaValidation).replace(profile, '')).toBe(
        await renderUblXml(doc),
      )
    },
  )

  it('the schema check can fail: an unknown VAT category is refused', async () => {
    const json = toEInvoiceJson(domesticLu)
    ;(json['ubl:Invoice']['cac:TaxTotal'][0]['cac:TaxSubtotal']![0]['cac:TaxCategory'] as { 'cbc:ID': string })[
      'cbc:ID'
    ] = 'X'
    await expect(
      new InvoiceService({ log: () => {}, warn: () => {}, error: () => {} }).generate(json, {
        format: 'UBL',
        lang: 'en',
      }),
    ).rejects.toThrow()
  })

  it('a draft goes out numbered with the word for draft, dated by its supply date, without a payment reference', async () => {
    const ubl = readUbl(await renderUblXml(draftLu))
    expect(ubl.id).toBe('DRAFT')
    expect(ubl.issueDate).toBe(draftLu.supplyDate)
    expect(ubl.paymentMeans[0].paymentId).toBeUndefined()
  })

  it('a consumer with neither email nor VAT number gets no endpoint (EN 16931 does not require one)', async () => {
    const doc: InvoiceDocument = { ...domesticLu, customer: { ...domesticLu.customer, email: null } }
    const ubl = readUbl(await renderUblXml(doc))
    expect(ubl.buyer.endpoint).toBeUndefined()
    expect(ubl.buyer.name).toBe('Jean Weber')
  })

  it('amounts are exact decimals from cents (no float error)', async () => {
    expect(centsToDecimal(0)).toBe('0.00')
    expect(centsToDecimal(-5)).toBe('-0.05')
    expect(centsToDecimal(1099)).toBe('10.99')
    expect(centsToDecimal(900719925474099)).toBe('9007199254740.99')
    expect(() => centsToDecimal(1.5)).toThrow()
    const doc: InvoiceDocument = {
      ...domesticLu,
      ...priced([{ description: 'x', quantity: 3, unitPrice: 10, vatRate: 17 }]),
    }
    // 0.1 + 0.2 style values: 3 × 0.10 = 0.30 exactly.
    expect(readUbl(await renderUblXml(doc)).lines[0].net).toBe('0.30')
  })

  it('BR-CO-17 / BR-S-09: the category VAT is the taxable amount × rate, rounded once, whatever the lines round to', async () => {
    // Three lines of 0.03 at 17 %: each line's own VAT is 0.0051 → 0.01 (informative), but the category's is
    // 0.09 × 17 % = 0.0153 → 0.02, and the totals follow the category.
    const doc: InvoiceDocument = {
      ...domesticLu,
      ...priced(Array.from({ length: 3 }, () => ({ description: 'Sticker', quantity: 1, unitPrice: 3, vatRate: 17 }))),
    }
    const ubl = readUbl(await renderUblXml(doc))
    const subtotal = ubl.subtotals[0]
    expect(subtotal).toMatchObject({ taxable: '0.09', tax: '0.02' })
    expect(cents(subtotal.tax)).toBe(Math.round((cents(subtotal.taxable) * 17) / 100))
    expect(doc.lines.reduce((sum, line) => sum + line.vat, 0)).toBe(3)
    expect(doc.totals).toEqual({ net: 9, vat: 2, gross: 11 })
  })
})
