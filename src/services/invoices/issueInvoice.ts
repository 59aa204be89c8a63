import type { PayloadRequest } from 'payload'

import type { Invoice, VendorInvoiceSetting } from '@/payload-types'
import { Conflict, InvalidInput } from '@/services/errors'
import { assertVendorWritable } from '@/services/subscriptions/readOnly'
import { viesCheckForInvoice, viesConfig } from '@/services/vat'
import type { ViesResult } from '@/services/vat/types'
import { relationId } from '@/utilities/relationId'
import { hasRole } from '@/utilities/roles'

import { addDays, dayOf, dayToStored, luxembourgDay } from './context'
import { queueInvoiceEmail } from './invoiceEmail'
import { sellerSnapshotOf } from './invoiceRows'
import { writeIssuedRow } from './issuedRow'
import { nextInvoiceNumber } from './numbering'
import { invoiceSettingsOf, priceInvoice } from './priceInvoice'
import { assertFranchiseTurnover, assertSellerIdentified } from './sellerVatStatus'

type ViesCustomer = { type: Invoice['customer']['type']; country: string; vatNumber: string | null }

/** A VIES answer obtained before the issuing transaction, for the customer it was asked about. */
export type PrecheckedVies = { customer: string; result: ViesResult | null }

const customerKey = (customer: ViesCustomer) =>
  JSON.stringify([
    customer.type,
    customer.country.toUpperCase(),
    (customer.vatNumber ?? '').replace(/[\s.-]/g, '').toUpperCase(),
  ])

const viesInput = (settings: VendorInvoiceSetting, customer: ViesCustomer) => ({
  seller: {
    country: settings.address.country,
    vatNumber: settings.vatNumber ?? null,
    ossRegistered: Boolean(settings.ossRegistered),
    vatStatus: settings.vatStatus ?? 'registered',
  },
  customer,
})

/** Whether VIES is asked at all (VIES_CHECK=1): when it is not, nothing needs reading before an issue. */
export const viesCheckEnabled = () => viesConfig().enabled

/**
 * The VIES check of an invoice about to be issued, made before the issuing transaction opens (VIES may take seconds:
 * no connection or lock is held meanwhile). Optional (VIES_CHECK=1); never throws, "unavailable" is kept.
 */
export async function checkViesBeforeIssue(
  req: PayloadRequest,
  vendorId: number,
  customer: { type: Invoice['customer']['type']; address: { country: string }; vatNumber?: string | null },
  now: Date,
): Promise<PrecheckedVies> {
  const asked = { type: customer.type, country: customer.address.country, vatNumber: customer.vatNumber || null }
  const settings = await invoiceSettingsOf(req, vendorId)
  return {
    customer: customerKey(asked),
    result: await viesCheckForInvoice(viesInput(settings, asked), { now: () => now }),
  }
}

export type IssueOptions = {
  now: Date
  email?: boolean
  /** The draft was created in this same transaction (whose create already checked that the vendor may write). */
  created?: boolean
  /** VIES asked before the transaction (checkViesBeforeIssue); without it, VIES is asked here. */
  vies?: PrecheckedVies
}

/**
 * Issues a draft, inside the caller's transaction, which holds its row locked (lockInvoiceRow, then read) or created
 * it: priced again with the rates of its supply
 * date (and the customer's VAT number checked with VIES when VIES_CHECK=1), given the next number of the vendor's series, dated (issue date from `now`, due date from the payment
 * terms), and the seller frozen into it; with `email`, the mail to the customer is queued in the same
 * transaction. Anything failing rolls all of it back, the number included. The row is written with targeted SQL
 * (`writeIssuedRow`), not a second Payload update: the fields it sets are all computed here, the read-only rule of
 * the vendorOwned plugin is checked explicitly, and issued rows are guarded by `guardInvoiceWrites` afterwards.
 */
export async function issueInvoice(
  req: PayloadRequest,
  draft: Invoice,
  { now, email = false, created = false, vies: prechecked }: IssueOptions,
): Promise<Invoice> {
  if (draft.status !== 'draft') throw new Conflict('invoiceAlreadyIssued', { number: draft.number ?? String(draft.id) })
  if (email && !draft.customer.email) throw new InvalidInput('invoiceNoCustomerEmail')
  const vendorId = relationId(draft.vendor)!
  // The vendorOwned plugin's rule for every write: none while the subscription is canceled or expired.
  if (!created && !hasRole(req.user, 'super-admin'))
    await assertVendorWritable(req, vendorId, relationId(draft.platform)!)
  const settings = await invoiceSettingsOf(req, vendorId)
  assertSellerIdentified(settings)
  const issueDate = luxembourgDay(now)
  const supplyDate = dayOf(draft.supplyDate) ?? issueDate
  const customer = {
    type: draft.customer.type,
    country: draft.customer.address.country,
    vatNumber: draft.customer.vatNumber || null,
  }
  // Optional (VIES_CHECK=1): asked only when the answer can change the treatment; never throws, "unavailable" is kept.
  // The endpoints ask before their transaction; a customer changed since then is refused rather than asked here.
  if (prechecked && prechecked.customer !== customerKey(customer)) throw new Conflict('invoiceChangedWhileIssuing')
  const vies = prechecked
    ? prechecked.result
    : await viesCheckForInvoice(viesInput(settings, customer), { now: () => now })
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
      lines: draft.lines.map(({ description, quantity, unitPrice, vatCategory }) => ({
        description,
        quantity,
        unitPrice,
        vatCategory,
      })),
      locale: draft.customer.locale,
    },
    settings,
  )
  await assertFranchiseTurnover(req, settings, vendorId, { supplyDate, invoiceNet: vat.totals.net })
  const issued = await writeIssuedRow(
    req,
    draft,
    {
      number,
      issueDate: dayToStored(issueDate),
      supplyDate: dayToStored(supplyDate),
      dueDate: dayToStored(addDays(issueDate, settings.paymentTermsDays)),
      sellerSnapshot: sellerSnapshotOf(settings),
      vies: {
        status: vies?.status ?? null,
        checkedAt: vies?.checkedAt ?? null,
        vatNumber: vies?.vatNumber ?? null,
        name: vies?.name ?? null,
        address: vies?.address ?? null,
        requestIdentifier: vies?.requestIdentifier ?? null,
        error: vies?.error ?? null,
      },
    },
    vat,
  )
  if (email) await queueInvoiceEmail(req, issued)
  return issued
}
