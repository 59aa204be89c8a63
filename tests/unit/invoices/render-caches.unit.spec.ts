import { execFileSync } from 'node:child_process'

import { type Invoice, FormatFactoryService } from '@e-invoice-eu/core'
import { describe, expect, it } from 'vitest'

import type { InvoiceDocument } from '@/services/invoices/document'
import { toEInvoiceJson } from '@/services/invoices/einvoice/eInvoiceJson'
import { writeXmlFaster } from '@/services/invoices/einvoice/generateEInvoice'
import { libraryXml } from '@/services/invoices/einvoice/libraryXml'
import { renderInvoicePdf } from '@/services/invoices/pdf/renderInvoicePdf'

import {
  creditNoteFr,
  domesticLu,
  exportCh,
  intraCommunityDe,
  ossFr,
  polishCustomer,
  reverseChargeBe,
} from '../../helpers/invoiceDocuments'
import { pdfObjectsText } from '../../helpers/readDocuments'

// What the rendering keeps between documents for speed (docs/benchmarks.md) must not change a document.

const documents: [string, InvoiceDocument][] = [
  ['domestic LU', domesticLu],
  ['OSS FR', ossFr],
  ['intra-Community DE', intraCommunityDe],
  ['reverse charge BE', reverseChargeBe],
  ['export CH', exportCh],
  ['credit note FR', creditNoteFr],
  ['Polish customer', polishCustomer],
]

/** Text that XML must escape, and text xmlbuilder2 reads as entity references (left to it). */
const special = (name: string, text: string): [string, InvoiceDocument] => [
  name,
  {
    ...domesticLu,
    customer: { ...domesticLu.customer, name: text },
    lines: domesticLu.lines.map((line) => ({ ...line, description: `${line.description} ${text}` })),
  },
]
const xmlDocuments = [
  ...documents,
  special('markup characters', `Tom & Jerry <b>"Q" 'A'</b> > 1`),
  special('entity references', 'R&amp;D &#233;t&#xE9; &nbsp;'),
  special('a control character', 'bell\u0007'),
]

const silent = { log: () => {}, warn: () => {}, error: () => {} }

/** The library's own format service, optionally with our XML writing; `direct`: the XML was written without xmlbuilder2. */
async function libraryOutput(
  doc: InvoiceDocument,
  format: 'UBL' | 'CII',
  faster: boolean,
): Promise<{ xml: string; direct: boolean }> {
  const formats = new FormatFactoryService()
  const service = formats.createFormatService(format, silent)
  let direct = false
  if (faster) {
    const target = service as unknown as { cleanAttributes(data: Record<string, unknown>): void }
    const clean = target.cleanAttributes.bind(target)
    target.cleanAttributes = (data) => {
      clean(data)
      direct = libraryXml(data) !== null
    }
    writeXmlFaster(service)
  }
  const invoice: Invoice = toEInvoiceJson(doc, format)
  service.fillInvoiceDefaults(invoice)
  const xml = await service.generate(invoice, { format: formats.normalizeFormat(format), lang: doc.locale })
  return { xml: typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8'), direct }
}

/** The PDF's objects, streams inflated, without its time stamps and file identifier. */
const timeless = (pdf: Buffer) =>
  pdfObjectsText(pdf)
    .replace(/\(D:\d{14}[^)]*\)/g, '')
    .replace(/\/ID \[[^\]]*\]/g, '')

describe('rendering caches', () => {
  it.each(xmlDocuments)(
    '%s: the XML written faster is the library’s own, byte for byte (UBL and CII)',
    async (name, doc) => {
      for (const format of ['UBL', 'CII'] as const) {
        const faster = await libraryOutput(doc, format, true)
        expect(faster.xml).toBe((await libraryOutput(doc, format, false)).xml)
        // The CII is written directly unless its text holds what xmlbuilder2 decodes or drops.
        expect(faster.direct).toBe(format === 'CII' && !['entity references', 'a control character'].includes(name))
      }
    },
  )

  it('an embedded-font document after others is the one pdfmake makes alone, font program and page content', async () => {
    // Polish letters: Roboto embedded. Here it comes after documents that filled the shared tables and layouts;
    // the reference is rendered in a process that shares nothing.
    for (const [, doc] of documents) await renderInvoicePdf(doc, { facturX: true })
    const shared = timeless(await renderInvoicePdf(polishCustomer))
    const alone = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/renderWithoutSharedFonts.ts', 'polishCustomer'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    )
    expect(shared).toBe(timeless(Buffer.from(alone, 'base64')))
    expect(shared).toMatch(/FontFile2/)
  }, 60_000)
})
