import { FormatFactoryService, type Invoice, type Logger } from '@e-invoice-eu/core'

import type { InvoiceDocument } from '../document'
import { toEInvoiceJson } from './eInvoiceJson'

export type EInvoiceFormat = 'UBL' | 'CII' | 'Factur-X-EN16931'

const formats = new FormatFactoryService()

/** The library reports through this; its messages are about our input, so they go to the server log. */
const logger: Logger = {
  log: () => {},
  warn: (message) => console.warn(`[e-invoice] ${message}`),
  error: (message) => console.error(`[e-invoice] ${message}`),
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
  const invoice: Invoice = toEInvoiceJson(doc, format === 'UBL' ? 'UBL' : 'CII')
  service.fillInvoiceDefaults(invoice)
  return service.generate(invoice, {
    format: formats.normalizeFormat(format),
    lang: doc.locale,
    noWarnings: true,
    ...(pdf ? { pdf: { buffer: pdf.buffer, filename: pdf.filename, mimetype: 'application/pdf' } } : {}),
  })
}
