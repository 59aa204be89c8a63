import type { PayloadRequest } from 'payload'

import type { Message, MessageVars } from '@/i18n/t'
import type { VendorInvoiceSetting } from '@/payload-types'
import { InvalidInput } from '@/services/errors'
import { checkSellerVatNumber } from '@/services/vat'
import { franchiseExceeded } from '@/services/vat/franchise'

import { turnoverOfYear } from './invoiceRows'
import { centsToDecimal } from './pdf/formatting'

const euros = (cents: number) => `EUR ${centsToDecimal(cents)}`

/** A refusal about one settings field: the message names it, and `errors[].path` carries it for a form. */
const settingsProblem = (key: Message, path: string, vars: MessageVars = {}) =>
  new InvalidInput(key, vars, { fields: [{ path, message: key, vars }] })

/**
 * What the seller's VAT status requires before an invoice is issued (settings alone, no I/O): a registered seller
 * needs a valid VAT number (EN 16931 BR-S-02 / BR-CO-26, Art. 226(3) Directive 2006/112/EC); a seller under the
 * franchise is established in Luxembourg and gives its VAT number or its national tax number (BR-E-02: BT-31 or
 * BT-32).
 */
export function assertSellerIdentified(settings: VendorInvoiceSetting): void {
  const country = settings.address.country
  if ((settings.vatStatus ?? 'registered') === 'registered') {
    const vatNumber = settings.vatNumber?.trim()
    if (!vatNumber || !checkSellerVatNumber(vatNumber, country).valid)
      throw settingsProblem('invoiceSellerVatNumberRequired', 'vatNumber')
    return
  }
  if (country !== 'LU') throw settingsProblem('invoiceFranchiseLuxembourgOnly', 'vatStatus')
  if (!settings.vatNumber?.trim() && !settings.taxNumber?.trim())
    throw settingsProblem('invoiceFranchiseTaxNumberMissing', 'taxNumber')
}

/**
 * A franchise seller stays under the threshold in force on the supply date (franchise.ts): last year's declared
 * turnover, and this year's issued invoices plus this one. Call it after the invoice's number is taken: that row
 * lock queues the vendor's issues, so the sum sees every invoice issued before this one.
 */
export async function assertFranchiseTurnover(
  req: PayloadRequest,
  settings: VendorInvoiceSetting,
  vendorId: number,
  { supplyDate, invoiceNet }: { supplyDate: string; invoiceNet: number },
): Promise<void> {
  if (settings.vatStatus !== 'franchise') return
  const previousYear = settings.turnoverPreviousYear ?? 0
  const currentYear = await turnoverOfYear(req, vendorId, Number(supplyDate.slice(0, 4)))
  const exceeded = franchiseExceeded(supplyDate, { previousYear, currentYear, invoice: invoiceNet })
  if (!exceeded) return
  const vars = { date: supplyDate, limit: euros(exceeded.limitCents) }
  if (exceeded.reason === 'noThreshold') throw settingsProblem('invoiceFranchiseNoThreshold', 'vatStatus', vars)
  if (exceeded.reason === 'previousYear')
    throw settingsProblem('invoiceFranchisePreviousYear', 'turnoverPreviousYear', {
      ...vars,
      turnover: euros(previousYear),
    })
  throw settingsProblem('invoiceFranchiseCurrentYear', 'vatStatus', {
    ...vars,
    turnover: euros(currentYear + invoiceNet),
  })
}
