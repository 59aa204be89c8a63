import autocannon from 'autocannon'
import pg from 'pg'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'
import { startNextServer, stopServer } from '../lib/nextServer'
import { processTreeCpuSeconds } from '../lib/processCpu'

const SETTINGS = {
  legalName: 'LuxCraft S.à r.l.',
  address: { street: '12 rue du Fort', postalCode: 'L-1234', city: 'Luxembourg', country: 'LU' },
  vatNumber: 'LU26375245',
  rcsNumber: 'B123456',
  iban: 'LU28 0019 4006 4475 0000',
  bic: 'BCEELULL',
  paymentTermsDays: 30,
}

const CUSTOMER = {
  name: 'Anne Muller',
  email: 'anne@example.lu',
  type: 'consumer',
  address: { street: '1 rue de la Gare', postalCode: 'L-1611', city: 'Luxembourg', country: 'LU' },
}

const LINES = Array.from({ length: 8 }, (_, index) => ({
  description: `Article ${index + 1}: hand-made leather goods`,
  quantity: 1 + (index % 3),
  unitPrice: 1250 + index * 335,
  ...(index % 4 === 3 ? { vatCategory: 'super_reduced' } : {}),
}))

/** `perCpuSecond`: 2xx answers per CPU second of the app server (its process tree; Postgres not counted). */
type Measured = {
  rps: number
  perCpuSecond: number | null
  p50: number
  p99: number
  ok: number
  bad: number
  timeouts: number
}

export type IssueThroughput = {
  issue: Measured
  draft: Measured
  /** POST /api/vendor/invoices/:id/issue on drafts made beforehand: the issue step alone. */
  issueDraft: Measured
  numbering: { issued: number; distinct: number; minSeq: number; maxSeq: number; counter: number; gapless: boolean }
}

/**
 * `count` copies of a draft the endpoint made (its row, lines and VAT rows; new ids), for the issue-step rounds:
 * the drafts are the endpoint's own, only multiplied in SQL so that making them costs no measured time.
 */
async function cloneDraft(db: pg.Client, draftId: number, count: number): Promise<number[]> {
  const columns = async (table: string, skip: string[]) =>
    (
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
        [table],
      )
    ).rows
      .map((row) => row.column_name as string)
      .filter((name) => !skip.includes(name))
      .map((name) => `"${name}"`)
  const invoiceColumns = (await columns('invoices', ['id'])).join(', ')
  const { rows } = await db.query(
    `INSERT INTO invoices (${invoiceColumns}) SELECT ${invoiceColumns} FROM invoices, generate_series(1, $2) WHERE id = $1 RETURNING id`,
    [draftId, count],
  )
  const ids = rows.map((row) => row.id as number)
  for (const table of ['invoices_lines', 'invoices_vat_breakdown']) {
    const rest = await columns(table, ['_parent_id', 'id'])
    await db.query(
      `INSERT INTO ${table} (_parent_id, id, ${rest.join(', ')})
       SELECT n.id, substr(md5(random()::text || n.id || t._order), 1, 24), ${rest.map((c) => `t.${c}`).join(', ')}
       FROM ${table} t CROSS JOIN unnest($2::int[]) AS n(id) WHERE t._parent_id = $1`,
      [draftId, ids],
    )
  }
  return ids
}

/**
 * One vendor (the demo's LuxCraft, its OMS tier given the invoicing feature), `next start` on the build, then
 * autocannon posting invoices of 8 lines: `issue: true` (created and numbered in one transaction, the vendor's one
 * series: every request contends for the same counter row) against the baseline of the same request as a draft
 * (no number), and against POST /api/vendor/invoices/:id/issue on drafts made beforehand (copies of one the endpoint
 * made; same 8 lines), the issue step alone. Afterwards the vendor's numbers are counted in SQL: distinct, 1..N
 * without a hole, counter = N.
 */
export async function measureIssueThroughput(
  databaseUrl: string,
  {
    port,
    seconds,
    rounds,
    connections,
    dir,
  }: { port: number; seconds: number; rounds: number; connections: number; dir?: string },
  log: (message: string) => void,
): Promise<IssueThroughput> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    await db.query(`
      INSERT INTO subscription_tiers_features ("order", parent_id, value)
      SELECT 100, t.id, 'invoicing' FROM subscription_tiers t JOIN platforms p ON p.id = t.platform_id
      WHERE t.code = 'essential' AND p.code = 'oms'`)
    const { rows } = await db.query(`SELECT id FROM vendors WHERE slug = 'luxcraft'`)
    const vendorId = rows[0].id as number

    const server = await startNextServer(databaseUrl, port, '/api/platforms?limit=1', {}, dir)
    try {
      const base = `http://127.0.0.1:${port}`
      const login = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'owner@luxcraft.lu', password: DEMO_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
      const settings = await fetch(`${base}/api/vendor/invoice-settings`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify(SETTINGS),
      })
      if (!settings.ok) throw new Error(`invoice settings: ${settings.status} ${await settings.text()}`)
      const check = await fetch(`${base}/api/vendor/invoices`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ customer: CUSTOMER, lines: LINES, issue: true }),
      })
      if (check.status !== 201)
        throw new Error(`POST /api/vendor/invoices answered ${check.status}: ${await check.text()}`)

      const template = await fetch(`${base}/api/vendor/invoices`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ customer: CUSTOMER, lines: LINES }),
      })
      if (template.status !== 201) throw new Error(`draft: ${template.status} ${await template.text()}`)
      const templateId = ((await template.json()) as { invoice: { id: number } }).invoice.id
      // Enough drafts for any round: more than 150 issues/s × the round's length.
      const perRound = Math.max(1500, seconds * 150)
      const drafts: number[] = []
      const refill = async () => {
        if (drafts.length < perRound) drafts.push(...(await cloneDraft(db, templateId, perRound * 2 - drafts.length)))
      }
      const issueDrafts = (duration: number) =>
        autocannon({
          url: base,
          connections,
          duration,
          timeout: 60,
          headers,
          requests: [
            {
              method: 'POST',
              setupRequest: (request) => ({
                ...request,
                path: `/api/vendor/invoices/${drafts.pop() ?? 2147483647}/issue`,
              }),
            },
          ],
        })
      const run = (issue: boolean, duration: number) =>
        autocannon({
          url: `${base}/api/vendor/invoices`,
          method: 'POST',
          connections,
          duration,
          // A slow machine answers late, not never: count those answers instead of dropping them.
          timeout: 60,
          headers,
          body: JSON.stringify({ customer: CUSTOMER, lines: LINES, issue }),
        })
      log('warming up ...')
      await run(true, 3)
      await run(false, 3)
      await refill()
      await issueDrafts(3)
      const results: Record<'issue' | 'draft' | 'issueDraft', autocannon.Result[]> = {
        issue: [],
        draft: [],
        issueDraft: [],
      }
      const cpuSeconds: Record<'issue' | 'draft' | 'issueDraft', number | null> = { issue: 0, draft: 0, issueDraft: 0 }
      const serverCpu = () => (server.pid ? processTreeCpuSeconds(server.pid) : null)
      for (let round = 1; round <= rounds; round++) {
        for (const target of ['issue', 'draft', 'issueDraft'] as const) {
          if (target === 'issueDraft') await refill()
          log(`round ${round}/${rounds}: ${target} for ${seconds} s, ${connections} connections`)
          const before = serverCpu()
          results[target].push(
            await (target === 'issueDraft' ? issueDrafts(seconds) : run(target === 'issue', seconds)),
          )
          const after = serverCpu()
          cpuSeconds[target] =
            before === null || after === null || cpuSeconds[target] === null
              ? null
              : cpuSeconds[target]! + (after - before)
        }
      }
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
      const summary = (list: autocannon.Result[], cpu: number | null): Measured => ({
        rps: mean(list.map((r) => r.requests.average)),
        perCpuSecond: cpu ? list.reduce((sum, r) => sum + r['2xx'], 0) / cpu : null,
        p50: mean(list.map((r) => r.latency.p50)),
        p99: mean(list.map((r) => r.latency.p99)),
        ok: list.reduce((sum, r) => sum + r['2xx'], 0),
        bad: list.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
        timeouts: list.reduce((sum, r) => sum + r.timeouts, 0),
      })

      // One statement, so one snapshot: requests still in flight when the last round ends may commit meanwhile,
      // and the numbers and the counter must be read at the same instant.
      const numbers = await db.query(
        `
        SELECT count(*)::int AS issued, count(DISTINCT number)::int AS distinct,
               min(substring(number FROM '([0-9]+)$')::int) AS min_seq, max(substring(number FROM '([0-9]+)$')::int) AS max_seq,
               (SELECT coalesce(sum(last_value), 0)::int FROM invoice_number_counters WHERE vendor_id = $1 AND series = 'invoice') AS counter
        FROM invoices WHERE vendor_id = $1 AND number IS NOT NULL`,
        [vendorId],
      )
      const { issued, distinct, min_seq: minSeq, max_seq: maxSeq, counter: value } = numbers.rows[0]
      return {
        issue: summary(results.issue, cpuSeconds.issue),
        draft: summary(results.draft, cpuSeconds.draft),
        issueDraft: summary(results.issueDraft, cpuSeconds.issueDraft),
        numbering: {
          issued,
          distinct,
          minSeq,
          maxSeq,
          counter: value,
          gapless: issued === distinct && minSeq === 1 && maxSeq === issued && value === issued,
        },
      }
    } finally {
      await stopServer(server)
    }
  } finally {
    await db.end()
  }
}
