import { isEuMemberState, isKnownCountry } from '../countries'
import { isLocale } from '../locales'

import { VatInputError } from './errors'
import { vatNote } from './notes'
import { ratesInForce, vatRate } from './rates'
import { vatOfNet } from './rounding'
import { vatTreatment } from './treatment'
import {
  SELLER_VAT_STATUSES,
  VAT_CATEGORIES,
  type VatBreakdownRow,
  type VatInput,
  type VatLine,
  type VatResult,
} from './types'

const ZERO_RATED = new Set(['intra_community_exempt', 'reverse_charge', 'export', 'franchise'])
const VIES_STATUSES = ['valid', 'invalid', 'unavailable']

/** Normalises -0 (from negating a 0 price) to 0. */
const plain = (cents: number): number => cents + 0

function assertInput(input: VatInput): void {
  if (!input || typeof input !== 'object') throw new VatInputError('VAT input must be an object')
  const { seller, customer } = input
  if (!seller || !isEuMemberState(seller.country)) {
    throw new VatInputError(
      `Seller country ${JSON.stringify(seller?.country)} must be an EU member state (ISO code, GR for Greece)`,
    )
  }
  if (typeof seller.ossRegistered !== 'boolean') throw new VatInputError('seller.ossRegistered must be a boolean')
  if (seller.vatStatus !== undefined && !SELLER_VAT_STATUSES.includes(seller.vatStatus)) {
    throw new VatInputError(`seller.vatStatus must be registered or franchise, got ${JSON.stringify(seller.vatStatus)}`)
  }
  if (seller.vatStatus === 'franchise' && seller.country !== 'LU') {
    throw new VatInputError(`The franchise for small enterprises is supported for Luxembourg sellers only`)
  }
  if (!customer || !isKnownCountry(customer.country)) {
    throw new VatInputError(`Customer country ${JSON.stringify(customer?.country)} is not an ISO 3166-1 alpha-2 code`)
  }
  if (customer.type !== 'consumer' && customer.type !== 'business') {
    throw new VatInputError(`customer.type must be "consumer" or "business", got ${JSON.stringify(customer.type)}`)
  }
  if (customer.vatNumber !== null && typeof customer.vatNumber !== 'string') {
    throw new VatInputError('customer.vatNumber must be a string or null')
  }
  if (input.supply !== 'goods' && input.supply !== 'services') {
    throw new VatInputError(`supply must be "goods" or "services", got ${JSON.stringify(input.supply)}`)
  }
  // the seller's rates must cover the date even when this invoice is exempt: one rule for every invoice
  ratesInForce(seller.country, input.supplyDate)
  if (!Number.isSafeInteger(input.distanceSalesBefore) || input.distanceSalesBefore < 0) {
    throw new VatInputError(
      `distanceSalesBefore must be integer cents ≥ 0, got ${JSON.stringify(input.distanceSalesBefore)}`,
    )
  }
  if (!isLocale(input.locale))
    throw new VatInputError(`locale must be en, fr or de, got ${JSON.stringify(input.locale)}`)
  if (input.vies != null && !VIES_STATUSES.includes(input.vies.status)) {
    throw new VatInputError(
      `vies.status must be valid, invalid or unavailable, got ${JSON.stringify(input.vies.status)}`,
    )
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    throw new VatInputError('An invoice needs at least one line')
  input.lines.forEach((line, index) => {
    const at = `Line ${index + 1}`
    if (!line || typeof line !== 'object') throw new VatInputError(`${at} must be an object`)
    if (typeof line.description !== 'string') throw new VatInputError(`${at}: description must be a string`)
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new VatInputError(`${at}: quantity must be a positive integer, got ${JSON.stringify(line.quantity)}`)
    }
    if (!Number.isSafeInteger(line.unitPrice)) {
      throw new VatInputError(`${at}: unitPrice must be integer cents, got ${JSON.stringify(line.unitPrice)}`)
    }
    if (!Number.isSafeInteger(line.quantity * line.unitPrice)) throw new VatInputError(`${at}: amount too large`)
    if (!VAT_CATEGORIES.includes(line.vatCategory)) {
      throw new VatInputError(
        `${at}: vatCategory must be one of ${VAT_CATEGORIES.join(', ')}, got ${JSON.stringify(line.vatCategory)}`,
      )
    }
  })
}

/**
 * The VAT of an invoice (or credit note): treatment, legal note, per-line amounts, breakdown per rate and totals,
 * all integer cents. Pure: the caller supplies the distance-sales figure and, optionally, a VIES answer.
 * Throws VatInputError on malformed input (a programming error upstream: the endpoint answers 400).
 */
export function computeInvoiceVat(input: VatInput): VatResult {
  assertInput(input)
  const invoiceNet = input.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0)
  if (!Number.isSafeInteger(invoiceNet)) throw new VatInputError('Invoice amount too large')
  const decision = vatTreatment(input, invoiceNet)
  const zeroRated = ZERO_RATED.has(decision.vatTreatment)

  const lines: VatLine[] = input.lines.map((line) => {
    const rate = zeroRated ? 0 : vatRate(decision.rateCountry, line.vatCategory, input.supplyDate)
    const net = plain(line.quantity * line.unitPrice)
    const vat = plain(vatOfNet(net, rate))
    return {
      description: line.description,
      quantity: line.quantity,
      unitPrice: plain(line.unitPrice),
      vatCategory: line.vatCategory,
      vatRate: rate,
      net,
      vat,
      gross: plain(net + vat),
    }
  })

  // EN 16931 (BR-CO-17, BR-S-09 …): the VAT of a category is its taxable amount × its rate, rounded once. Within
  // one invoice a rate names one category (vatCategoryOf: the treatment and the rate decide the code), so the rows
  // are keyed by rate. A line's own `vat` above is informative: the invoice's VAT is the rows', not the lines' sum.
  const netByRate = new Map<number, number>()
  for (const line of lines) netByRate.set(line.vatRate, plain((netByRate.get(line.vatRate) ?? 0) + line.net))
  const vatBreakdown: VatBreakdownRow[] = [...netByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([vatRate, base]) => ({ vatRate, net: base, vat: plain(vatOfNet(base, vatRate)) }))
  const net = plain(vatBreakdown.reduce((sum, row) => sum + row.net, 0))
  const vat = plain(vatBreakdown.reduce((sum, row) => sum + row.vat, 0))

  return {
    vatTreatment: decision.vatTreatment,
    vatNote: vatNote(decision.vatTreatment, input.locale),
    customerVatValid: decision.customerVatValid,
    rateCountry: decision.rateCountry,
    lines,
    vatBreakdown,
    totals: { net, vat, gross: plain(net + vat) },
  }
}
