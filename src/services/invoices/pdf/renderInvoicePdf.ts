import type { InvoiceDocument } from '../document'
import { generateEInvoice } from '../einvoice/generateEInvoice'

import { invoiceDocDefinition } from './invoiceDocDefinition'
import { EMBEDDED_FONT, fitsWinAnsi, pdfMake, STANDARD_FONT } from './pdfmakeServer'

/** Every text of the document (the logo aside), to choose a font that can show all of it. */
function documentText(doc: InvoiceDocument): string {
  return JSON.stringify({ ...doc, seller: { ...doc.seller, logo: null } })
}

/**
 * The invoice or credit note as a PDF (A4, in the document's language).
 *
 * The standard Helvetica font keeps a plain PDF small and fast; text it cannot show (WinAnsi covers Western
 * European languages, not e.g. "Łódź" or Greek) switches the document to Roboto, embedded. With `facturX` the
 * result is a Factur-X (EN 16931 profile) PDF/A-3: Roboto always (PDF/A requires embedded fonts), the CII XML
 * attached as `factur-x.xml`, PDF/A identification and Factur-X XMP metadata, sRGB output intent.
 */
export async function renderInvoicePdf(doc: InvoiceDocument, options?: { facturX?: boolean }): Promise<Buffer> {
  const facturX = options?.facturX === true
  const font = !facturX && fitsWinAnsi(documentText(doc)) ? STANDARD_FONT : EMBEDDED_FONT
  const pdf = await (await pdfMake()).createPdf(invoiceDocDefinition(doc, font, facturX ? '1.7' : '1.3')).getBuffer()
  if (!facturX) return pdf
  const filename = `${doc.number ?? 'draft'}.pdf`
  const result = await generateEInvoice(doc, 'Factur-X-EN16931', { buffer: pdf, filename })
  return Buffer.from(result as Uint8Array)
}
