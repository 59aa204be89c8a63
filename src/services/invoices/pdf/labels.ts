import type { InvoiceDocument } from '../document'

export type InvoiceLocale = InvoiceDocument['locale']

export type InvoiceLabels = {
  /** Between a label and its value (French puts a no-break space before the colon). */
  colon: string
  invoice: string
  creditNote: string
  draft: string
  number: string
  creditNoteNumber: string
  issueDate: string
  supplyDate: string
  dueDate: string
  orderReference: string
  seller: string
  customer: string
  vatNumber: string
  /** The national tax number (matricule) of a seller under the franchise without a VAT number. */
  taxNumber: string
  customerVatNumber: string
  rcsNumber: string
  email: string
  description: string
  quantity: string
  unitPrice: string
  vatRate: string
  lineNet: string
  vatBreakdown: string
  taxableAmount: string
  vatAmount: string
  totalNet: string
  totalVat: string
  totalGross: string
  payment: string
  paymentTerms: (days: number) => string
  paymentDue: (date: string) => string
  iban: string
  bic: string
  paymentReference: string
  creditNoteFor: (number: string, date: string) => string
  page: (page: number, pages: number) => string
}

/** The words printed on an invoice, in the invoice's language (the customer's, not the admin user's). */
export const invoiceLabels: Record<InvoiceLocale, InvoiceLabels> = {
  en: {
    colon: ': ',
    invoice: 'Invoice',
    creditNote: 'Credit note',
    draft: 'DRAFT',
    number: 'Invoice number',
    creditNoteNumber: 'Credit note number',
    issueDate: 'Date of issue',
    supplyDate: 'Date of supply',
    dueDate: 'Due date',
    orderReference: 'Order',
    seller: 'Seller',
    customer: 'Bill to',
    vatNumber: 'VAT number',
    taxNumber: 'Tax number',
    customerVatNumber: 'Customer VAT number',
    rcsNumber: 'RCS',
    email: 'Email',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price excl. VAT',
    vatRate: 'VAT rate',
    lineNet: 'Amount excl. VAT',
    vatBreakdown: 'VAT breakdown',
    taxableAmount: 'Taxable amount',
    vatAmount: 'VAT',
    totalNet: 'Total excl. VAT',
    totalVat: 'Total VAT',
    totalGross: 'Total incl. VAT',
    payment: 'Payment',
    paymentTerms: (days) => (days === 0 ? 'Payable on receipt' : `Payable within ${days} days`),
    paymentDue: (date) => `Due date: ${date}`,
    iban: 'IBAN',
    bic: 'BIC',
    paymentReference: 'Payment reference',
    creditNoteFor: (number, date) => `Credit note for invoice ${number} of ${date}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  fr: {
    colon: '\u00a0: ',
    invoice: 'Facture',
    creditNote: 'Avoir',
    draft: 'BROUILLON',
    number: 'Numéro de facture',
    creditNoteNumber: "Numéro d'avoir",
    issueDate: "Date d'émission",
    supplyDate: 'Date de livraison',
    dueDate: "Date d'échéance",
    orderReference: 'Commande',
    seller: 'Vendeur',
    customer: 'Facturé à',
    vatNumber: 'N° TVA',
    taxNumber: 'Matricule',
    customerVatNumber: 'N° TVA du client',
    rcsNumber: 'RCS',
    email: 'E-mail',
    description: 'Désignation',
    quantity: 'Qté',
    unitPrice: 'Prix unitaire HT',
    vatRate: 'Taux TVA',
    lineNet: 'Montant HT',
    vatBreakdown: 'Récapitulatif TVA',
    taxableAmount: 'Base HT',
    vatAmount: 'TVA',
    totalNet: 'Total HT',
    totalVat: 'Total TVA',
    totalGross: 'Total TTC',
    payment: 'Paiement',
    paymentTerms: (days) => (days === 0 ? 'Payable à réception' : `Payable sous ${days} jours`),
    paymentDue: (date) => `Échéance : ${date}`,
    iban: 'IBAN',
    bic: 'BIC',
    paymentReference: 'Référence de paiement',
    creditNoteFor: (number, date) => `Avoir sur la facture n° ${number} du ${date}`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
  de: {
    colon: ': ',
    invoice: 'Rechnung',
    // "Gutschrift" means self-billing in German VAT law; a corrective invoice is a "Rechnungskorrektur".
    creditNote: 'Rechnungskorrektur',
    draft: 'ENTWURF',
    number: 'Rechnungsnummer',
    creditNoteNumber: 'Korrekturnummer',
    issueDate: 'Rechnungsdatum',
    supplyDate: 'Liefer-/Leistungsdatum',
    dueDate: 'Fälligkeitsdatum',
    orderReference: 'Bestellung',
    seller: 'Verkäufer',
    customer: 'Rechnungsempfänger',
    vatNumber: 'USt-IdNr.',
    taxNumber: 'Steuernummer',
    customerVatNumber: 'USt-IdNr. des Kunden',
    rcsNumber: 'Handelsregister (RCS)',
    email: 'E-Mail',
    description: 'Bezeichnung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis netto',
    vatRate: 'USt.-Satz',
    lineNet: 'Betrag netto',
    vatBreakdown: 'Umsatzsteuer',
    taxableAmount: 'Nettobetrag',
    vatAmount: 'USt.',
    totalNet: 'Gesamtbetrag netto',
    totalVat: 'Umsatzsteuer gesamt',
    totalGross: 'Gesamtbetrag brutto',
    payment: 'Zahlung',
    paymentTerms: (days) => (days === 0 ? 'Zahlbar sofort nach Erhalt' : `Zahlbar innerhalb von ${days} Tagen`),
    paymentDue: (date) => `Fällig am ${date}`,
    iban: 'IBAN',
    bic: 'BIC',
    paymentReference: 'Verwendungszweck',
    creditNoteFor: (number, date) => `Korrektur der Rechnung Nr. ${number} vom ${date}`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
  },
}
