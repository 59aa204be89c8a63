import type { TDocumentDefinitions } from 'pdfmake/interfaces'

import type { InvoiceDocument } from '../../src/services/invoices/document'
import { renderUblXml } from '../../src/services/invoices/einvoice/renderUblXml'
import { pdfMake, STANDARD_FONT } from '../../src/services/invoices/pdf/pdfmakeServer'
import { renderInvoicePdf } from '../../src/services/invoices/pdf/renderInvoicePdf'
import { readPdf } from '../../tests/helpers/readDocuments'

import { typicalInvoice } from './typicalInvoice'

/**
 * The baseline: a plain pdfmake document carrying the same text as the rendered invoice (its lines as pdfjs reads
 * them back), same font, size and page, without any of the renderer's work (labels, formatting, tables, layout).
 */
export async function plainDocumentOfSameText(
  doc: InvoiceDocument,
): Promise<{ definition: TDocumentDefinitions; characters: number }> {
  const { text } = await readPdf(await renderInvoicePdf(doc))
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    definition: {
      pageSize: 'A4',
      pageMargins: [48, 48, 48, 72],
      defaultStyle: { font: STANDARD_FONT, fontSize: 9, lineHeight: 1.2 },
      content: lines.map((line) => ({ text: line })),
    },
    characters: lines.join('').replace(/\s+/g, '').length,
  }
}

type Rate = { perSecond: number; perCpuSecond: number }

/**
 * Runs `render` back to back (one at a time: one core) for `seconds`. Per wall-clock second and per second of this
 * process's CPU time: on a shared machine the second says what one free core would do.
 */
async function rate(render: () => Promise<unknown>, seconds: number): Promise<Rate> {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const end = start + seconds * 1000
  let count = 0
  while (performance.now() < end) {
    await render()
    count++
  }
  const cpu = process.cpuUsage(cpuStart)
  return {
    perSecond: count / ((performance.now() - start) / 1000),
    perCpuSecond: count / ((cpu.user + cpu.system) / 1e6),
  }
}

export type PdfThroughput = Record<'invoice' | 'baseline' | 'facturX' | 'ubl', Rate> & {
  characters: { invoice: number; baseline: number }
}

/** Warm-up, then interleaved rounds of each target; means over the rounds. */
export async function measurePdfThroughput(
  seconds: number,
  rounds: number,
  log: (message: string) => void,
): Promise<PdfThroughput> {
  const { definition, characters } = await plainDocumentOfSameText(typicalInvoice)
  const invoiceCharacters = (await readPdf(await renderInvoicePdf(typicalInvoice))).text.replace(/\s+/g, '').length
  const pdfmake = await pdfMake()
  const targets = {
    invoice: () => renderInvoicePdf(typicalInvoice),
    baseline: () => pdfmake.createPdf(structuredClone(definition)).getBuffer(),
    facturX: () => renderInvoicePdf(typicalInvoice, { facturX: true }),
    ubl: () => renderUblXml(typicalInvoice),
  }
  for (const [name, render] of Object.entries(targets)) {
    log(`warming up ${name} ...`)
    await rate(render, 2)
  }
  const results: Record<string, Rate[]> = {}
  for (let round = 1; round <= rounds; round++) {
    for (const [name, render] of Object.entries(targets)) {
      log(`round ${round}/${rounds}: ${name} for ${seconds} s`)
      ;(results[name] ??= []).push(await rate(render, seconds))
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const means = (list: Rate[]): Rate => ({
    perSecond: mean(list.map((r) => r.perSecond)),
    perCpuSecond: mean(list.map((r) => r.perCpuSecond)),
  })
  return {
    invoice: means(results.invoice),
    baseline: means(results.baseline),
    facturX: means(results.facturX),
    ubl: means(results.ubl),
    characters: { invoice: invoiceCharacters, baseline: characters },
  }
}
