import type { CountryCode } from '../countries'
import type { Locale } from '../locales'

/** ISO 3166-1 alpha-2 country code, upper case ("LU", "FR"; Greece is "GR" here, "EL" only inside VAT numbers). */
export type { CountryCode }

export type VatCategory = 'standard' | 'reduced' | 'super_reduced' | 'zero'
export const VAT_CATEGORIES: readonly VatCategory[] = ['standard', 'reduced', 'super_reduced', 'zero']

export type VatTreatment =
  'domestic' | 'origin' | 'oss' | 'intra_community_exempt' | 'reverse_charge' | 'export' | 'franchise'

export const VAT_TREATMENTS: readonly VatTreatment[] = [
  'domestic',
  'origin',
  'oss',
  'intra_community_exempt',
  'reverse_charge',
  'export',
  'franchise',
]

/** Whether the seller charges VAT (`registered`) or is under Luxembourg's franchise for small enterprises. */
export type SellerVatStatus = 'registered' | 'franchise'
export const SELLER_VAT_STATUSES: readonly SellerVatStatus[] = ['registered', 'franchise']

export type CustomerType = 'consumer' | 'business'

export type VatLineInput = {
  description: string
  /** A positive integer. */
  quantity: number
  /** Cents, excluding VAT, an integer: ≥ 0 on an invoice, negated on its credit note. */
  unitPrice: number
  vatCategory: VatCategory
}

export type VatInput = {
  seller: {
    country: CountryCode
    vatNumber: string | null
    ossRegistered: boolean
    /** Default `registered`. A `franchise` seller (Luxembourg only) charges no VAT: every sale is `franchise`. */
    vatStatus?: SellerVatStatus
  }
  customer: { type: CustomerType; country: CountryCode; vatNumber: string | null }
  /** What is sold: OMS shops sell goods (Art. 138 exemption); services go to reverse charge (Art. 196). */
  supply: 'goods' | 'services'
  /** YYYY-MM-DD: the rates in force on this date apply. */
  supplyDate: string
  /**
   * B2C sales to other member states that count towards the EUR 10,000 threshold, in cents, before this invoice:
   * last calendar year's declared figure plus this year's issued invoices (the caller sums them). A credit note
   * passes its invoice's figure: the threshold test uses the magnitude of the net, so it mirrors the invoice.
   */
  distanceSalesBefore: number
  lines: VatLineInput[]
  /** Language of `vatNote`. */
  locale: Locale
  /**
   * Optional (VIES_CHECK=1): the VIES answer for the customer's VAT number (`checkVies`). `invalid` makes the sale
   * B2C (customerVatValid false); `unavailable` leaves the offline format-and-checksum result standing.
   */
  vies?: ViesResult | null
}

export type ViesStatus = 'valid' | 'invalid' | 'unavailable'

/** The outcome of a VIES check, to store on the invoice as evidence (or as the record that VIES was unavailable). */
export type ViesResult = {
  status: ViesStatus
  /** ISO timestamp of the check (the injected clock). */
  checkedAt: string
  /** The VAT number checked, with its prefix (EL for Greece), normalised. */
  vatNumber: string
  /** Registered name and address when VIES returns them (some member states do not). */
  name?: string
  address?: string
  /** VIES's consultation number, when a requester was given. */
  requestIdentifier?: string
  /** Why VIES was unavailable: its error code (MS_UNAVAILABLE, TIMEOUT …), `timeout`, `http_503`, `network`. */
  error?: string
}

/**
 * A priced line. `net` is the line's amount (quantity × unit price); `vat` and `gross` are informative: the line's
 * VAT rounded on its own (and net + that). The invoice's VAT is computed per category (`VatBreakdownRow`), so the
 * lines' `vat` may differ from `totals.vat` by up to half a cent per line.
 */
export type VatLine = VatLineInput & { vatRate: number; net: number; vat: number; gross: number }

/** One VAT category of the invoice: `net` the taxable amount (sum of its lines' net), `vat` = net × rate, rounded once. */
export type VatBreakdownRow = { vatRate: number; net: number; vat: number }

export type VatResult = {
  vatTreatment: VatTreatment
  /** The legal mention printed on the invoice (Art. 138, Art. 196, export, OSS), null when none is due. */
  vatNote: string | null
  /** Whether the customer's VAT number passed format, checksum and country checks; null when none was given. */
  customerVatValid: boolean | null
  /** The country whose rates apply. */
  rateCountry: CountryCode
  lines: VatLine[]
  /** One row per rate (one category), in descending rate order; totals are the exact sum of these rows. */
  vatBreakdown: VatBreakdownRow[]
  totals: { net: number; vat: number; gross: number }
}
