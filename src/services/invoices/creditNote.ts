import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import { Conflict } from '@/services/errors'
import { relationId } from '@/utilities/relationId'

import { addDays, dayOf, dayToStored, INVOICE_SERVICE, luxembourgDay } from './context'
import { sellerSnapshotOf, serviceUpdate } from './invoiceRows'
import { nextInvoiceNumber } from './numbering'
import { invoiceSettingsOf } from './priceInvoice'

const negate = (value: number | null | undefined) => (value ? -value : 0)

/**
 * Cancels an issued (or paid) invoice in full, inside the caller's transaction, which holds the original's row locked
 * (lockInvoiceRow, then read): a credit note numbered in the
 * vendor's own credit-note series, issued at once, with the original's lines, breakdown and totals negated and
 * its VAT treatment kept; it points at the original (creditNoteFor), whose number and date it cites. The
 * original becomes `credited`, so one invoice gets one credit note.
 */
export async function creditInvoice(req: PayloadRequest, original: Invoice, { now }: { now: Date }): Promise<Invoice> {
  if (original.kind !== 'invoice') throw new Conflict('invoiceCreditNoteOfCreditNote')
  if (original.status === 'draft') throw new Conflict('invoiceCreditDraft')
  if (original.status === 'credited') throw new Conflict('invoiceAlreadyCredited', { number: original.number ?? '' })
  const vendorId = relationId(original.vendor)!
  const settings = await invoiceSettingsOf(req, vendorId)
  const issueDate = luxembourgDay(now)
  const number = await nextInvoiceNumber(req, settings, 'credit_note', Number(issueDate.slice(0, 4)))
  const creditNote = await req.payload.create({
    collection: 'invoices',
    data: {
      vendor: vendorId,
      platform: relationId(original.platform)!,
      kind: 'credit_note',
      status: 'issued',
      number,
      order: relationId(original.order),
      supply: original.supply,
      customer: original.customer,
      lines: original.lines.map(({ id: _id, ...line }) => ({
        ...line,
        unitPrice: negate(line.unitPrice),
        net: negate(line.net),
        vat: negate(line.vat),
        gross: negate(line.gross),
      })),
      vatBreakdown: (original.vatBreakdown ?? []).map(({ id: _id, ...row }) => ({
        ...row,
        net: negate(row.net),
        vat: negate(row.vat),
      })),
      totals: {
        net: negate(original.totals?.net),
        vat: negate(original.totals?.vat),
        gross: negate(original.totals?.gross),
      },
      currency: 'EUR',
      supplyDate: dayToStored(dayOf(original.supplyDate) ?? issueDate),
      issueDate: dayToStored(issueDate),
      dueDate: dayToStored(addDays(issueDate, 0)),
      creditNoteFor: original.id,
      vatTreatment: original.vatTreatment,
      vatNote: original.vatNote,
      customerVatValid: original.customerVatValid,
      rateCountry: original.rateCountry,
      sellerSnapshot: sellerSnapshotOf(settings),
    },
    depth: 0,
    overrideAccess: true,
    req,
    context: { [INVOICE_SERVICE]: true },
  })
  await serviceUpdate(req, original.id, { status: 'credited' })
  return creditNote
}

/** Records the payment of an issued invoice (issued → paid), its row locked by the caller's transaction; nothing else changes. */
export async function markInvoicePaid(req: PayloadRequest, invoice: Invoice): Promise<Invoice> {
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued') {
    throw new Conflict('invoiceCannotMarkPaid', { status: invoice.status })
  }
  return serviceUpdate(req, invoice.id, { status: 'paid' })
}
