import type { InvoiceDocument } from '../document'

import { generateEInvoice } from './generateEInvoice'

/** The invoice (380) or credit note (381) as UBL 2.1 XML per EN 16931, Peppol BIS Billing 3.0. */
export async function renderUblXml(doc: InvoiceDocument): Promise<string> {
  const xml = await generateEInvoice(doc, 'UBL')
  return typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8')
}
