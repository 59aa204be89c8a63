import type { PayloadRequest } from 'payload'

import { buildInvoiceDocument, invoiceFileName } from './buildDocument'
import { renderUblXml } from './einvoice/renderUblXml'
import { renderInvoicePdf } from './pdf/renderInvoicePdf'

export type RenderedFile = { filename: string; content: Buffer; contentType: string }

/** An invoice's PDF (Factur-X: the PDF with its EN 16931 XML embedded, when `facturX`). */
export async function renderInvoicePdfFile(
  req: PayloadRequest,
  id: number,
  { facturX = false } = {},
): Promise<RenderedFile> {
  const invoice = await req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req })
  const content = await renderInvoicePdf(await buildInvoiceDocument(req, invoice), { facturX })
  return { filename: invoiceFileName(invoice, 'pdf'), content, contentType: 'application/pdf' }
}

/** An invoice as UBL 2.1 XML (EN 16931). */
export async function renderInvoiceXmlFile(req: PayloadRequest, id: number): Promise<RenderedFile> {
  const invoice = await req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req })
  const xml = await renderUblXml(await buildInvoiceDocument(req, invoice))
  return {
    filename: invoiceFileName(invoice, 'xml'),
    content: Buffer.from(xml, 'utf8'),
    contentType: 'application/xml',
  }
}
