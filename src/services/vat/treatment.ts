import { isEuMemberState } from '../countries'

import type { CountryCode, VatInput, VatTreatment } from './types'
import { checkCustomerVatNumber } from './vatNumber'

/** EUR 10,000 (Art. 59c Directive 2006/112/EC): B2C sales to other member states above it are taxed at destination. */
export const EU_DISTANCE_SALES_THRESHOLD_CENTS = 1_000_000

export type TreatmentDecision = {
  vatTreatment: VatTreatment
  /** Whose rates apply (the seller's for the 0 % treatments: no foreign rate is involved). */
  rateCountry: CountryCode
  customerVatValid: boolean | null
}

/**
 * Whether a B2C sale to another member state is taxed at destination for a seller not registered for OSS: the sale
 * that takes the year's distance sales over the threshold is already taxed there (and all later ones).
 */
export function distanceSalesThresholdExceeded(distanceSalesBefore: number, invoiceNet: number): boolean {
  return (
    distanceSalesBefore >= EU_DISTANCE_SALES_THRESHOLD_CENTS ||
    distanceSalesBefore + Math.abs(invoiceNet) > EU_DISTANCE_SALES_THRESHOLD_CENTS
  )
}

/**
 * The VAT treatment of a sale (DESIGN.md section 5, Invoices). `invoiceNet` is the sum of the line nets, for the
 * threshold. The input is assumed checked (computeInvoiceVat does it).
 */
export function vatTreatment(
  input: Pick<VatInput, 'seller' | 'customer' | 'supply' | 'distanceSalesBefore' | 'vies'>,
  invoiceNet: number,
): TreatmentDecision {
  const { seller, customer } = input
  const vatNumber = customer.vatNumber?.trim() ? customer.vatNumber : null
  let customerVatValid: boolean | null = null
  if (vatNumber) {
    customerVatValid = checkCustomerVatNumber(vatNumber, customer.country).valid && input.vies?.status !== 'invalid'
  }
  const decide = (vatTreatment: VatTreatment, rateCountry: CountryCode = seller.country): TreatmentDecision => ({
    vatTreatment,
    rateCountry,
    customerVatValid,
  })

  // Luxembourg's franchise for small enterprises (franchise.ts): no VAT on any sale, whoever buys.
  if (seller.vatStatus === 'franchise') return decide('franchise')
  if (!isEuMemberState(customer.country)) return decide('export')
  if (customer.country === seller.country) return decide('domestic')
  if (customer.type === 'business' && customerVatValid) {
    return decide(input.supply === 'goods' ? 'intra_community_exempt' : 'reverse_charge')
  }
  if (seller.ossRegistered || distanceSalesThresholdExceeded(input.distanceSalesBefore, invoiceNet)) {
    return decide('oss', customer.country)
  }
  return decide('origin')
}
