import type { VatTreatment } from '../../vat/types'

/** UNCL5305 VAT category codes used by EN 16931. */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O'

export type VatCategoryOfRate = {
  code: VatCategoryCode
  /** VATEX code (CEF list) where EN 16931 requires an exemption reason, else null. */
  exemptionReasonCode: string | null
}

const EXEMPT: Partial<Record<VatTreatment, VatCategoryOfRate>> = {
  // Art. 138 Directive 2006/112/EC: intra-Community supply of goods.
  intra_community_exempt: { code: 'K', exemptionReasonCode: 'VATEX-EU-IC' },
  // Art. 196: the customer accounts for the VAT.
  reverse_charge: { code: 'AE', exemptionReasonCode: 'VATEX-EU-AE' },
  // Art. 146: export outside the EU.
  export: { code: 'G', exemptionReasonCode: 'VATEX-EU-G' },
  // Luxembourg's franchise for small enterprises (Art. 57 LU VAT law): exempt, E. No VATEX code names it (the CEF
  // list has a French one only), so the exemption reason is the legal mention as text (BT-120), which BR-E-10 allows.
  franchise: { code: 'E', exemptionReasonCode: null },
}

/**
 * The EN 16931 VAT category of a rate under the invoice's treatment: taxed sales (domestic, origin, OSS) are S,
 * or Z for a 0 % rate; the exemptions have their own category and reason code; the franchise is E. O (outside the
 * scope) is never produced: the VAT engine has no such treatment.
 */
export function vatCategoryOf(treatment: VatTreatment, vatRate: number): VatCategoryOfRate {
  const exempt = EXEMPT[treatment]
  if (exempt) return exempt
  return { code: vatRate === 0 ? 'Z' : 'S', exemptionReasonCode: null }
}
