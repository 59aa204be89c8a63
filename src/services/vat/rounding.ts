import { VatInputError } from './errors'

/**
 * VAT of a net amount in cents at a percentage with at most one decimal (25.5, 5.5), rounded to the cent half away
 * from zero, in exact integer arithmetic: net × (rate × 10) / 1000. Half away from zero makes a credit note (the
 * negated lines) exactly the negation of its invoice.
 */
export function vatOfNet(net: number, ratePercent: number): number {
  const rateTenths = Math.round(ratePercent * 10)
  if (Math.abs(rateTenths - ratePercent * 10) > 1e-9 || rateTenths < 0) {
    throw new VatInputError(`VAT rate ${ratePercent} must be a non-negative percentage with at most one decimal`)
  }
  const product = BigInt(net) * BigInt(rateTenths)
  const magnitude = product < 0n ? -product : product
  let quotient = magnitude / 1000n
  if ((magnitude % 1000n) * 2n >= 1000n) quotient += 1n
  const vat = Number(quotient)
  return product < 0n ? -vat : vat
}
