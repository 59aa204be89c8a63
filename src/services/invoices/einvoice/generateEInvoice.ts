import {
  type EInvoiceFormat as FormatService,
  FormatFactoryService,
  type Invoice,
  type Logger,
} from '@e-invoice-eu/core'

import type { InvoiceDocument } from '../document'
import { documentSubject, documentTitle, PDF_PRODUCER } from '../pdf/invoiceDocDefinition'
import { invoiceLabels } from '../pdf/labels'

import { claimsPeppol, toEInvoiceJson } from './eInvoiceJson'
import { libraryXml } from './libraryXml'

export type EInvoiceFormat = 'UBL' | 'CII' | 'Factur-X-EN16931'

const formats = new FormatFactoryService()

/** The library reports through this; its messages are about our input, so they go to the server log. */
const logger: Logger = {
  log: () => {},
  warn: (message) => console.warn(`[e-invoice] ${message}`),
  error: (message) => console.error(`[e-invoice] ${message}`),
}

/** The part of @cantoo/pdf-lib's PDFDocument that the metadata fix below touches. */
type PdfLibDict = { get(key: unknown): unknown; set(key: unknown, value: unknown): void }
type PdfLibDocument = {
  context: {
    stream(contents: Uint8Array, dict: Record<string, unknown>): unknown
    register(object: unknown): unknown
    obj(value: string | number): unknown
    lookup(ref: unknown): unknown
  }
  catalog: PdfLibDict
  getKeywords(): string | undefined
  setTitle(title: string): void
  setSubject(subject: string): void
  setKeywords(keywords: string[]): void
  setProducer(producer: string): void
  setCreator(creator: string): void
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" }
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity])
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function xmpValue(xmp: string, pattern: RegExp): string | null {
  const match = pattern.exec(xmp)
  return match ? unescapeXml(match[1]) : null
}

/** The packet with the text of the first element `pattern` matches (its group 1) replaced by `value`. */
const withXmpValue = (xmp: string, pattern: RegExp, value: string) =>
  xmp.replace(pattern, (whole, old: string) => {
    const close = whole.lastIndexOf('</') // group 1 ends where the element closes
    return whole.slice(0, close - old.length) + escapeXml(value) + whole.slice(close)
  })

const XMP_TITLE = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/
const XMP_DESCRIPTION = /<dc:description>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/
const XMP_PRODUCER = /<pdf:Producer>([^<]*)<\/pdf:Producer>/
const XMP_CREATOR_TOOL = /<xmp:CreatorTool>([^<]*)<\/xmp:CreatorTool>/

/** PDF/A (ISO 19005, 6.2.3) wants the output intent's ICC profile stream to say its number of colour components. */
function setIccComponents(pdfDoc: PdfLibDocument): void {
  const { context } = pdfDoc
  const intents = context.lookup(pdfDoc.catalog.get(context.obj('OutputIntents'))) as { asArray(): unknown[] } | null
  for (const ref of intents?.asArray() ?? []) {
    const intent = context.lookup(ref) as PdfLibDict | undefined
    const profile = intent && (context.lookup(intent.get(context.obj('DestOutputProfile'))) as { dict?: PdfLibDict })
    profile?.dict?.set(context.obj('N'), context.obj(3)) // sRGB: three components
  }
}

/**
 * Defects of @e-invoice-eu/core 2.3's PDF/A step, fixed where it writes the XMP packet (`addMetadata`):
 * - it writes the packet as Latin-1 bytes (a seller named "Épicerie" comes out as invalid UTF-8, "Łódź" loses its
 *   letters), and PDF/A wants UTF-8;
 * - its title and subject are English ("Invoice … issued by …") whatever the document, and it names the seller
 *   as the PDF's producer: title and subject are ours, in the document's language and kind, the producer and
 *   creator tool this product;
 * - its document information dictionary disagrees with the packet (title, producer, creator tool, keywords),
 *   and PDF/A wants them equal: the dictionary is set from the packet, the keywords added to it;
 * - its sRGB output intent's ICC stream lacks `/N`.
 */
function fixPdfaMetadata(service: FormatService, doc: InvoiceDocument): void {
  const target = service as unknown as { addMetadata(pdfDoc: PdfLibDocument, xmp: string): void }
  target.addMetadata = (pdfDoc, packet) => {
    let xmp = withXmpValue(packet, XMP_TITLE, documentTitle(doc))
    xmp = withXmpValue(xmp, XMP_DESCRIPTION, documentSubject(doc))
    xmp = withXmpValue(xmp, XMP_PRODUCER, PDF_PRODUCER)
    xmp = withXmpValue(xmp, XMP_CREATOR_TOOL, PDF_PRODUCER)
    const title = xmpValue(xmp, XMP_TITLE)
    const producer = xmpValue(xmp, XMP_PRODUCER)
    const creatorTool = xmpValue(xmp, XMP_CREATOR_TOOL)
    setIccComponents(pdfDoc)
    pdfDoc.setSubject(documentSubject(doc))
    const labels = invoiceLabels[doc.locale]
    pdfDoc.setKeywords([doc.kind === 'credit_note' ? labels.creditNote : labels.invoice, 'Factur-X', 'ZUGFeRD'])
    if (title !== null) pdfDoc.setTitle(title)
    if (producer !== null) pdfDoc.setProducer(producer)
    if (creatorTool !== null) pdfDoc.setCreator(creatorTool)
    const keywords = pdfDoc.getKeywords()
    if (keywords && !xmp.includes('<pdf:Keywords>')) {
      xmp = xmp.replace('</pdf:Producer>', `</pdf:Producer>\n\t\t\t<pdf:Keywords>${escapeXml(keywords)}</pdf:Keywords>`)
    }
    // The library spells the byte order mark as its three UTF-8 bytes read as Latin-1.
    const bytes = new TextEncoder().encode(xmp.replace('begin="\u00ef\u00bb\u00bf"', 'begin="\ufeff"'))
    const stream = pdfDoc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Length: bytes.length })
    pdfDoc.catalog.set(pdfDoc.context.obj('Metadata'), pdfDoc.context.register(stream))
  }
}

type CiiNode = Record<string, unknown>

/**
 * What @e-invoice-eu/core 2.3's CII leaves wrong, fixed where it post-processes the CII tree:
 * - it keeps a relative `xsi:schemaLocation` from its own build: removed;
 * - it writes Peppol's process id as BT-23 (a Peppol UBL's business, not Factur-X's): removed, BT-24
 *   (`GuidelineSpecifiedDocumentContextParameter`) stays the Factur-X EN 16931 one, `urn:cen.eu:en16931:2017`;
 * - it drops the preceding invoice of a credit note (its mapping skips `cac:InvoiceDocumentReference`): BT-25 / BT-26
 *   are written as `InvoiceReferencedDocument`.
 */
function fixCii(service: FormatService, doc: InvoiceDocument): void {
  const target = service as unknown as { postProcess(cii: CiiNode): void }
  const postProcess = target.postProcess.bind(service)
  target.postProcess = (cii) => {
    postProcess(cii)
    delete cii['rsm:CrossIndustryInvoice@xsi:schemaLocation']
    delete cii['rsm:CrossIndustryInvoice@xmlns:xsi']
    const root = cii['rsm:CrossIndustryInvoice'] as Record<string, CiiNode>
    delete root['rsm:ExchangedDocumentContext']['ram:BusinessProcessSpecifiedDocumentContextParameter']
    const settlement = (root['rsm:SupplyChainTradeTransaction'] as Record<string, CiiNode>)[
      'ram:ApplicableHeaderTradeSettlement'
    ]
    delete settlement['ram:InvoiceReferencedDocument']
    if (doc.kind === 'credit_note' && doc.creditNoteFor) {
      settlement['ram:InvoiceReferencedDocument'] = {
        'ram:IssuerAssignedID': doc.creditNoteFor.number,
        'ram:FormattedIssueDateTime': {
          'qdt:DateTimeString': doc.creditNoteFor.issueDate.replace(/-/g, ''),
          'qdt:DateTimeString@format': '102',
        },
      }
    }
  }
}

type XmlRendering = {
  cleanAttributes(data: Record<string, unknown>): void
  renderXML(data: Record<string, unknown>): string
}

/**
 * xmlbuilder2, which the library writes its XML with, builds a DOM of the whole invoice first: with the PDF, the
 * largest cost of a Factur-X (profile in docs/benchmarks.md). The XML is written directly where its shape allows
 * (`libraryXml`: the CII); otherwise by xmlbuilder2 with the root's attributes first, since the library passes the
 * root's namespace declarations after its content and xmlbuilder2 then rebuilds the tree below the root once per
 * declaration. Either way the XML is the library's, byte for byte (tests/unit/invoices/render-caches.unit.spec.ts).
 */
export function writeXmlFaster(service: FormatService): void {
  const target = service as unknown as XmlRendering
  const render = target.renderXML.bind(target)
  target.renderXML = (data) => {
    target.cleanAttributes(data)
    const direct = libraryXml(data)
    if (direct !== null) return direct
    const ordered: Record<string, unknown> = {}
    for (const [name, element] of Object.entries(data)) {
      if (!element || typeof element !== 'object' || Array.isArray(element)) {
        ordered[name] = element
        continue
      }
      const entries = Object.entries(element)
      ordered[name] = Object.fromEntries([
        ...entries.filter(([key]) => key.startsWith('@')),
        ...entries.filter(([key]) => !key.startsWith('@')),
      ])
    }
    return render(ordered)
  }
}

/**
 * Runs one of @e-invoice-eu/core's format services on our JSON. Its `InvoiceService` would first compile the
 * whole JSON schema with ajv on every call (slow) and demand a buyer electronic address, which a consumer known
 * only by name and address does not have; the JSON's shape is checked against that schema in the tests instead.
 */
export async function generateEInvoice(
  doc: InvoiceDocument,
  format: EInvoiceFormat,
  pdf?: { buffer: Uint8Array; filename: string },
): Promise<string | Uint8Array> {
  const service = formats.createFormatService(format, logger)
  writeXmlFaster(service)
  if (format === 'Factur-X-EN16931') fixPdfaMetadata(service, doc)
  if (format !== 'UBL') fixCii(service, doc)
  const invoice: Invoice = toEInvoiceJson(doc, format === 'UBL' ? 'UBL' : 'CII')
  service.fillInvoiceDefaults(invoice)
  // the library's default BT-23 is Peppol's billing process: only a document that claims Peppol says so
  if (format === 'UBL' && !claimsPeppol(doc))
    delete (invoice['ubl:Invoice'] as { 'cbc:ProfileID'?: string })['cbc:ProfileID']
  return service.generate(invoice, {
    format: formats.normalizeFormat(format),
    lang: doc.locale,
    noWarnings: true,
    ...(pdf ? { pdf: { buffer: pdf.buffer, filename: pdf.filename, mimetype: 'application/pdf' } } : {}),
  })
}
