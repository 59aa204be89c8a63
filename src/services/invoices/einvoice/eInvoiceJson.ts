import type { Invoice } from '@e-invoice-eu/core'

import type { ElectronicAddress, InvoiceDocument, PostalAddress } from '../document'
import { centsToDecimal, formatDate } from '../pdf/formatting'
import { invoiceLabels } from '../pdf/labels'

import { vatCategoryOf } from './vatCategories'

type UblInvoice = Invoice['ubl:Invoice']
type Party = UblInvoice['cac:AccountingSupplierParty']['cac:Party']
type BuyerParty = UblInvoice['cac:AccountingCustomerParty']['cac:Party']
type EndpointScheme = NonNullable<Party['cbc:EndpointID@schemeID']>

/** Peppol BIS Billing 3.0: this is a Peppol invoice, on the billing process. */
export const PEPPOL_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'

/** Plain EN 16931 (BT-24), for a document that cannot meet Peppol BIS Billing 3.0 (see `claimsPeppol`). */
export const EN16931_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017'

/** BT-34 / BT-49: the party's electronic address (an EAS scheme of Peppol's list), never an e-mail ("EM"). */
function endpoint(address: ElectronicAddress | null): Pick<Party, 'cbc:EndpointID' | 'cbc:EndpointID@schemeID'> {
  return address
    ? { 'cbc:EndpointID': address.identifier, 'cbc:EndpointID@schemeID': address.scheme as EndpointScheme }
    : {}
}

/**
 * A UBL claims Peppol BIS Billing 3.0 only when it can pass Peppol's rules: both parties have an electronic
 * address (PEPPOL-EN16931-R010 / R020) and there is a buyer or order reference (R003). Otherwise (typically a
 * consumer, who has no Peppol address) it claims plain EN 16931, which requires none of them.
 */
export function claimsPeppol(doc: InvoiceDocument): boolean {
  return Boolean(doc.seller.electronicAddress && doc.customer.electronicAddress && doc.orderReference)
}

function postalAddress(address: PostalAddress): Party['cac:PostalAddress'] {
  return {
    'cbc:StreetName': address.street,
    'cbc:CityName': address.city,
    'cbc:PostalZone': address.postalCode,
    'cac:Country': {
      'cbc:IdentificationCode':
        address.country.toUpperCase() as Party['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode'],
    },
  }
}

const vatScheme = { 'cbc:ID': 'VAT' }

/** BT-31 (the VAT number) and BT-32 (the national tax number, which a franchise seller without VAT number has). */
function sellerTaxSchemes(seller: InvoiceDocument['seller']): Pick<Party, 'cac:PartyTaxScheme'> {
  const schemes = [
    ...(seller.vatNumber ? [{ 'cbc:CompanyID': seller.vatNumber, 'cac:TaxScheme': vatScheme }] : []),
    ...(seller.taxNumber ? [{ 'cbc:CompanyID': seller.taxNumber, 'cac:TaxScheme': { 'cbc:ID': 'TAX' } }] : []),
  ]
  return schemes.length > 0 ? { 'cac:PartyTaxScheme': schemes as Party['cac:PartyTaxScheme'] } : {}
}

/**
 * The invoice as the UBL-shaped JSON of @e-invoice-eu/core (EN 16931, Peppol BIS Billing 3.0), from which UBL, CII
 * and Factur-X are generated. Amounts go out as positive decimals with two places: a credit note (381) carries the
 * corrected amounts with positive signs, the document type says they are credited. A draft (no number yet) goes
 * out numbered with the word for draft ("DRAFT", "BROUILLON", "ENTWURF") and dated by its supply date.
 */
export function toEInvoiceJson(doc: InvoiceDocument, syntax: 'UBL' | 'CII' = 'UBL'): Invoice {
  const amount = (cents: number) => centsToDecimal(doc.kind === 'credit_note' ? Math.abs(cents) : cents)
  const currency = doc.currency
  const labels = invoiceLabels[doc.locale]
  const number = doc.number ?? labels.draft
  const issueDate = doc.issueDate ?? doc.supplyDate

  const seller: Party = {
    ...endpoint(doc.seller.electronicAddress),
    'cac:PostalAddress': postalAddress(doc.seller.address),
    ...sellerTaxSchemes(doc.seller),
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': doc.seller.legalName,
      ...(doc.seller.rcsNumber ? { 'cbc:CompanyID': doc.seller.rcsNumber } : {}),
    },
    ...(doc.seller.email ? { 'cac:Contact': { 'cbc:ElectronicMail': doc.seller.email } } : {}),
  }

  const buyer: BuyerParty = {
    ...endpoint(doc.customer.electronicAddress),
    'cac:PostalAddress': postalAddress(doc.customer.address),
    ...(doc.customer.vatNumber
      ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': doc.customer.vatNumber, 'cac:TaxScheme': vatScheme } }
      : {}),
    'cac:PartyLegalEntity': { 'cbc:RegistrationName': doc.customer.name },
    ...(doc.customer.email ? { 'cac:Contact': { 'cbc:ElectronicMail': doc.customer.email } } : {}),
  } as BuyerParty

  const category = (vatRate: number) => vatCategoryOf(doc.vatTreatment, vatRate)

  const subtotals = doc.vatBreakdown.map((row) => {
    const { code, exemptionReasonCode } = category(row.vatRate)
    return {
      'cbc:TaxableAmount': amount(row.net),
      'cbc:TaxableAmount@currencyID': currency,
      'cbc:TaxAmount': amount(row.vat),
      'cbc:TaxAmount@currencyID': currency,
      'cac:TaxCategory': {
        'cbc:ID': code,
        'cbc:Percent': String(row.vatRate),
        ...(exemptionReasonCode ? { 'cbc:TaxExemptionReasonCode': exemptionReasonCode } : {}),
        // BT-120 on every exempt category (K, AE, G, E): the legal mention; E (franchise) has no code, only this.
        ...(code !== 'S' && code !== 'Z' && doc.vatNote ? { 'cbc:TaxExemptionReason': doc.vatNote } : {}),
        'cac:TaxScheme': vatScheme,
      },
    }
  })

  const lines = doc.lines.map((line, index) => ({
    'cbc:ID': String(index + 1),
    'cbc:InvoicedQuantity': String(Math.abs(line.quantity)),
    'cbc:InvoicedQuantity@unitCode': 'C62',
    'cbc:LineExtensionAmount': amount(line.net),
    'cbc:LineExtensionAmount@currencyID': currency,
    'cac:Item': {
      'cbc:Name': line.description,
      'cac:ClassifiedTaxCategory': {
        'cbc:ID': category(line.vatRate).code,
        'cbc:Percent': String(line.vatRate),
        'cac:TaxScheme': vatScheme,
      },
    },
    'cac:Price': {
      'cbc:PriceAmount': centsToDecimal(Math.abs(line.unitPrice)),
      'cbc:PriceAmount@currencyID': currency,
    },
  }))

  const paymentTerms =
    doc.kind === 'invoice'
      ? [
          labels.paymentTerms(doc.seller.paymentTermsDays),
          doc.dueDate ? labels.paymentDue(formatDate(doc.dueDate, doc.locale)) : null,
        ]
          .filter(Boolean)
          .join('. ')
      : null

  const invoice = {
    // CustomizationID and ProfileID are the format's: Peppol or plain EN 16931 for UBL (`claimsPeppol`), the
    // Factur-X profile for Factur-X.
    ...(syntax === 'UBL'
      ? claimsPeppol(doc)
        ? { 'cbc:CustomizationID': PEPPOL_CUSTOMIZATION_ID, 'cbc:ProfileID': PEPPOL_PROFILE_ID }
        : { 'cbc:CustomizationID': EN16931_CUSTOMIZATION_ID }
      : {}),
    'cbc:ID': number,
    'cbc:IssueDate': issueDate,
    ...(doc.dueDate && doc.kind === 'invoice' ? { 'cbc:DueDate': doc.dueDate } : {}),
    'cbc:InvoiceTypeCode': doc.kind === 'credit_note' ? '381' : '380',
    ...(doc.vatNote ? { 'cbc:Note': [doc.vatNote] } : {}),
    'cbc:DocumentCurrencyCode': currency,
    // BT-10 and BT-13: the order the customer placed (its marketplace or shop reference), never our own invoice
    // number. Without an order there is neither, and the document does not claim Peppol (R003, `claimsPeppol`).
    ...(doc.orderReference
      ? { 'cbc:BuyerReference': doc.orderReference, 'cac:OrderReference': { 'cbc:ID': doc.orderReference } }
      : {}),
    ...(doc.kind === 'credit_note' && doc.creditNoteFor
      ? {
          'cac:BillingReference': [
            {
              'cac:InvoiceDocumentReference': {
                'cbc:ID': doc.creditNoteFor.number,
                'cbc:IssueDate': doc.creditNoteFor.issueDate,
              },
            },
          ],
        }
      : {}),
    'cac:AccountingSupplierParty': { 'cac:Party': seller },
    'cac:AccountingCustomerParty': { 'cac:Party': buyer },
    // The supply date (BT-72) and the deliver-to country (BT-80), which intra-Community supplies need (BR-IC-11/12).
    'cac:Delivery': {
      'cbc:ActualDeliveryDate': doc.supplyDate,
      'cac:DeliveryLocation': { 'cac:Address': postalAddress(doc.customer.address) },
    },
    ...(doc.seller.iban
      ? {
          'cac:PaymentMeans': [
            {
              'cbc:PaymentMeansCode': '58',
              'cbc:PaymentMeansCode@name': 'SEPA credit transfer',
              ...(doc.number ? { 'cbc:PaymentID': doc.number } : {}),
              'cac:PayeeFinancialAccount': {
                'cbc:ID': doc.seller.iban.replace(/\s+/g, ''),
                'cbc:Name': doc.seller.legalName,
                ...(doc.seller.bic ? { 'cac:FinancialInstitutionBranch': { 'cbc:ID': doc.seller.bic } } : {}),
              },
            },
          ],
        }
      : {}),
    ...(paymentTerms ? { 'cac:PaymentTerms': { 'cbc:Note': paymentTerms } } : {}),
    'cac:TaxTotal': [
      { 'cbc:TaxAmount': amount(doc.totals.vat), 'cbc:TaxAmount@currencyID': currency, 'cac:TaxSubtotal': subtotals },
    ],
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': amount(doc.totals.net),
      'cbc:LineExtensionAmount@currencyID': currency,
      'cbc:TaxExclusiveAmount': amount(doc.totals.net),
      'cbc:TaxExclusiveAmount@currencyID': currency,
      'cbc:TaxInclusiveAmount': amount(doc.totals.gross),
      'cbc:TaxInclusiveAmount@currencyID': currency,
      'cbc:PayableAmount': amount(doc.totals.gross),
      'cbc:PayableAmount@currencyID': currency,
    },
    'cac:InvoiceLine': lines,
  }
  return { 'ubl:Invoice': invoice } as unknown as Invoice
}
