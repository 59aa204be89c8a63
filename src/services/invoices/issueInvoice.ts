import { APIError, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'
import type { Invoice } from '@/payload-types'
import { viesCheckForInvoice } from '@/services/vat'
import { relationId } from '@/utilities/roles'

import { addDays, dayOf, dayToStored, luxembourgDay } from './context'
import { queueInvoiceEmail } from './invoiceEmail'
import { lockInvoice, sellerSnapshotOf, serviceUpdate } from './invoiceRows'
import { nextInvoiceNumber } from './numbering'
import { invoiceSettingsOf, priceInvoice } from './priceInvoice'

export type IssueOptions = { now: Date; email?: boolean }

/**
 * Issues a draft, inside the caller's transaction: the row is locked, priced again with the rates of its supply
 * date (and the customer's VAT number checked with VIES when VIES_CHECK=1), given the next number of the vendor's series, dated (issue date from `now`, due date from the payment
 * terms), and the seller frozen into it; with `email`, the mail to the customer is queued in the same
 * transaction. Anything failing rolls all of it back, the number included.
 */
export async function issueInvoice(req: PayloadRequest, id: number, { now, email = false }: IssueOptions): Promise<Invoice> {
  const draft = await lockInvoice(req, id)
  if (draft.status !== 'draft') throw new APIError(t(req, 'invoiceAlreadyIssued', { number: draft.number ?? String(draft.id) }), 409, null, true)
  if (email && !draft.customer.email) throw new APIError(t(req, 'invoiceNoCustomerEmail'), 400, null, true)
  const vendorId = relationId(draft.vendor)!
  const settings = await invoiceSettingsOf(req, vendorId)
  const issueDate = luxembourgDay(now)
  const supplyDate = dayOf(draft.supplyDate) ?? issueDate
  const customer = { type: draft.customer.type, country: draft.customer.address.country, vatNumber: draft.customer.vatNumber || null }
  // Optional (VIES_CHECK=1): asked only when the answer can change the treatment; never throws, "unavailable" is kept.
  const vies = await viesCheckForInvoice(
    { seller: { country: settings.address.country, vatNumber: settings.vatNumber ?? null, ossRegistered: Boolean(settings.ossRegistered) }, customer },
    { now: () => now },
  )
  // The number first: its row lock queues the vendor's issues, so the distance-sales sum below sees every invoice
  // issued before this one and the EUR 10,000 threshold holds under concurrency too.
  const number = await nextInvoiceNumber(req, settings, 'invoice', Number(issueDate.slice(0, 4)))
  const vat = await priceInvoice(
    req,
    {
      vendorId,
      customer,
      vies,
      supply: draft.supply,
      supplyDate,
      lines: draft.lines.map(({ description, quantity, unitPrice, vatCategory }) => ({ description, quantity, unitPrice, vatCategory })),
      locale: draft.customer.locale,
    },
    settings,
  )
  const issued = await serviceUpdate(req, id, {
    status: 'issued',
    number,
    issueDate: dayToStored(issueDate),
    supplyDate: dayToStored(supplyDate),
    dueDate: dayToStored(addDays(issueDate, settings.paymentTermsDays)),
    sellerSnapshot: sellerSnapshotOf(settings),
    lines: vat.lines.map((line, index) => ({ id: draft.lines[index]?.id, ...line })),
    vatBreakdown: vat.vatBreakdown,
    totals: vat.totals,
    vatTreatment: vat.vatTreatment,
    vatNote: vat.vatNote,
    customerVatValid: vat.customerVatValid,
    rateCountry: vat.rateCountry,
    ...(vies
      ? {
          vies: {
            status: vies.status,
            checkedAt: vies.checkedAt,
            vatNumber: vies.vatNumber,
            name: vies.name ?? null,
            address: vies.address ?? null,
            requestIdentifier: vies.requestIdentifier ?? null,
            error: vies.error ?? null,
          },
        }
      : {}),
  })
  if (email) await queueInvoiceEmail(req, issued)
  return issued
}
