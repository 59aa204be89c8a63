import {
  type EInvoiceFormat as FormatService,
  FormatFactoryService,
  type Invoice,
  type Logger,
} from '@e-invoice-eu/core'

import type { InvoiceDocument } from '../document'

import { toEInvoiceJson } from './eInvoiceJson'
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
type PdfLibDocument = {
  context: {
    stream(contents: Uint8Array, dict: Record<string, unknown>): unknown
    register(object: unknown): unknown
    obj(name: string): unknown
  }
  catalog: { set(key: unknown, value: unknown): void }
  getKeywords(): string | undefined
  setTitle(title: string): void
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

/**
 * Two defects of @e-invoice-eu/core 2.3's PDF/A step, fixed where it writes the XMP packet (`addMetadata`):
 * - it writes the packet as Latin-1 bytes (a seller named "Épicerie" comes out as invalid UTF-8, "Łódź" loses its
 *   letters), and PDF/A wants UTF-8;
 * - its document information dictionary disagrees with the packet (title, producer, creator tool, keywords),
 *   and PDF/A wants them equal: the dictionary is set from the packet, the keywords added to it.
 */
function fixPdfaMetadata(service: FormatService): void {
  const target = service as unknown as { addMetadata(pdfDoc: PdfLibDocument, xmp: string): void }
  target.addMetadata = (pdfDoc, packet) => {
    let xmp = packet
    const title = xmpValue(xmp, /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/)
    const producer = xmpValue(xmp, /<pdf:Producer>([^<]*)<\/pdf:Producer>/)
    const creatorTool = xmpValue(xmp, /<xmp:CreatorTool>([^<]*)<\/xmp:CreatorTool>/)
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
  if (format === 'Factur-X-EN16931') fixPdfaMetadata(service)
  const invoice: Invoice = toEInvoiceJson(doc, format === 'UBL' ? 'UBL' : 'CII')
  service.fillInvoiceDefaults(invoice)
  return service.generate(invoice, {
    format: formats.normalizeFormat(format),
    lang: doc.locale,
    noWarnings: true,
    ...(pdf ? { pdf: { buffer: pdf.buffer, filename: pdf.filename, mimetype: 'application/pdf' } } : {}),
  })
}
