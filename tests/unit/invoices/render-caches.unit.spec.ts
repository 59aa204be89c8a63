import { execFileSync } from 'node:child_process'

import { type Invoice, FormatFactoryService } from '@e-invoice-eu/core'
import { describe, expect, it } from 'vitest'

import type { InvoiceDocument } from '@/services/invoices/document'
import { toEInvoiceJson } from '@/services/invoices/einvoice/eInvoiceJson'
import { declareNamespacesFirst } from '@/services/invoices/einvoice/generateEInvoice'
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

const silent = { log: () => {}, warn: () => {}, error: () => {} }

/** The library's own format service, optionally with the namespace declarations put first. */
async function libraryXml(doc: InvoiceDocument, format: 'UBL' | 'CII', namespacesFirst: boolean): Promise<string> {
  const formats = new FormatFactoryService()
  const service = formats.createFormatService(format, silent)
  if (namespacesFirst) declareNamespacesFirst(service)
  const invoice: Invoice = toEInvoiceJson(doc, format)
  service.fillInvoiceDefaults(invoice)
  const xml = await service.generate(invoice, { format: formats.normalizeFormat(format), lang: doc.locale })
  return typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8')
}

/** The PDF's objects, streams inflated, without its time stamps and file identifier. */
const timeless = (pdf: Buffer) =>
  pdfObjectsText(pdf)
    .replace(/\(D:\d{14}[^)]*\)/g, '')
    .replace(/\/ID \[[^\]]*\]/g, '')

describe('rendering caches', () => {
  it.each(documents)(
    '%s: the XML with namespace declarations first is the library’s own, byte for byte (UBL and CII)',
    async (_name, doc) => {
      for (const format of ['UBL', 'CII'] as const) {
        const xml = await libraryXml(doc, format, true)
        expect(xml).toBe(await libraryXml(doc, format, false))
        expect(xml).toContain('xmlns:')
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
