/**
 * Renders a test document's PDF with pdfmake set up plainly (Roboto embedded, nothing shared between documents) and
 * writes it to stdout in base64: the reference that tests/unit/invoices/render-caches.unit.spec.ts compares the
 * service's rendering with. Run in its own process, since the service's sharing applies to the whole process:
 * node --import tsx tests/helpers/renderWithoutSharedFonts.ts polishCustomer
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import pdfmake from 'pdfmake'
import robotoFonts from 'pdfmake/fonts/Roboto.js'

import type { InvoiceDocument } from '../../src/services/invoices/document'
import { invoiceDocDefinition } from '../../src/services/invoices/pdf/invoiceDocDefinition'
import { EMBEDDED_FONT } from '../../src/services/invoices/pdf/pdfmakeServer'

import * as documents from './invoiceDocuments'

const doc = (documents as unknown as Record<string, InvoiceDocument>)[process.argv[2]]
const virtualfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } })
  .virtualfs
const roboto = Object.fromEntries(
  Object.entries(robotoFonts.Roboto).map(([style, file]) => {
    virtualfs.writeFileSync(path.basename(file), readFileSync(file))
    return [style, path.basename(file)]
  }),
)
pdfmake.setFonts({ [EMBEDDED_FONT]: roboto })
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy(() => false)
const pdf = await pdfmake.createPdf(invoiceDocDefinition(doc, EMBEDDED_FONT, '1.3')).getBuffer()
process.stdout.write(pdf.toString('base64'))
