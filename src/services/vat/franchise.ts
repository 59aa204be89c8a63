/**
 * Luxembourg's franchise for small enterprises ("régime de franchise"): a seller established in Luxembourg whose
 * annual turnover stays under the threshold charges no VAT and says so on its invoices.
 *
 * Sources:
 * - Article 57 of the amended law of 12 February 1979 on VAT (loi modifiée du 12 février 1979 concernant la taxe sur
 *   la valeur ajoutée), with articles 57bis to 57quater since 2025 (law transposing Directive (EU) 2020/285, bill
 *   8406); the AED's guidance on guichet.lu / pfi.public.lu, "Régime de franchise des petites entreprises (SME)":
 *   from 1 January 2025 the national threshold is EUR 50,000 with a 10 % tolerance (a seller that passes it during a
 *   year keeps the franchise until the year's end as long as it stays within EUR 55,000; not the next year).
 * - Before: EUR 35,000 from 1 January 2020 (Council Implementing Decision (EU) 2019/2210, authorising the derogation
 *   from Art. 285 Directive 2006/112/EC), no tolerance.
 * - The mention an invoice must carry: « TVA non applicable – Article 57, paragraphe 1er, de la loi modifiée du
 *   12 février 1979 » (AED guidance on pfi.public.lu, "activité supplémentaire à faible chiffre d'affaires").
 *
 * Other member states' SME schemes (and the cross-border SME scheme of Directive 2020/285) are not supported: a
 * `franchise` seller must be established in Luxembourg.
 */

export type FranchiseThreshold = {
  /** YYYY-MM-DD: in force from this day (until the next row). */
  from: string
  /** Annual turnover excluding VAT, in cents, of the previous calendar year at most. */
  thresholdCents: number
  /** The turnover of the current year may pass the threshold by this many cents until the year's end. */
  toleranceCents: number
}

export const LU_FRANCHISE_THRESHOLDS: readonly FranchiseThreshold[] = [
  { from: '2020-01-01', thresholdCents: 3_500_000, toleranceCents: 0 },
  { from: '2025-01-01', thresholdCents: 5_000_000, toleranceCents: 500_000 },
]

/** The threshold in force on a supply date (YYYY-MM-DD), or null before the table starts. */
export function franchiseThresholdOn(supplyDate: string): FranchiseThreshold | null {
  let inForce: FranchiseThreshold | null = null
  for (const row of LU_FRANCHISE_THRESHOLDS) if (row.from <= supplyDate) inForce = row
  return inForce
}

/**
 * Why a franchise seller may not issue an invoice at this supply date, or null when it may: last year's declared
 * turnover above the threshold (`previousYear`), or this year's issued turnover plus the invoice above the threshold
 * with its tolerance (`currentYear`; from 2025 the sale that goes past EUR 55,000 is already taxed).
 */
export function franchiseExceeded(
  supplyDate: string,
  turnover: { previousYear: number; currentYear: number; invoice: number },
): { reason: 'previousYear' | 'currentYear' | 'noThreshold'; limitCents: number } | null {
  const threshold = franchiseThresholdOn(supplyDate)
  if (!threshold) return { reason: 'noThreshold', limitCents: 0 }
  if (turnover.previousYear > threshold.thresholdCents)
    return { reason: 'previousYear', limitCents: threshold.thresholdCents }
  const limit = threshold.thresholdCents + threshold.toleranceCents
  if (turnover.currentYear + turnover.invoice > limit) return { reason: 'currentYear', limitCents: limit }
  return null
}
