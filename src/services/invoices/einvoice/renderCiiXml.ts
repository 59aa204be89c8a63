import type { InvoiceDocument } from '../document'

import { generateEInvoice } from './generateEInvoice'

/** The invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931), the XML that Factur-X embeds. */
export async function renderCiiXml(doc: InvoiceDocument): Promise<string> {
  const xml = await generateEInvoice(doc, 'CII')
  return typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8')
}
