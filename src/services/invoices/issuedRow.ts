import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import { transactionDb } from '@/services/transactions'
import type { VatResult } from '@/services/vat/types'

/** What issuing sets on a draft's row, besides the amounts. */
export type IssuedFields = Pick<Invoice, 'number' | 'issueDate' | 'supplyDate' | 'dueDate' | 'sellerSnapshot'> & { vies: NonNullable<Invoice['vies']> }

const sameLine = (stored: Invoice['lines'][number], priced: VatResult['lines'][number]) =>
  (stored.vatRate ?? null) === priced.vatRate && stored.net === priced.net && stored.vat === priced.vat && stored.gross === priced.gross

const sameBreakdown = (stored: Invoice['vatBreakdown'], priced: VatResult['vatBreakdown']) =>
  (stored ?? []).length === priced.length &&
  priced.every((row, index) => {
    const before = stored![index]
    return (before.vatRate ?? null) === row.vatRate && before.net === row.net && before.vat === row.vat
  })

/** A new array-row id in Payload's format (24 hex digits). */
const rowId = () => randomBytes(12).toString('hex')

/**
 * Writes the issue of a locked draft in the caller's transaction with targeted SQL instead of a second Payload
 * update (which would validate, delete and re-insert every line): one UPDATE of the invoice's scalar columns,
 * and the lines' and VAT rows' amounts only where the price at issue differs from the draft's (VIES, the
 * distance-sales threshold or a new rate can change them). Lines are never added or removed by issuing: the
 * priced lines are the draft's, in order. Returns the issued invoice as Payload would read it.
 */
export async function writeIssuedRow(req: PayloadRequest, draft: Invoice, fields: IssuedFields, vat: VatResult): Promise<Invoice> {
  const db = await transactionDb(req)
  const { vies } = fields
  const updated = await db.execute(sql`
    UPDATE invoices SET
      status = 'issued', number = ${fields.number}, issue_date = ${fields.issueDate}::timestamptz,
      supply_date = ${fields.supplyDate}::timestamptz, due_date = ${fields.dueDate}::timestamptz,
      -- The order reference the documents print is frozen with the seller (see freezeOrderReference).
      seller_snapshot = ${JSON.stringify(fields.sellerSnapshot)}::jsonb || jsonb_build_object('orderReference',
        (SELECT COALESCE(o.external_id, '#' || o.id) FROM orders o WHERE o.id = invoices.order_id)),
      totals_net = ${vat.totals.net}, totals_vat = ${vat.totals.vat}, totals_gross = ${vat.totals.gross},
      vat_treatment = ${vat.vatTreatment}, vat_note = ${vat.vatNote}, customer_vat_valid = ${vat.customerVatValid},
      rate_country = ${vat.rateCountry},
      vies_status = ${vies.status ?? null}, vies_checked_at = ${vies.checkedAt ?? null}::timestamptz,
      vies_vat_number = ${vies.vatNumber ?? null}, vies_name = ${vies.name ?? null}, vies_address = ${vies.address ?? null},
      vies_request_identifier = ${vies.requestIdentifier ?? null}, vies_error = ${vies.error ?? null},
      updated_at = now()
    WHERE id = ${draft.id} AND status = 'draft'
    RETURNING updated_at, seller_snapshot`)
  if (updated.rows.length !== 1) throw new Error(`Invoice ${draft.id} is no longer a draft.`)
  if (vat.lines.length !== draft.lines.length) throw new Error(`Invoice ${draft.id}: priced ${vat.lines.length} lines for ${draft.lines.length}.`)

  const lines = draft.lines.map((line, index) => ({ ...line, ...vat.lines[index], id: line.id }))
  const changedLines = lines.filter((line, index) => !sameLine(draft.lines[index], vat.lines[index]))
  for (const line of changedLines) {
    await db.execute(sql`
      UPDATE invoices_lines SET vat_rate = ${line.vatRate}, net = ${line.net}, vat = ${line.vat}, gross = ${line.gross}
      WHERE id = ${line.id} AND _parent_id = ${draft.id}`)
  }
  let vatBreakdown = draft.vatBreakdown ?? []
  if (!sameBreakdown(draft.vatBreakdown, vat.vatBreakdown)) {
    vatBreakdown = vat.vatBreakdown.map((row) => ({ id: rowId(), vatRate: row.vatRate, net: row.net, vat: row.vat }))
    await db.execute(sql`DELETE FROM invoices_vat_breakdown WHERE _parent_id = ${draft.id}`)
    if (vatBreakdown.length > 0) {
      const values = vatBreakdown.map((row, index) => sql`(${index + 1}, ${draft.id}, ${row.id}, ${row.vatRate}, ${row.net}, ${row.vat})`)
      await db.execute(sql`INSERT INTO invoices_vat_breakdown (_order, _parent_id, id, vat_rate, net, vat) VALUES ${sql.join(values, sql`, `)}`)
    }
  }
  const updatedAt = updated.rows[0].updated_at
  return {
    ...draft,
    status: 'issued',
    number: fields.number,
    issueDate: fields.issueDate,
    supplyDate: fields.supplyDate,
    dueDate: fields.dueDate,
    sellerSnapshot: updated.rows[0].seller_snapshot as Invoice['sellerSnapshot'],
    lines,
    vatBreakdown,
    totals: vat.totals,
    vatTreatment: vat.vatTreatment,
    vatNote: vat.vatNote,
    customerVatValid: vat.customerVatValid,
    rateCountry: vat.rateCountry,
    vies,
    updatedAt: updatedAt instanceof Date ? updatedAt.toISOString() : new Date(String(updatedAt)).toISOString(),
  }
}
