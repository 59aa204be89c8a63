import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import type { VatResult } from '@/services/vat/types'

import { type IssuedFields, markInvoiceIssued, replaceVatBreakdown, updateLineAmounts } from './invoiceRows'

const sameLine = (stored: Invoice['lines'][number], priced: VatResult['lines'][number]) =>
  (stored.vatRate ?? null) === priced.vatRate &&
  stored.net === priced.net &&
  stored.vat === priced.vat &&
  stored.gross === priced.gross

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
export async function writeIssuedRow(
  req: PayloadRequest,
  draft: Invoice,
  fields: IssuedFields,
  vat: VatResult,
): Promise<Invoice> {
  const updated = await markInvoiceIssued(req, draft.id, fields, vat)
  if (!updated) throw new Error(`Invoice ${draft.id} is no longer a draft.`)
  if (vat.lines.length !== draft.lines.length)
    throw new Error(`Invoice ${draft.id}: priced ${vat.lines.length} lines for ${draft.lines.length}.`)

  const lines = draft.lines.map((line, index) => ({ ...line, ...vat.lines[index], id: line.id }))
  const changedLines = lines.filter((line, index) => !sameLine(draft.lines[index], vat.lines[index]))
  for (const line of changedLines) await updateLineAmounts(req, draft.id, line)
  let vatBreakdown = draft.vatBreakdown ?? []
  if (!sameBreakdown(draft.vatBreakdown, vat.vatBreakdown)) {
    vatBreakdown = vat.vatBreakdown.map((row) => ({ id: rowId(), vatRate: row.vatRate, net: row.net, vat: row.vat }))
    await replaceVatBreakdown(req, draft.id, vatBreakdown)
  }
  const { updatedAt } = updated
  return {
    ...draft,
    status: 'issued',
    number: fields.number,
    issueDate: fields.issueDate,
    supplyDate: fields.supplyDate,
    dueDate: fields.dueDate,
    sellerSnapshot: updated.sellerSnapshot as Invoice['sellerSnapshot'],
    lines,
    vatBreakdown,
    totals: vat.totals,
    vatTreatment: vat.vatTreatment,
    vatNote: vat.vatNote,
    customerVatValid: vat.customerVatValid,
    rateCountry: vat.rateCountry,
    vies: fields.vies,
    updatedAt: updatedAt instanceof Date ? updatedAt.toISOString() : new Date(String(updatedAt)).toISOString(),
  }
}
