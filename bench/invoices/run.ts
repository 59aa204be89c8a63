/**
 * Invoice benchmark (npm run bench:invoices; builds first).
 * 1. PDFs per second on one core: renderInvoicePdf for a typical invoice of 8 lines, against a plain pdfmake
 *    document carrying the same text (same font and page, none of the renderer's logic), in interleaved rounds;
 *    Factur-X (target: at least half the plain PDF's rate) and UBL alongside. Target ≥ 50 PDFs/s.
 * 2. Invoices issued per second through the issue endpoint, POST /api/vendor/invoices/:id/issue (DESIGN section 5:
 *    "assigns the next number of the vendor's series"), on drafts of 8 lines made beforehand, 20 connections, one
 *    vendor's series, on `next start`; alongside, POST /api/vendor/invoices creating and issuing in one request
 *    (`issue: true`) against the same request as a draft (the baseline); then the numbering is checked in SQL
 *    (gapless). Target ≥ 100 invoices/s through the issue endpoint.
 * `--pdf-only` runs part 1 alone (no build or database needed): node --import tsx bench/invoices/run.ts --pdf-only;
 * `--endpoint-only` part 2 alone, on the existing build.
 */
import { loadavg } from 'node:os'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'
import { prepareDatabase } from '../../tests/helpers/migrateDatabase'
import { testServerUrl } from '../../tests/helpers/testServer'
import { runBenchmark } from '../lib/nextServer'

import { measureIssueThroughput } from './issueThroughput'
import { measurePdfThroughput } from './pdfThroughput'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
// Longer rounds for the endpoint: on a loaded machine 20 queued requests take seconds to come back.
const ENDPOINT_SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = 3
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PORT = Number(process.env.BENCH_PORT ?? 3400)
const log = (message: string) => console.log(`[bench] ${message}`)

async function main() {
  if (!process.argv.includes('--endpoint-only')) await pdfPart()
  if (process.argv.includes('--pdf-only')) return
  return endpointPart()
}

async function pdfPart() {
  const pdf = await measurePdfThroughput(SECONDS, ROUNDS, log)
  console.log('\nPDF rendering, one core, typical invoice of 8 lines')
  console.log('target                      per second  per CPU second')
  const row = (label: string, r: { perSecond: number; perCpuSecond: number }, note = '') =>
    console.log(
      `${label.padEnd(27)} ${r.perSecond.toFixed(1).padStart(10)} ${r.perCpuSecond.toFixed(1).padStart(15)}${note}`,
    )
  row('renderInvoicePdf', pdf.invoice)
  row(
    'plain pdfmake, same text',
    pdf.baseline,
    `   (${pdf.characters.baseline} characters vs ${pdf.characters.invoice})`,
  )
  row('renderInvoicePdf Factur-X', pdf.facturX)
  row('renderUblXml', pdf.ubl)
  const ratio = (pdf.invoice.perCpuSecond / pdf.baseline.perCpuSecond).toFixed(2)
  console.log(
    `\nrenderInvoicePdf / plain pdfmake = ${ratio} (CPU time); ${pdf.invoice.perCpuSecond.toFixed(0)} PDFs per CPU second, ${pdf.invoice.perSecond.toFixed(0)} per wall-clock second (target ≥ 50)`,
  )
  const facturX = (pdf.facturX.perCpuSecond / pdf.invoice.perCpuSecond).toFixed(2)
  console.log(
    `Factur-X: ${pdf.facturX.perCpuSecond.toFixed(1)} per CPU second, ${facturX} of the plain PDF's rate (target ≥ 0.5)`,
  )
}

async function endpointPart() {
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName('benchinvoices')
  const url = await createDatabase(serverUrl, name)
  try {
    log('migrating and seeding the demo data ...')
    prepareDatabase(url, ['--seed'])
    const loadSamples: number[] = []
    const sampler = setInterval(() => loadSamples.push(loadavg()[0]), 10_000)
    const issued = await measureIssueThroughput(
      url,
      { port: PORT, seconds: ENDPOINT_SECONDS, rounds: ROUNDS, connections: CONNECTIONS },
      log,
    ).finally(() => clearInterval(sampler))
    console.log(`\ninvoices of 8 lines, ${CONNECTIONS} connections, one vendor's series`)
    console.log(
      'POST                                per second  per app CPU second  p50 ms  p99 ms   2xx  non-2xx  timeouts',
    )
    const rows = {
      '/api/vendor/invoices/:id/issue': issued.issueDraft,
      '/api/vendor/invoices, issue: true': issued.issue,
      '/api/vendor/invoices, draft': issued.draft,
    }
    for (const [label, m] of Object.entries(rows)) {
      console.log(
        `${label.padEnd(35)} ${m.rps.toFixed(1).padStart(10)} ${(m.perCpuSecond?.toFixed(1) ?? 'n/a').padStart(19)} ${m.p50.toFixed(1).padStart(7)} ${m.p99.toFixed(1).padStart(7)} ${String(m.ok).padStart(5)} ${String(m.bad).padStart(8)} ${String(m.timeouts).padStart(9)}`,
      )
    }
    const load = loadSamples.map((value) => value.toFixed(1))
    console.log(`1-minute load average during the rounds (every 10 s): ${load.join(', ')}`)
    const n = issued.numbering
    const { issueDraft } = issued
    const perCpu =
      issueDraft.perCpuSecond === null ? '' : `, ${issueDraft.perCpuSecond.toFixed(0)} per CPU second of the app`
    console.log(
      `\n${issueDraft.rps.toFixed(1)} invoices issued per second through POST /api/vendor/invoices/:id/issue${perCpu} (target ≥ 100)`,
    )
    console.log(
      `created and issued in one request: ${issued.issue.rps.toFixed(1)}/s, ${(issued.issue.rps / issued.draft.rps).toFixed(2)} of creating the same draft`,
    )
    console.log(
      `numbering: ${n.issued} numbered invoices, ${n.distinct} distinct numbers, sequence ${n.minSeq}..${n.maxSeq}, counter ${n.counter}: ${n.gapless ? 'gapless' : 'NOT GAPLESS'}`,
    )
    if (!n.gapless) return 1
  } finally {
    await dropDatabase(serverUrl, name)
    await embedded?.stop()
  }
}

runBenchmark(main)
