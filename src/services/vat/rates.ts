/**
 * VAT rates of the 27 member states, effective-dated: a change of any rate on a date is one new row holding the
 * whole set in force from that date; an invoice uses the row in force on its supply date.
 *
 * Sources:
 * - European Commission, "VAT rates applied in the Member States of the European Union" and the Taxes in Europe
 *   Database (TEDB, https://ec.europa.eu/taxation_customs/tedb/), for the sets in force on 2024-01-01.
 * - National laws for the changes since, as reported by the tax administrations and advisers' bulletins:
 *   EE VAT Act (käibemaksuseadus) amendments (22 % from 2024-01-01, accommodation 9 → 13 % and press 5 → 9 % from
 *   2025-01-01, 24 % from 2025-07-01); FI Arvonlisäverolaki (25.5 % from 2024-09-01; 14 % → 13.5 % from 2026-01-01
 *   under the 2026 budget, Finnish Tax Administration guidance); SK consolidation package amending Act 222/2004
 *   (23 %, 19 % and 5 % from 2025-01-01); RO Law 141/2025 (21 % and a single 11 % from 2025-08-01); LU
 *   temporary −1 point for 2023 (the 2022 "Solidaritéitspak" law) and back to 17/14/8/3 from 2024-01-01; LT Law XV-287
 *   (the 9 % rate replaced by 12 % from 2026-01-01, 5 % kept); CZ consolidation package (single reduced 12 %
 *   and books at 0 % from 2024-01-01); ES end of the temporary 0 %/5 % food rates on 2024-12-31; BG end of the
 *   temporary 0 % on bread on 2024-12-31; AT 0 % on photovoltaic modules 2024-01-01 … 2025-12-31 and 4.9 % on
 *   basic foodstuffs from 2026-07-01 (Council of Ministers decision, January 2026).
 *
 * Not verified against TEDB from here (no access): the `zero` flags of CY, CZ (2024–2025), HR, HU, LV and PL, and
 * the AT 4.9 % row's legal text. Rate changes that only move goods between existing rates (BE 6 → 12 % for hotels
 * from 2026-03-01, NL accommodation 9 → 21 % and DE restaurants at 7 % from 2026-01-01, SE food 12 → 6 % from
 * 2026-04-01, SK some foods 19 → 23 % from 2026-01-01) change no row: the table holds rates, not product lists. Parking rates (BE 12, IE 13.5, LU 14, AT 13, PT 13) are not modelled: each equals one of the
 * country's reduced rates. Regional rates (Greek islands, Azores/Madeira, Canary Islands, Heligoland …) are out.
 */
import { isEuMemberState, type EuMemberState } from '../countries'

import { VatInputError } from './errors'
import type { CountryCode, VatCategory } from './types'
import { VAT_CATEGORIES } from './types'

export type VatRateRow = {
  country: EuMemberState
  /** YYYY-MM-DD: in force from this day on (until the country's next row). */
  from: string
  /** Percentages, at most one decimal (25.5). */
  standard: number
  /** Reduced rates (≥ 5 %), highest first; empty when the country has none (DK). */
  reduced: number[]
  /** The super-reduced rate (< 5 %), or null. */
  superReduced: number | null
  /** Whether the country applies a zero rate (exemption with right of deduction) to some domestic supplies. */
  zero: boolean
}

export const VAT_RATES: readonly VatRateRow[] = [
  { country: 'AT', from: '2024-01-01', standard: 20, reduced: [13, 10], superReduced: null, zero: true },
  { country: 'AT', from: '2026-01-01', standard: 20, reduced: [13, 10], superReduced: null, zero: false },
  { country: 'AT', from: '2026-07-01', standard: 20, reduced: [13, 10], superReduced: 4.9, zero: false },
  { country: 'BE', from: '2024-01-01', standard: 21, reduced: [12, 6], superReduced: null, zero: true },
  { country: 'BG', from: '2024-01-01', standard: 20, reduced: [9], superReduced: null, zero: true },
  { country: 'BG', from: '2025-01-01', standard: 20, reduced: [9], superReduced: null, zero: false },
  { country: 'CY', from: '2024-01-01', standard: 19, reduced: [9, 5], superReduced: null, zero: true },
  { country: 'CZ', from: '2024-01-01', standard: 21, reduced: [12], superReduced: null, zero: true },
  { country: 'DE', from: '2024-01-01', standard: 19, reduced: [7], superReduced: null, zero: true },
  { country: 'DK', from: '2024-01-01', standard: 25, reduced: [], superReduced: null, zero: true },
  { country: 'EE', from: '2024-01-01', standard: 22, reduced: [9, 5], superReduced: null, zero: false },
  { country: 'EE', from: '2025-01-01', standard: 22, reduced: [13, 9], superReduced: null, zero: false },
  { country: 'EE', from: '2025-07-01', standard: 24, reduced: [13, 9], superReduced: null, zero: false },
  { country: 'ES', from: '2024-01-01', standard: 21, reduced: [10, 5], superReduced: 4, zero: true },
  { country: 'ES', from: '2025-01-01', standard: 21, reduced: [10], superReduced: 4, zero: false },
  { country: 'FI', from: '2024-01-01', standard: 24, reduced: [14, 10], superReduced: null, zero: true },
  { country: 'FI', from: '2024-09-01', standard: 25.5, reduced: [14, 10], superReduced: null, zero: true },
  { country: 'FI', from: '2026-01-01', standard: 25.5, reduced: [13.5, 10], superReduced: null, zero: true },
  { country: 'FR', from: '2024-01-01', standard: 20, reduced: [10, 5.5], superReduced: 2.1, zero: false },
  { country: 'GR', from: '2024-01-01', standard: 24, reduced: [13, 6], superReduced: null, zero: false },
  { country: 'HR', from: '2024-01-01', standard: 25, reduced: [13, 5], superReduced: null, zero: false },
  { country: 'HU', from: '2024-01-01', standard: 27, reduced: [18, 5], superReduced: null, zero: false },
  { country: 'IE', from: '2024-01-01', standard: 23, reduced: [13.5, 9], superReduced: 4.8, zero: true },
  { country: 'IT', from: '2024-01-01', standard: 22, reduced: [10, 5], superReduced: 4, zero: true },
  { country: 'LT', from: '2024-01-01', standard: 21, reduced: [9, 5], superReduced: null, zero: false },
  { country: 'LT', from: '2026-01-01', standard: 21, reduced: [12, 5], superReduced: null, zero: false },
  { country: 'LU', from: '2023-01-01', standard: 16, reduced: [13, 7], superReduced: 3, zero: false },
  { country: 'LU', from: '2024-01-01', standard: 17, reduced: [14, 8], superReduced: 3, zero: false },
  { country: 'LV', from: '2024-01-01', standard: 21, reduced: [12, 5], superReduced: null, zero: false },
  { country: 'MT', from: '2024-01-01', standard: 18, reduced: [7, 5], superReduced: null, zero: true },
  { country: 'NL', from: '2024-01-01', standard: 21, reduced: [9], superReduced: null, zero: true },
  { country: 'PL', from: '2024-01-01', standard: 23, reduced: [8, 5], superReduced: null, zero: true },
  { country: 'PT', from: '2024-01-01', standard: 23, reduced: [13, 6], superReduced: null, zero: false },
  { country: 'RO', from: '2024-01-01', standard: 19, reduced: [9, 5], superReduced: null, zero: false },
  { country: 'RO', from: '2025-08-01', standard: 21, reduced: [11], superReduced: null, zero: false },
  { country: 'SE', from: '2024-01-01', standard: 25, reduced: [12, 6], superReduced: null, zero: true },
  { country: 'SI', from: '2024-01-01', standard: 22, reduced: [9.5, 5], superReduced: null, zero: false },
  { country: 'SK', from: '2024-01-01', standard: 20, reduced: [10, 5], superReduced: null, zero: false },
  { country: 'SK', from: '2025-01-01', standard: 23, reduced: [19, 5], superReduced: null, zero: false },
]

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function assertSupplyDate(date: unknown): asserts date is string {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null
  const parsed = match ? new Date(`${date as string}T00:00:00Z`) : null
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new VatInputError(`Supply date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`)
  }
}

/** The set of rates in force in `country` on `supplyDate` (YYYY-MM-DD compares as text). */
export function ratesInForce(country: CountryCode, supplyDate: string): VatRateRow {
  if (!isEuMemberState(country))
    throw new VatInputError(`No VAT rates for ${JSON.stringify(country)}: not an EU member state`)
  assertSupplyDate(supplyDate)
  let inForce: VatRateRow | undefined
  for (const row of VAT_RATES) {
    if (row.country === country && row.from <= supplyDate && (!inForce || row.from > inForce.from)) inForce = row
  }
  if (!inForce) throw new VatInputError(`No VAT rates for ${country} on ${supplyDate}: the rate table starts later`)
  return inForce
}

/**
 * The rate of a category in a country on a date, as a percentage:
 * - standard → the standard rate;
 * - reduced → the highest reduced rate, or the standard rate where there is none (DK);
 * - super_reduced → the super-reduced rate (< 5 %), else the lowest reduced rate, else the standard rate;
 * - zero → 0 where the country applies a zero rate, else the lowest rate it has (as super_reduced): a product
 *   zero-rated at home is taxed at the destination's lowest rate rather than refused, since OSS sales must be
 *   invoiced whatever the destination's rate structure.
 */
export function vatRate(country: CountryCode, category: VatCategory, supplyDate: string): number {
  if (!VAT_CATEGORIES.includes(category)) throw new VatInputError(`Unknown VAT category ${JSON.stringify(category)}`)
  const row = ratesInForce(country, supplyDate)
  const lowest = row.superReduced ?? row.reduced.at(-1) ?? row.standard
  switch (category) {
    case 'standard':
      return row.standard
    case 'reduced':
      return row.reduced[0] ?? row.standard
    case 'super_reduced':
      return lowest
    case 'zero':
      return row.zero ? 0 : lowest
  }
}
