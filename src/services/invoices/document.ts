import type { Locale } from '../locales'
import type { CountryCode, CustomerType, VatBreakdownRow, VatLine, VatTreatment } from '../vat/types'

export type PostalAddress = { street: string; postalCode: string; city: string; country: CountryCode }

/** An electronic address (BT-34 / BT-49): a scheme of the EAS code list and the identifier in it. */
export type ElectronicAddress = { scheme: string; identifier: string }

/**
 * Everything a rendered invoice (PDF, UBL, Factur-X) shows, as plain data: built from an `invoices` row and the
 * vendor's `vendor-invoice-settings` by the invoice service; renderers read nothing else.
 */
export type InvoiceDocument = {
  kind: 'invoice' | 'credit_note'
  /** Null while a draft (renderers print "DRAFT"). */
  number: string | null
  /** YYYY-MM-DD */
  issueDate: string | null
  /** YYYY-MM-DD */
  supplyDate: string
  /** YYYY-MM-DD */
  dueDate: string | null
  currency: 'EUR'
  locale: Locale
  seller: {
    legalName: string
    address: PostalAddress
    vatNumber: string | null
    /** The national tax number (BT-32), which a seller under the franchise may give instead of a VAT number. */
    taxNumber: string | null
    rcsNumber: string | null
    iban: string | null
    bic: string | null
    email: string | null
    paymentTermsDays: number
    footer: string | null
    /** PNG or JPEG bytes of the vendor's logo, if any. */
    logo: { data: Buffer; mimeType: 'image/png' | 'image/jpeg' } | null
    electronicAddress: ElectronicAddress | null
  }
  customer: {
    name: string
    email: string | null
    type: CustomerType
    /** Only a number the VAT checks accepted: a failed one is never printed as the buyer's. */
    vatNumber: string | null
    address: PostalAddress
    electronicAddress: ElectronicAddress | null
  }
  vatTreatment: VatTreatment
  vatNote: string | null
  /** Amounts in cents; negative on a credit note. */
  lines: VatLine[]
  vatBreakdown: VatBreakdownRow[]
  totals: { net: number; vat: number; gross: number }
  /** On a credit note: the invoice it corrects. */
  creditNoteFor: { number: string; issueDate: string } | null
  /** The order the invoice was made from (its Letzshop or shop reference), if any. */
  orderReference: string | null
}
