import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isKnownCountry } from '@/services/countries'
import { vatCategoryOf } from '@/services/invoices/einvoice/vatCategories'
import {
  checkCustomerVatNumber,
  checkSellerVatNumber,
  checkVies,
  computeInvoiceVat,
  EU_DISTANCE_SALES_THRESHOLD_CENTS,
  EU_MEMBER_STATES,
  isEuMemberState,
  VAT_RATES,
  VatInputError,
  vatNote,
  vatOfNet,
  vatRate,
  viesCheckForInvoice,
  viesConfig,
  type VatCategory,
  type VatInput,
  type VatResult,
  type VatTreatment,
  type ViesResult,
} from '@/services/vat'
import { franchiseExceeded, franchiseThresholdOn } from '@/services/vat/franchise'

import { startViesStandIn, type ViesStandIn } from '../../../scripts/stand-ins/vies/server'

/** Checksum-valid numbers (found with jsvat-next's checkVAT over random candidates, then fixed here). */
const VALID_VAT: Record<string, string> = {
  AT: 'ATU64820439',
  BE: 'BE0184663155',
  BG: 'BG988164499',
  HR: 'HR51509020803',
  CY: 'CY10381576R',
  CZ: 'CZ78505101',
  DK: 'DK28414684',
  EE: 'EE100682593',
  FI: 'FI26476058',
  FR: 'FR10523040554',
  DE: 'DE151498622',
  GR: 'EL604467956',
  HU: 'HU09848100',
  IE: 'IE3345173J',
  IT: 'IT41577560091',
  LV: 'LV45492904246',
  LT: 'LT609493116',
  LU: 'LU20260743',
  MT: 'MT14422803',
  NL: 'NL952085707B01',
  PL: 'PL0346910819',
  PT: 'PT568427840',
  RO: 'RO18308977',
  SK: 'SK1276337040',
  SI: 'SI11204478',
  ES: 'ESB19802610',
  SE: 'SE948503355001',
}

/** The rates in force on 2026-11-01, written out independently of src/services/vat/rates.ts. */
const RATES_2026_11: Record<string, { standard: number; reduced: number; lowest: number; zero: boolean }> = {
  AT: { standard: 20, reduced: 13, lowest: 4.9, zero: false },
  BE: { standard: 21, reduced: 12, lowest: 6, zero: true },
  BG: { standard: 20, reduced: 9, lowest: 9, zero: false },
  CY: { standard: 19, reduced: 9, lowest: 5, zero: true },
  CZ: { standard: 21, reduced: 12, lowest: 12, zero: true },
  DE: { standard: 19, reduced: 7, lowest: 7, zero: true },
  DK: { standard: 25, reduced: 25, lowest: 25, zero: true },
  EE: { standard: 24, reduced: 13, lowest: 9, zero: false },
  ES: { standard: 21, reduced: 10, lowest: 4, zero: false },
  FI: { standard: 25.5, reduced: 13.5, lowest: 10, zero: true },
  FR: { standard: 20, reduced: 10, lowest: 2.1, zero: false },
  GR: { standard: 24, reduced: 13, lowest: 6, zero: false },
  HR: { standard: 25, reduced: 13, lowest: 5, zero: false },
  HU: { standard: 27, reduced: 18, lowest: 5, zero: false },
  IE: { standard: 23, reduced: 13.5, lowest: 4.8, zero: true },
  IT: { standard: 22, reduced: 10, lowest: 4, zero: true },
  LT: { standard: 21, reduced: 12, lowest: 5, zero: false },
  LU: { standard: 17, reduced: 14, lowest: 3, zero: false },
  LV: { standard: 21, reduced: 12, lowest: 5, zero: false },
  MT: { standard: 18, reduced: 7, lowest: 5, zero: true },
  NL: { standard: 21, reduced: 9, lowest: 9, zero: true },
  PL: { standard: 23, reduced: 8, lowest: 5, zero: true },
  PT: { standard: 23, reduced: 13, lowest: 6, zero: false },
  RO: { standard: 21, reduced: 11, lowest: 11, zero: false },
  SE: { standard: 25, reduced: 12, lowest: 6, zero: true },
  SI: { standard: 22, reduced: 9.5, lowest: 5, zero: false },
  SK: { standard: 23, reduced: 19, lowest: 5, zero: false },
}
const DATE = '2026-11-01'
const MEMBER_STATES = Object.keys(RATES_2026_11)

const NOTES = {
  intra_community_exempt: 'Exempt intra-Community supply of goods, Art. 138 Directive 2006/112/EC',
  reverse_charge: 'Reverse charge, Art. 196 Directive 2006/112/EC',
  export: 'Export outside the EU, VAT exempt (Art. 146 Directive 2006/112/EC)',
  oss: 'VAT of the member state of destination, declared via the One-Stop Shop (OSS)',
} as const

type InvoiceOverrides = Partial<Omit<VatInput, 'seller' | 'customer'>> & {
  seller?: Partial<VatInput['seller']>
  customer?: Partial<VatInput['customer']>
}

function invoice(overrides: InvoiceOverrides = {}): VatInput {
  const { seller, customer, ...rest } = overrides
  return {
    supply: 'goods',
    supplyDate: DATE,
    distanceSalesBefore: 0,
    lines: [{ description: 'Item', quantity: 1, unitPrice: 10_000, vatCategory: 'standard' }],
    locale: 'en',
    ...rest,
    seller: { country: 'LU', vatNumber: VALID_VAT.LU, ossRegistered: false, ...seller },
    customer: { type: 'consumer', country: 'LU', vatNumber: null, ...customer },
  }
}

function expectInputError(input: unknown, message: RegExp) {
  let thrown: unknown
  try {
    computeInvoiceVat(input as VatInput)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(VatInputError)
  expect(thrown).toBeInstanceOf(Error)
  expect((thrown as Error).message).toMatch(message)
}

/** A VAT number with the last digit of its longest run of digits changed: the checksum must catch it. */
function corrupt(vatNumber: string): string {
  const runs = [...vatNumber.matchAll(/\d+/g)]
  const longest = runs.reduce((a, b) => (b[0].length > a[0].length ? b : a))
  const index = longest.index + longest[0].length - 1
  const digit = Number(vatNumber[index])
  return `${vatNumber.slice(0, index)}${(digit + 1) % 10}${vatNumber.slice(index + 1)}`
}

/** Negates every amount; 0 stays 0 (not -0). */
function negated(result: VatResult): VatResult {
  const neg = (n: number) => (n === 0 ? 0 : -n)
  return {
    ...result,
    lines: result.lines.map((line) => ({
      ...line,
      unitPrice: neg(line.unitPrice),
      net: neg(line.net),
      vat: neg(line.vat),
      gross: neg(line.gross),
    })),
    vatBreakdown: result.vatBreakdown.map((row) => ({ ...row, net: neg(row.net), vat: neg(row.vat) })),
    totals: { net: neg(result.totals.net), vat: neg(result.totals.vat), gross: neg(result.totals.gross) },
  }
}

describe('countries', () => {
  // One list of countries for the invoice settings, the invoicing endpoints and the VAT engine: the engine accepted
  // the ICU pseudo-regions XA and XB that the settings refuse.
  it('the VAT engine accepts exactly the customer countries the invoicing endpoints accept', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const accepted = (country: string) => {
      try {
        computeInvoiceVat(invoice({ customer: { country } }))
        return true
      } catch (error) {
        if (error instanceof VatInputError && /Customer country/.test(error.message)) return false
        throw error
      }
    }
    const disagreements = [...letters]
      .flatMap((a) => [...letters].map((b) => a + b))
      .filter((code) => accepted(code) !== isKnownCountry(code))
    expect(disagreements).toEqual([])
  })
})

describe('rate table', () => {
  it('covers exactly the 27 member states with well-formed rows', () => {
    expect([...EU_MEMBER_STATES].sort()).toEqual([...MEMBER_STATES].sort())
    expect(new Set(VAT_RATES.map((row) => row.country))).toEqual(new Set(MEMBER_STATES))
    const keys = new Set<string>()
    for (const row of VAT_RATES) {
      const key = `${row.country}@${row.from}`
      expect(keys.has(key), key).toBe(false)
      keys.add(key)
      expect(row.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(row.standard, key).toBeGreaterThanOrEqual(15)
      for (const rate of [row.standard, ...row.reduced, ...(row.superReduced === null ? [] : [row.superReduced])]) {
        expect(Number.isInteger(rate * 10), `${key} ${rate}`).toBe(true)
      }
      expect(row.reduced, key).toEqual([...row.reduced].sort((a, b) => b - a))
      for (const rate of row.reduced) {
        expect(rate, key).toBeGreaterThanOrEqual(5)
        expect(rate, key).toBeLessThan(row.standard)
      }
      if (row.superReduced !== null) expect(row.superReduced, key).toBeLessThan(5)
    }
  })

  it('gives the 2026 rates of every member state (standard, highest reduced, lowest, zero)', () => {
    for (const country of MEMBER_STATES) {
      const expected = RATES_2026_11[country]
      expect(vatRate(country, 'standard', DATE), country).toBe(expected.standard)
      expect(vatRate(country, 'reduced', DATE), country).toBe(expected.reduced)
      expect(vatRate(country, 'super_reduced', DATE), country).toBe(expected.lowest)
      expect(vatRate(country, 'zero', DATE), country).toBe(expected.zero ? 0 : expected.lowest)
    }
  })

  it("names the brief's 2026 figures: LU 17/14/8/3, FI 25.5/13.5/10, EE 24, SK 23/19/5, RO 21/11", () => {
    const row = (country: string) =>
      VAT_RATES.filter((r) => r.country === country && r.from <= DATE).sort((a, b) => b.from.localeCompare(a.from))[0]
    expect(row('LU')).toMatchObject({ standard: 17, reduced: [14, 8], superReduced: 3 })
    expect(row('FI')).toMatchObject({ standard: 25.5, reduced: [13.5, 10], superReduced: null })
    expect(row('EE')).toMatchObject({ standard: 24 })
    expect(row('SK')).toMatchObject({ standard: 23, reduced: [19, 5] })
    expect(row('RO')).toMatchObject({ standard: 21, reduced: [11], superReduced: null })
    expect(row('DK')).toMatchObject({ standard: 25, reduced: [], superReduced: null })
  })

  it('applies the rates in force on the supply date (a change is one new row)', () => {
    const cases: [string, VatCategory, string, number][] = [
      ['EE', 'standard', '2025-06-30', 22],
      ['EE', 'standard', '2025-07-01', 24],
      ['EE', 'reduced', '2024-12-31', 9],
      ['EE', 'reduced', '2025-01-01', 13],
      ['SK', 'standard', '2024-12-31', 20],
      ['SK', 'standard', '2025-01-01', 23],
      ['SK', 'reduced', '2024-12-31', 10],
      ['SK', 'reduced', '2025-01-01', 19],
      ['RO', 'standard', '2025-07-31', 19],
      ['RO', 'standard', '2025-08-01', 21],
      ['RO', 'super_reduced', '2025-07-31', 5],
      ['RO', 'super_reduced', '2025-08-01', 11],
      ['FI', 'standard', '2024-08-31', 24],
      ['FI', 'standard', '2024-09-01', 25.5],
      ['FI', 'reduced', '2025-12-31', 14],
      ['FI', 'reduced', '2026-01-01', 13.5],
      ['LU', 'standard', '2023-12-31', 16],
      ['LU', 'standard', '2024-01-01', 17],
      ['LU', 'reduced', '2023-06-15', 13],
      ['LU', 'reduced', '2024-06-15', 14],
      ['LT', 'reduced', '2025-12-31', 9],
      ['LT', 'reduced', '2026-01-01', 12],
      ['AT', 'super_reduced', '2026-06-30', 10],
      ['AT', 'super_reduced', '2026-07-01', 4.9],
      ['ES', 'zero', '2024-12-31', 0],
      ['ES', 'zero', '2025-01-01', 4],
    ]
    for (const [country, category, date, rate] of cases)
      expect(vatRate(country, category, date), `${country} ${category} ${date}`).toBe(rate)
  })

  it('invoices at the destination rate in force on the supply date (OSS across a change)', () => {
    const before = computeInvoiceVat(
      invoice({ customer: { country: 'EE' }, seller: { ossRegistered: true }, supplyDate: '2025-06-30' }),
    )
    const after = computeInvoiceVat(
      invoice({ customer: { country: 'EE' }, seller: { ossRegistered: true }, supplyDate: '2025-07-01' }),
    )
    expect(before).toMatchObject({
      vatTreatment: 'oss',
      rateCountry: 'EE',
      totals: { net: 10_000, vat: 2_200, gross: 12_200 },
    })
    expect(after).toMatchObject({
      vatTreatment: 'oss',
      rateCountry: 'EE',
      totals: { net: 10_000, vat: 2_400, gross: 12_400 },
    })
    const domesticBefore = computeInvoiceVat(invoice({ supplyDate: '2023-12-31' }))
    expect(domesticBefore.lines[0].vatRate).toBe(16)
  })

  it('maps the categories where a rate is missing: DK has no reduced rate, FR no zero rate', () => {
    expect(vatRate('DK', 'reduced', DATE)).toBe(25)
    expect(vatRate('DK', 'super_reduced', DATE)).toBe(25)
    expect(vatRate('DK', 'zero', DATE)).toBe(0)
    expect(vatRate('FR', 'zero', DATE)).toBe(2.1)
    expect(vatRate('LU', 'zero', DATE)).toBe(3)
    expect(vatRate('DE', 'super_reduced', DATE)).toBe(7)
    expect(vatRate('RO', 'zero', DATE)).toBe(11)
  })

  it('refuses unknown countries, categories, malformed dates and dates before the table', () => {
    expect(() => vatRate('CH', 'standard', DATE)).toThrow(VatInputError)
    expect(() => vatRate('EL', 'standard', DATE)).toThrow(VatInputError)
    expect(() => vatRate('lu', 'standard', DATE)).toThrow(VatInputError)
    expect(() => vatRate('LU', 'luxury' as VatCategory, DATE)).toThrow(/Unknown VAT category/)
    expect(() => vatRate('LU', 'standard', '2026-02-30')).toThrow(/calendar date/)
    expect(() => vatRate('LU', 'standard', '01/02/2026')).toThrow(/calendar date/)
    expect(() => vatRate('DE', 'standard', '2023-12-31')).toThrow(/starts later/)
    expect(() => vatRate('LU', 'standard', '2022-12-31')).toThrow(/starts later/)
  })

  it('knows the member states', () => {
    for (const country of MEMBER_STATES) expect(isEuMemberState(country)).toBe(true)
    for (const country of ['CH', 'GB', 'US', 'NO', 'EL', 'EU', 'lu', ''])
      expect(isEuMemberState(country), country).toBe(false)
  })
})

describe('VAT numbers', () => {
  it('accepts a checksum-valid number of each member state for its own country', () => {
    for (const country of MEMBER_STATES) {
      expect(checkCustomerVatNumber(VALID_VAT[country], country), country).toEqual({
        valid: true,
        formatValid: true,
        country,
      })
      expect(checkSellerVatNumber(VALID_VAT[country], country), country).toEqual({
        valid: true,
        formatValid: true,
        country,
      })
    }
  })

  it('refuses each number for every other country, naming the country it belongs to', () => {
    for (const country of MEMBER_STATES) {
      for (const address of [...MEMBER_STATES, 'CH', 'US']) {
        if (address === country) continue
        expect(checkCustomerVatNumber(VALID_VAT[country], address), `${country} number, ${address} address`).toEqual({
          valid: false,
          formatValid: true,
          country,
        })
        expect(checkSellerVatNumber(VALID_VAT[country], address).valid).toBe(false)
      }
    }
  })

  it('refuses a wrong checksum in every member state', () => {
    for (const country of MEMBER_STATES) {
      const wrong = corrupt(VALID_VAT[country])
      expect(checkCustomerVatNumber(wrong, country), `${country} ${wrong}`).toMatchObject({
        valid: false,
        formatValid: false,
      })
    }
  })

  it('reads spacing, punctuation, case and a missing prefix; Greece is EL', () => {
    expect(checkCustomerVatNumber('lu 2026.0743', 'LU').valid).toBe(true)
    expect(checkCustomerVatNumber('20260743', 'LU').valid).toBe(true)
    expect(checkCustomerVatNumber('20260743', 'FR').valid).toBe(false)
    expect(checkCustomerVatNumber('604467956', 'GR')).toEqual({ valid: true, formatValid: true, country: 'GR' })
    expect(checkCustomerVatNumber('GR604467956', 'GR').valid).toBe(false)
    expect(checkCustomerVatNumber('B19802610', 'ES').valid).toBe(true)
    expect(checkCustomerVatNumber('', 'LU')).toEqual({ valid: false, formatValid: false, country: null })
    expect(checkCustomerVatNumber('not a number', 'LU').valid).toBe(false)
  })

  it('checks British and Swiss numbers of customers offline; the seller must be in the EU', () => {
    expect(checkCustomerVatNumber('GB100000089', 'GB')).toEqual({ valid: true, formatValid: true, country: 'GB' })
    expect(checkCustomerVatNumber('CHE-100.000.006 MWST', 'CH')).toEqual({
      valid: true,
      formatValid: true,
      country: 'CH',
    })
    expect(checkSellerVatNumber('GB100000089', 'GB').valid).toBe(false)
    expect(checkSellerVatNumber('LU20260743', 'CH').valid).toBe(false)
  })
})

describe('treatments', () => {
  type Case = {
    seller: string
    customer: string
    kind: 'consumer' | 'b2b-valid' | 'b2b-invalid' | 'b2b-foreign' | 'b2b-none'
    sales: 'below' | 'crossing' | 'above'
    oss: boolean
    supply: 'goods' | 'services'
  }
  const SALES = {
    below: 0,
    crossing: EU_DISTANCE_SALES_THRESHOLD_CENTS - 5_000,
    above: EU_DISTANCE_SALES_THRESHOLD_CENTS,
  } as const
  const LINES = [
    { description: 'Standard item', quantity: 2, unitPrice: 3_333, vatCategory: 'standard' as const },
    { description: 'Reduced item', quantity: 1, unitPrice: 3_334, vatCategory: 'reduced' as const },
  ]

  /** The rules of DESIGN.md section 5, written out again as the oracle. */
  function expected(c: Case): { treatment: VatTreatment; rateCountry: string; customerVatValid: boolean | null } {
    const customerVatValid =
      c.kind === 'b2b-valid' ? true : c.kind === 'b2b-none' || c.kind === 'consumer' ? null : false
    if (c.seller === c.customer) return { treatment: 'domestic', rateCountry: c.seller, customerVatValid }
    if (c.kind === 'b2b-valid')
      return {
        treatment: c.supply === 'goods' ? 'intra_community_exempt' : 'reverse_charge',
        rateCountry: c.seller,
        customerVatValid,
      }
    // this invoice's net is 10,000 cents: "crossing" starts 5,000 below the threshold
    if (c.oss || c.sales !== 'below') return { treatment: 'oss', rateCountry: c.customer, customerVatValid }
    return { treatment: 'origin', rateCountry: c.seller, customerVatValid }
  }

  function vatNumberFor(c: Case): string | null {
    if (c.kind === 'b2b-valid') return VALID_VAT[c.customer]
    if (c.kind === 'b2b-invalid') return corrupt(VALID_VAT[c.customer])
    if (c.kind === 'b2b-foreign') return VALID_VAT[c.customer === 'DE' ? 'AT' : 'DE']
    return null
  }

  for (const seller of MEMBER_STATES) {
    it(`sells from ${seller} to every member state: B2C/B2B × threshold × OSS`, () => {
      let count = 0
      for (const customer of MEMBER_STATES) {
        for (const kind of ['consumer', 'b2b-valid', 'b2b-invalid', 'b2b-foreign', 'b2b-none'] as const) {
          for (const sales of ['below', 'crossing', 'above'] as const) {
            for (const oss of [false, true]) {
              for (const supply of ['goods', 'services'] as const) {
                const c: Case = { seller, customer, kind, sales, oss, supply }
                const result = computeInvoiceVat({
                  seller: { country: seller, vatNumber: VALID_VAT[seller], ossRegistered: oss },
                  customer: {
                    type: kind === 'consumer' ? 'consumer' : 'business',
                    country: customer,
                    vatNumber: vatNumberFor(c),
                  },
                  supply,
                  supplyDate: DATE,
                  distanceSalesBefore: SALES[sales],
                  lines: LINES,
                  locale: 'en',
                })
                const want = expected(c)
                const label = JSON.stringify(c)
                expect(result.vatTreatment, label).toBe(want.treatment)
                expect(result.rateCountry, label).toBe(want.rateCountry)
                expect(result.customerVatValid, label).toBe(want.customerVatValid)
                const zero = ['intra_community_exempt', 'reverse_charge'].includes(want.treatment)
                const rates = RATES_2026_11[want.rateCountry]
                expect(
                  result.lines.map((line) => line.vatRate),
                  label,
                ).toEqual(zero ? [0, 0] : [rates.standard, rates.reduced])
                expect(result.vatNote, label).toBe(
                  want.treatment === 'domestic' || want.treatment === 'origin'
                    ? null
                    : NOTES[want.treatment as keyof typeof NOTES],
                )
                expect(result.totals.net, label).toBe(10_000)
                count++
              }
            }
          }
        }
      }
      expect(count).toBe(27 * 5 * 3 * 2 * 2)
    })
  }

  it('treats a consumer with a valid VAT number as a consumer', () => {
    const result = computeInvoiceVat(
      invoice({ customer: { type: 'consumer', country: 'FR', vatNumber: VALID_VAT.FR } }),
    )
    expect(result).toMatchObject({ vatTreatment: 'origin', customerVatValid: true, rateCountry: 'LU' })
  })

  it('exports outside the EU at 0 % for consumers and businesses, with or without a VAT number', () => {
    for (const country of ['CH', 'US', 'GB', 'NO', 'JP']) {
      for (const [type, vatNumber] of [
        ['consumer', null],
        ['business', null],
        ['business', 'GB100000089'],
        ['business', 'CHE-100.000.006 MWST'],
        ['business', VALID_VAT.FR],
      ] as const) {
        for (const oss of [false, true]) {
          const result = computeInvoiceVat(
            invoice({
              seller: { ossRegistered: oss },
              customer: { type, country, vatNumber },
              distanceSalesBefore: 5_000_000,
              locale: 'en',
            }),
          )
          const label = `${country} ${type} ${vatNumber}`
          expect(result.vatTreatment, label).toBe('export')
          expect(result.vatNote, label).toBe(NOTES.export)
          expect(result.lines[0].vatRate, label).toBe(0)
          expect(result.totals, label).toEqual({ net: 10_000, vat: 0, gross: 10_000 })
          const own =
            (country === 'GB' && vatNumber === 'GB100000089') || (country === 'CH' && vatNumber?.startsWith('CHE'))
          expect(result.customerVatValid, label).toBe(vatNumber === null ? null : own)
        }
      }
    }
  })

  it('sets the OSS threshold at EUR 10,000 exceeded: the crossing sale is taxed at destination', () => {
    const at = (distanceSalesBefore: number, unitPrice: number) =>
      computeInvoiceVat(
        invoice({
          customer: { country: 'DE' },
          distanceSalesBefore,
          lines: [{ description: 'x', quantity: 1, unitPrice, vatCategory: 'standard' }],
        }),
      ).vatTreatment
    expect(EU_DISTANCE_SALES_THRESHOLD_CENTS).toBe(1_000_000)
    expect(at(990_000, 10_000)).toBe('origin') // exactly 10,000.00: not exceeded
    expect(at(990_000, 10_001)).toBe('oss')
    expect(at(999_999, 1)).toBe('origin')
    expect(at(999_999, 2)).toBe('oss')
    expect(at(1_000_000, 0)).toBe('oss') // already reached before this invoice
    expect(at(1_000_000, 1)).toBe('oss')
  })

  it('treats an empty VAT number as none', () => {
    const result = computeInvoiceVat(invoice({ customer: { type: 'business', country: 'DE', vatNumber: '   ' } }))
    expect(result).toMatchObject({ vatTreatment: 'origin', customerVatValid: null })
  })

  it('writes the legal notes in en, fr and de; none for domestic and origin', () => {
    expect(vatNote('intra_community_exempt', 'fr')).toBe(
      'Livraison intracommunautaire exonérée, art. 138 de la directive 2006/112/CE',
    )
    expect(vatNote('intra_community_exempt', 'de')).toBe(
      'Steuerfreie innergemeinschaftliche Lieferung, Art. 138 Richtlinie 2006/112/EG',
    )
    expect(vatNote('reverse_charge', 'fr')).toMatch(/^Autoliquidation, art\. 196 /)
    expect(vatNote('reverse_charge', 'de')).toMatch(/^Steuerschuldnerschaft des Leistungsempfängers, Art\. 196 /)
    expect(vatNote('export', 'fr')).toMatch(/art\. 146/)
    expect(vatNote('export', 'de')).toMatch(/Art\. 146/)
    expect(vatNote('oss', 'fr')).toMatch(/guichet unique \(OSS\)/)
    expect(vatNote('oss', 'de')).toMatch(/One-Stop-Shop|One-Stop Shop/)
    for (const locale of ['en', 'fr', 'de'] as const) {
      expect(vatNote('domestic', locale)).toBeNull()
      expect(vatNote('origin', locale)).toBeNull()
    }
    const result = computeInvoiceVat(
      invoice({
        customer: { type: 'business', country: 'BE', vatNumber: VALID_VAT.BE },
        supply: 'services',
        locale: 'de',
      }),
    )
    expect(result.vatNote).toBe('Steuerschuldnerschaft des Leistungsempfängers, Art. 196 Richtlinie 2006/112/EG')
  })
})

describe('amounts and rounding', () => {
  const one = (unitPrice: number, country = 'LU', vatCategory: VatCategory = 'standard', quantity = 1) =>
    computeInvoiceVat(
      invoice({
        seller: { country, vatNumber: VALID_VAT[country] },
        customer: { country },
        lines: [{ description: 'x', quantity, unitPrice, vatCategory }],
      }),
    )

  it('rounds each line half away from zero, exactly, at 17 %, 25.5 % and 5.5 %', () => {
    const cases: [number, string, VatCategory, number][] = [
      [50, 'LU', 'standard', 9], // 8.5
      [-50, 'LU', 'standard', -9], // -8.5 (Math.round would give -8)
      [150, 'LU', 'standard', 26], // 25.5
      [1, 'FI', 'standard', 0], // 0.255
      [2, 'FI', 'standard', 1], // 0.51
      [100, 'FI', 'standard', 26], // 25.5
      [-100, 'FI', 'standard', -26],
      [1_000, 'FI', 'standard', 255],
      [10, 'FR', 'super_reduced', 0], // 2.1 % of 10 = 0.21
      [10, 'FR', 'reduced', 1], // 10 %: 1
      [100, 'FI', 'reduced', 14], // 13.5
      [90, 'SI', 'reduced', 9], // 9.5 % of 90 = 8.55
      [999_999_999, 'FI', 'standard', 255_000_000], // 254,999,999.745
    ]
    for (const [unitPrice, country, category, vat] of cases) {
      const result = one(unitPrice, country, category)
      expect(result.lines[0].vat, `${unitPrice} ${country} ${category}`).toBe(vat)
      expect(result.lines[0].gross).toBe(unitPrice + vat)
    }
  })

  it("computes 5.5 % (FR's second reduced rate, no category of its own) exactly, and refuses finer rates", () => {
    expect([10, 100, 90, 1, 201, -10, -100, -90].map((net) => vatOfNet(net, 5.5))).toEqual([1, 6, 5, 0, 11, -1, -6, -5])
    expect(vatOfNet(1_000_001, 5.5)).toBe(55_000) // 55,000.055
    expect(vatOfNet(0, 25.5)).toBe(0)
    expect(() => vatOfNet(100, 5.55)).toThrow(VatInputError)
    expect(() => vatOfNet(100, -1)).toThrow(VatInputError)
  })

  it('multiplies quantity by unit price per line; a line rounds on its own, a category once from its taxable amount', () => {
    const result = computeInvoiceVat(
      invoice({
        lines: [
          { description: 'a', quantity: 3, unitPrice: 3, vatCategory: 'standard' }, // 9 → 1.53 → 2
          { description: 'b', quantity: 1, unitPrice: 3, vatCategory: 'standard' }, // 3 → 0.51 → 1
          { description: 'c', quantity: 1, unitPrice: 3, vatCategory: 'standard' }, // 3 → 0.51 → 1
          { description: 'd', quantity: 7, unitPrice: 1_000, vatCategory: 'super_reduced' }, // 7000 → 210
          { description: 'e', quantity: 1, unitPrice: 999, vatCategory: 'reduced' }, // 999 → 139.86 → 140
        ],
      }),
    )
    expect(result.lines.map((line) => [line.net, line.vat, line.gross])).toEqual([
      [9, 2, 11],
      [3, 1, 4],
      [3, 1, 4],
      [7_000, 210, 7_210],
      [999, 140, 1_139],
    ])
    expect(result.vatBreakdown).toEqual([
      { vatRate: 17, net: 15, vat: 3 }, // 15 × 17 % = 2.55 → 3 (EN 16931 BR-CO-17), not the lines' 2 + 1 + 1
      { vatRate: 14, net: 999, vat: 140 },
      { vatRate: 3, net: 7_000, vat: 210 },
    ])
    expect(result.totals).toEqual({ net: 8_014, vat: 353, gross: 8_367 })
  })

  it('200 lines of EUR 0.50 at 17 %: VAT 17.00 (base 100.00 × 17 %), not the lines’ 18.00', () => {
    const result = computeInvoiceVat(
      invoice({
        lines: Array.from({ length: 200 }, () => ({
          description: 'Sticker',
          quantity: 1,
          unitPrice: 50,
          vatCategory: 'standard' as const,
        })),
      }),
    )
    expect(result.vatBreakdown).toEqual([{ vatRate: 17, net: 10_000, vat: 1_700 }])
    expect(result.totals).toEqual({ net: 10_000, vat: 1_700, gross: 11_700 })
    // each line's own VAT (8.5 cents → 9) stays as an informative figure
    expect(result.lines.every((line) => line.vat === 9 && line.gross === 59)).toBe(true)
    const credit = computeInvoiceVat(
      invoice({
        lines: Array.from({ length: 200 }, () => ({
          description: 'Sticker',
          quantity: 1,
          unitPrice: -50,
          vatCategory: 'standard' as const,
        })),
      }),
    )
    expect(credit.totals).toEqual({ net: -10_000, vat: -1_700, gross: -11_700 })
  })

  it('keeps one 0 % row for exempt and export invoices', () => {
    const result = computeInvoiceVat(
      invoice({
        customer: { type: 'business', country: 'FR', vatNumber: VALID_VAT.FR },
        lines: [
          { description: 'a', quantity: 1, unitPrice: 100, vatCategory: 'standard' },
          { description: 'b', quantity: 2, unitPrice: 50, vatCategory: 'reduced' },
        ],
      }),
    )
    expect(result.vatBreakdown).toEqual([{ vatRate: 0, net: 200, vat: 0 }])
    expect(result.totals).toEqual({ net: 200, vat: 0, gross: 200 })
  })

  it('makes a credit note (negated unit prices) exactly the negation of its invoice', () => {
    const base = invoice({
      customer: { country: 'FI' },
      distanceSalesBefore: 995_000, // the invoice crosses the threshold: the credit note must too
      lines: [
        { description: 'a', quantity: 3, unitPrice: 333, vatCategory: 'standard' },
        { description: 'b', quantity: 1, unitPrice: 50, vatCategory: 'reduced' },
        { description: 'c', quantity: 2, unitPrice: 0, vatCategory: 'zero' },
        { description: 'd', quantity: 1, unitPrice: 5_001, vatCategory: 'super_reduced' },
      ],
    })
    const original = computeInvoiceVat(base)
    expect(original.vatTreatment).toBe('oss')
    const credit = computeInvoiceVat({
      ...base,
      lines: base.lines.map((line) => ({ ...line, unitPrice: -line.unitPrice })),
    })
    expect(credit).toEqual(negated(original))
    for (const line of credit.lines) expect(Object.is(line.net, -0)).toBe(false)
  })

  const lineArb = fc.record({
    description: fc.string({ maxLength: 20 }),
    quantity: fc.integer({ min: 1, max: 1_000 }),
    unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
    vatCategory: fc.constantFrom<VatCategory>('standard', 'reduced', 'super_reduced', 'zero'),
  })
  const inputArb = fc
    .record({
      seller: fc.constantFrom(...MEMBER_STATES),
      customer: fc.constantFrom(...MEMBER_STATES, 'CH', 'US'),
      business: fc.boolean(),
      oss: fc.boolean(),
      distanceSalesBefore: fc.integer({ min: 0, max: 2_000_000 }),
      supplyDate: fc.constantFrom(
        '2024-03-01',
        '2024-12-31',
        '2025-01-01',
        '2025-07-31',
        '2025-08-01',
        '2026-01-01',
        '2026-07-01',
      ),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }),
    })
    .map(({ seller, customer, business, oss, ...rest }): VatInput => ({
      ...rest,
      seller: { country: seller, vatNumber: VALID_VAT[seller], ossRegistered: oss },
      customer: {
        type: business ? 'business' : 'consumer',
        country: customer,
        vatNumber: business && VALID_VAT[customer] ? VALID_VAT[customer] : null,
      },
      supply: 'goods',
      locale: 'en',
    }))

  /** |vat − net × rate| ≤ ½ cent, ties away from zero, checked in thousandths of a cent (rates in tenths of %). */
  const expectRoundedOnce = (vat: number, net: number, rate: number) => {
    const exact = net * Math.round(rate * 10)
    expect(Math.abs(vat * 1_000 - exact)).toBeLessThanOrEqual(500)
    if (Math.abs(vat * 1_000 - exact) === 500) expect(Math.abs(vat * 1_000)).toBeGreaterThan(Math.abs(exact))
  }

  it("property: each category's VAT is round(taxable amount × rate); totals add up the categories; lines round on their own", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeInvoiceVat(input)
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
        expect(result.totals.net).toBe(sum(result.vatBreakdown.map((row) => row.net)))
        expect(result.totals.vat).toBe(sum(result.vatBreakdown.map((row) => row.vat)))
        expect(result.totals.net).toBe(sum(result.lines.map((line) => line.net)))
        expect(result.totals.gross).toBe(result.totals.net + result.totals.vat)
        // the lines' own VAT is informative: at most half a cent per line away from the invoice's
        expect(Math.abs(sum(result.lines.map((line) => line.vat)) - result.totals.vat) * 2).toBeLessThanOrEqual(
          result.lines.length,
        )
        const rates = result.vatBreakdown.map((row) => row.vatRate)
        expect(rates).toEqual([...new Set(rates)].sort((a, b) => b - a))
        for (const row of result.vatBreakdown) {
          const at = result.lines.filter((line) => line.vatRate === row.vatRate)
          expect(row.net).toBe(sum(at.map((line) => line.net)))
          expectRoundedOnce(row.vat, row.net, row.vatRate)
          // one rate is one EN 16931 category in an invoice: keying the rows by rate keys them by category
          const codes = new Set(at.map((line) => vatCategoryOf(result.vatTreatment, line.vatRate).code))
          expect(codes.size).toBe(1)
        }
        result.lines.forEach((line, i) => {
          expect(line.net).toBe(input.lines[i].quantity * input.lines[i].unitPrice)
          expect(Number.isSafeInteger(line.vat)).toBe(true)
          expect(line.gross).toBe(line.net + line.vat)
          expectRoundedOnce(line.vat, line.net, line.vatRate)
        })
      }),
      { numRuns: 400 },
    )
  })

  it('property: the credit note of any invoice is its exact negation', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const credit = computeInvoiceVat({
          ...input,
          lines: input.lines.map((line) => ({ ...line, unitPrice: -line.unitPrice })),
        })
        expect(credit).toEqual(negated(computeInvoiceVat(input)))
      }),
      { numRuns: 300 },
    )
  })
})

describe("Luxembourg's franchise for small enterprises", () => {
  const franchise = (overrides: InvoiceOverrides = {}) =>
    invoice({ ...overrides, seller: { vatNumber: null, vatStatus: 'franchise', ...overrides.seller } })

  it('charges no VAT on any line, whoever buys, with the legal mention of Art. 57 in the customer’s language', () => {
    const lines: VatInput['lines'] = [
      { description: 'a', quantity: 3, unitPrice: 333, vatCategory: 'standard' },
      { description: 'b', quantity: 1, unitPrice: 50, vatCategory: 'reduced' },
    ]
    for (const customer of [
      { country: 'LU' },
      { country: 'FR' },
      { type: 'business' as const, country: 'DE', vatNumber: VALID_VAT.DE },
      { country: 'US' },
    ]) {
      const result = computeInvoiceVat(franchise({ customer, lines, distanceSalesBefore: 5_000_000 }))
      expect(result.vatTreatment, customer.country).toBe('franchise')
      expect(result.rateCountry).toBe('LU')
      expect(result.lines.map((line) => [line.vatRate, line.vat])).toEqual([
        [0, 0],
        [0, 0],
      ])
      expect(result.vatBreakdown).toEqual([{ vatRate: 0, net: 1_049, vat: 0 }])
      expect(result.totals).toEqual({ net: 1_049, vat: 0, gross: 1_049 })
      expect(vatCategoryOf(result.vatTreatment, 0)).toEqual({ code: 'E', exemptionReasonCode: null })
    }
    expect(computeInvoiceVat(franchise()).vatNote).toMatch(/^VAT not applicable – Article 57\(1\) of the amended/)
    expect(computeInvoiceVat(franchise({ locale: 'fr' })).vatNote).toBe(
      'TVA non applicable – article 57, paragraphe 1er, de la loi modifiée du 12 février 1979 concernant la taxe sur la valeur ajoutée (régime de franchise)',
    )
    expect(vatNote('franchise', 'de')).toMatch(/^Keine Mehrwertsteuer – Art\. 57 Abs\. 1/)
  })

  it('is for Luxembourg sellers only; a registered seller is unchanged', () => {
    expectInputError(franchise({ seller: { country: 'FR' } }), /Luxembourg sellers only/)
    expectInputError(invoice({ seller: { vatStatus: 'exempt' as never } }), /seller.vatStatus must be/)
    expect(computeInvoiceVat(invoice({ seller: { vatStatus: 'registered' } }))).toEqual(computeInvoiceVat(invoice()))
  })

  it('has the threshold in force on the supply date: EUR 35,000 from 2020, EUR 50,000 (+10 %) from 2025', () => {
    expect(franchiseThresholdOn('2019-12-31')).toBeNull()
    expect(franchiseThresholdOn('2024-12-31')).toEqual({
      from: '2020-01-01',
      thresholdCents: 3_500_000,
      toleranceCents: 0,
    })
    expect(franchiseThresholdOn('2025-01-01')).toEqual({
      from: '2025-01-01',
      thresholdCents: 5_000_000,
      toleranceCents: 500_000,
    })
    const at = (date: string, previousYear: number, currentYear: number, invoice = 100) =>
      franchiseExceeded(date, { previousYear, currentYear, invoice })
    expect(at('2024-06-01', 3_500_000, 0)).toBeNull()
    expect(at('2024-06-01', 3_500_001, 0)).toEqual({ reason: 'previousYear', limitCents: 3_500_000 })
    expect(at('2024-06-01', 0, 3_499_900)).toBeNull()
    expect(at('2024-06-01', 0, 3_499_901)).toEqual({ reason: 'currentYear', limitCents: 3_500_000 })
    expect(at('2025-06-01', 4_000_000, 0)).toBeNull() // 40,000 last year: under the raised threshold
    expect(at('2025-06-01', 5_000_001, 0)).toEqual({ reason: 'previousYear', limitCents: 5_000_000 })
    expect(at('2025-06-01', 0, 5_200_000)).toBeNull() // within the 10 % tolerance
    expect(at('2025-06-01', 0, 5_499_901)).toEqual({ reason: 'currentYear', limitCents: 5_500_000 })
    expect(at('2019-06-01', 0, 0)).toEqual({ reason: 'noThreshold', limitCents: 0 })
  })
})

describe('input errors', () => {
  const line = { description: 'x', quantity: 1, unitPrice: 100, vatCategory: 'standard' as const }
  it('refuses programming errors with a VatInputError naming the problem', () => {
    expectInputError(invoice({ lines: [{ ...line, unitPrice: 1.5 }] }), /Line 1: unitPrice must be integer cents/)
    expectInputError(invoice({ lines: [line, { ...line, unitPrice: Number.NaN }] }), /Line 2: unitPrice/)
    expectInputError(invoice({ lines: [{ ...line, unitPrice: '100' as unknown as number }] }), /unitPrice/)
    expectInputError(invoice({ lines: [{ ...line, quantity: 0 }] }), /quantity must be a positive integer/)
    expectInputError(invoice({ lines: [{ ...line, quantity: -1 }] }), /quantity/)
    expectInputError(invoice({ lines: [{ ...line, quantity: 1.5 }] }), /quantity/)
    expectInputError(invoice({ lines: [{ ...line, quantity: 10, unitPrice: Number.MAX_SAFE_INTEGER }] }), /too large/)
    expectInputError(
      invoice({ lines: [{ ...line, vatCategory: 'luxury' as VatCategory }] }),
      /vatCategory must be one of/,
    )
    expectInputError(invoice({ lines: [] }), /at least one line/)
    expectInputError({ ...invoice(), lines: undefined }, /at least one line/)
    expectInputError(invoice({ lines: [{ ...line, description: undefined as unknown as string }] }), /description/)
    expectInputError(invoice({ seller: { country: 'XX' } }), /Seller country "XX" must be an EU member state/)
    expectInputError(invoice({ seller: { country: 'CH' } }), /Seller country/)
    expectInputError(invoice({ seller: { country: 'EL' } }), /Seller country/)
    expectInputError(invoice({ seller: { country: 'lu' } }), /Seller country/)
    expectInputError(invoice({ customer: { country: 'XX' } }), /Customer country "XX"/)
    expectInputError(invoice({ customer: { country: 'EU' } }), /Customer country/)
    expectInputError(invoice({ customer: { country: 'France' } }), /Customer country/)
    expectInputError(invoice({ customer: { type: 'company' as 'business' } }), /customer.type/)
    expectInputError(invoice({ supply: 'rent' as 'goods' }), /supply/)
    expectInputError(invoice({ supplyDate: '2026-02-30' }), /calendar date/)
    expectInputError(invoice({ supplyDate: '2022-06-01' }), /No VAT rates for LU on 2022-06-01/)
    expectInputError(invoice({ supplyDate: '2022-06-01', customer: { country: 'US' } }), /starts later/)
    expectInputError(invoice({ distanceSalesBefore: -1 }), /distanceSalesBefore/)
    expectInputError(invoice({ distanceSalesBefore: 0.5 }), /distanceSalesBefore/)
    expectInputError(invoice({ locale: 'it' as 'en' }), /locale/)
    expectInputError(invoice({ vies: { status: 'maybe' } as unknown as ViesResult }), /vies.status/)
    expectInputError(null, /object/)
  })
})

describe('VIES', () => {
  let vies: ViesStandIn
  const now = () => new Date('2026-11-29T10:00:00.000Z')
  beforeAll(async () => {
    vies = await startViesStandIn({ port: 0 })
  })
  afterAll(async () => {
    await vies?.close()
  })

  it('reads its configuration from the environment (off by default, 3 s timeout)', () => {
    expect(viesConfig({})).toEqual({
      enabled: false,
      apiUrl: 'https://ec.europa.eu/taxation_customs/vies/rest-api',
      timeoutMs: 3000,
    })
    expect(viesConfig({ VIES_CHECK: '1', VIES_API_URL: 'http://x/', VIES_TIMEOUT_MS: '500' })).toEqual({
      enabled: true,
      apiUrl: 'http://x',
      timeoutMs: 500,
    })
    expect(viesConfig({ VIES_CHECK: 'true', VIES_TIMEOUT_MS: 'soon' })).toMatchObject({
      enabled: false,
      timeoutMs: 3000,
    })
  })

  it('answers valid with the registered name and address, invalid for an unknown number', async () => {
    vies.configure({})
    const valid = await checkVies('FR 105 230 405 54', 'FR', { apiUrl: vies.url, now })
    expect(valid).toEqual({
      status: 'valid',
      checkedAt: '2026-11-29T10:00:00.000Z',
      vatNumber: 'FR10523040554',
      name: 'SOCIETE EXEMPLE SAS',
      address: '1 RUE EXEMPLE\n75001 PARIS',
    })
    expect(vies.requests.at(-1)).toEqual({ countryCode: 'FR', vatNumber: '10523040554' })
    const invalid = await checkVies(VALID_VAT.BE, 'BE', { apiUrl: vies.url, now })
    expect(invalid).toEqual({ status: 'invalid', checkedAt: '2026-11-29T10:00:00.000Z', vatNumber: VALID_VAT.BE })
  })

  it('sends Greece as EL and drops the "---" that some states answer for name and address', async () => {
    vies.configure({})
    expect(await checkVies('604467956', 'GR', { apiUrl: vies.url, now })).toMatchObject({
      status: 'valid',
      vatNumber: 'EL604467956',
    })
    expect(vies.requests.at(-1)).toEqual({ countryCode: 'EL', vatNumber: '604467956' })
    const germany = await checkVies(VALID_VAT.DE, 'DE', { apiUrl: vies.url, now })
    expect(germany).toEqual({ status: 'valid', checkedAt: '2026-11-29T10:00:00.000Z', vatNumber: VALID_VAT.DE })
  })

  it('is unavailable (never throws) on a member-state error, an HTTP error, a hang and a closed port', async () => {
    vies.configure({ errorCode: 'MS_UNAVAILABLE' })
    expect(await checkVies(VALID_VAT.FR, 'FR', { apiUrl: vies.url, now })).toMatchObject({
      status: 'unavailable',
      error: 'MS_UNAVAILABLE',
    })
    vies.configure({ failWith: 503 })
    expect(await checkVies(VALID_VAT.FR, 'FR', { apiUrl: vies.url, now })).toMatchObject({
      status: 'unavailable',
      error: 'http_503',
    })
    vies.configure({ hang: true })
    const started = performance.now()
    expect(await checkVies(VALID_VAT.FR, 'FR', { apiUrl: vies.url, timeoutMs: 200, now })).toMatchObject({
      status: 'unavailable',
      error: 'timeout',
    })
    expect(performance.now() - started).toBeLessThan(2_000)
    vies.configure({ delayMs: 400 })
    expect(await checkVies(VALID_VAT.FR, 'FR', { apiUrl: vies.url, timeoutMs: 100, now })).toMatchObject({
      status: 'unavailable',
      error: 'timeout',
    })
    vies.configure({})
    const closed = await startViesStandIn({ port: 0 })
    const closedUrl = closed.url
    await closed.close()
    expect(await checkVies(VALID_VAT.FR, 'FR', { apiUrl: closedUrl, now })).toMatchObject({
      status: 'unavailable',
      error: 'network',
    })
  })

  it('is asked only when VIES_CHECK=1 and the answer can change the treatment', async () => {
    vies.configure({})
    const env = { VIES_CHECK: '1', VIES_API_URL: vies.url }
    const seller = { country: 'LU', vatNumber: VALID_VAT.LU, ossRegistered: false }
    const asked = vies.requests.length
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'FR', vatNumber: VALID_VAT.FR } },
        { env: {}, now },
      ),
    ).toBeNull()
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'consumer', country: 'FR', vatNumber: VALID_VAT.FR } },
        { env, now },
      ),
    ).toBeNull()
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'LU', vatNumber: VALID_VAT.LU } },
        { env, now },
      ),
    ).toBeNull()
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'CH', vatNumber: 'CHE100000006' } },
        { env, now },
      ),
    ).toBeNull()
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'FR', vatNumber: corrupt(VALID_VAT.FR) } },
        { env, now },
      ),
    ).toBeNull()
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'FR', vatNumber: null } },
        { env, now },
      ),
    ).toBeNull()
    expect(vies.requests.length).toBe(asked)
    expect(
      await viesCheckForInvoice(
        { seller, customer: { type: 'business', country: 'FR', vatNumber: VALID_VAT.FR } },
        { env, now },
      ),
    ).toMatchObject({ status: 'valid', name: 'SOCIETE EXEMPLE SAS' })
    expect(vies.requests.length).toBe(asked + 1)
  })

  it('makes an invalid answer a B2C sale; an unavailable one leaves the offline result standing', async () => {
    const env = { VIES_CHECK: '1', VIES_API_URL: vies.url }
    const seller = { country: 'LU', vatNumber: VALID_VAT.LU, ossRegistered: false }
    const customerOf = (country: string) => ({ type: 'business' as const, country, vatNumber: VALID_VAT[country] })

    vies.configure({})
    const invalid = await viesCheckForInvoice({ seller, customer: customerOf('BE') }, { env, now })
    expect(invalid?.status).toBe('invalid')
    expect(computeInvoiceVat(invoice({ customer: customerOf('BE'), vies: invalid }))).toMatchObject({
      vatTreatment: 'origin',
      customerVatValid: false,
      rateCountry: 'LU',
    })
    expect(
      computeInvoiceVat(invoice({ customer: customerOf('BE'), vies: invalid, seller: { ossRegistered: true } })),
    ).toMatchObject({ vatTreatment: 'oss', customerVatValid: false, rateCountry: 'BE' })

    const valid = await viesCheckForInvoice({ seller, customer: customerOf('FR') }, { env, now })
    expect(computeInvoiceVat(invoice({ customer: customerOf('FR'), vies: valid }))).toMatchObject({
      vatTreatment: 'intra_community_exempt',
      customerVatValid: true,
    })

    vies.configure({ hang: true })
    const unavailable = await viesCheckForInvoice(
      { seller, customer: customerOf('FR') },
      { env: { ...env, VIES_TIMEOUT_MS: '150' }, now },
    )
    expect(unavailable).toMatchObject({
      status: 'unavailable',
      error: 'timeout',
      checkedAt: '2026-11-29T10:00:00.000Z',
    })
    expect(computeInvoiceVat(invoice({ customer: customerOf('FR'), vies: unavailable }))).toMatchObject({
      vatTreatment: 'intra_community_exempt',
      customerVatValid: true,
    })
    vies.configure({})
  })
})
