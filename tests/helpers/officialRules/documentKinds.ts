import type { InvoiceDocument } from '../../../src/services/invoices/document'
import { buyerElectronicAddress } from '../../../src/services/invoices/einvoice/electronicAddress'
import { computeInvoiceVat } from '../../../src/services/vat/computeInvoiceVat'
import type { CustomerType, VatCategory, VatInput, VatTreatment } from '../../../src/services/vat/types'
import { seller } from '../invoiceDocuments'

type Line = { description: string; quantity: number; unitPrice: number; vatCategory?: VatCategory }

type Kind = {
  name: string
  /** The treatment the VAT engine must choose for it (checked, so the spread stays what its name says). */
  treatment: VatTreatment
  customer: InvoiceDocument['customer']
  supply?: VatInput['supply']
  ossRegistered?: boolean
  lines: Line[]
  orderReference?: string | null
  locale?: InvoiceDocument['locale']
  /** A seller under Luxembourg's franchise for small enterprises: with its VAT number, or only a tax number. */
  franchise?: 'vatNumber' | 'taxNumber'
  /** The UBL must claim Peppol BIS Billing 3.0 (both parties have an electronic address, there is an order). */
  peppol?: true
}

const customer = (
  name: string,
  type: CustomerType,
  vatNumber: string | null,
  address: InvoiceDocument['customer']['address'],
  email: string | null = null,
): InvoiceDocument['customer'] => ({ name, email, type, vatNumber, address, electronicAddress: null })

const LU_CONSUMER = customer(
  'Jean Weber',
  'consumer',
  null,
  { street: '5, Grand-Rue', postalCode: 'L-9051', city: 'Ettelbruck', country: 'LU' },
  'jean.weber@example.lu',
)
const FR_CONSUMER = customer(
  'Hélène Lefèvre',
  'consumer',
  null,
  { street: '8, place de l’Église', postalCode: '57000', city: 'Metz', country: 'FR' },
  'helene@example.fr',
)

const kinds: Kind[] = [
  {
    name: 'domestic B2C two rates',
    treatment: 'domestic',
    customer: LU_CONSUMER,
    orderReference: 'LS-100234',
    lines: [
      { description: 'Crémant de Luxembourg brut, 75 cl', quantity: 3, unitPrice: 1299 },
      { description: 'Bouneschlupp soup, 500 ml', quantity: 2, unitPrice: 455, vatCategory: 'super_reduced' },
    ],
  },
  {
    name: 'domestic B2B',
    treatment: 'domestic',
    customer: customer('Cactus S.A.', 'business', 'LU15027442', {
      street: '21, rue Pafebruch',
      postalCode: 'L-8308',
      city: 'Capellen',
      country: 'LU',
    }),
    orderReference: '#42',
    peppol: true,
    lines: [{ description: 'Riesling Grand Premier Cru, carton', quantity: 5, unitPrice: 8400 }],
  },
  {
    name: 'intra-Community goods',
    treatment: 'intra_community_exempt',
    locale: 'de',
    customer: customer('Großhandel Schäfer GmbH', 'business', 'DE136695976', {
      street: 'Königstraße 1',
      postalCode: '54290',
      city: 'Trier',
      country: 'DE',
    }),
    orderReference: 'LS-100301',
    peppol: true,
    lines: [{ description: 'Weißwein Rivaner, Karton', quantity: 10, unitPrice: 4500 }],
  },
  {
    name: 'reverse-charge services',
    treatment: 'reverse_charge',
    supply: 'services',
    customer: customer('Brasserie Dupont SPRL', 'business', 'BE0403019261', {
      street: 'Rue Basse 5',
      postalCode: '7904',
      city: 'Tourpes',
      country: 'BE',
    }),
    orderReference: 'PO-2026-118',
    peppol: true,
    lines: [{ description: 'Shop set-up consulting, hours', quantity: 6, unitPrice: 9500 }],
  },
  {
    name: 'OSS B2C',
    treatment: 'oss',
    locale: 'fr',
    ossRegistered: true,
    customer: FR_CONSUMER,
    orderReference: 'LS-100400',
    lines: [
      { description: 'Coffret de thés « Crème brûlée »', quantity: 2, unitPrice: 2490 },
      { description: 'Livre « Les Œuvres complètes »', quantity: 1, unitPrice: 1899, vatCategory: 'reduced' },
    ],
  },
  {
    name: 'OSS B2C, customer VAT number failed',
    treatment: 'oss',
    locale: 'fr',
    ossRegistered: true,
    customer: { ...FR_CONSUMER, type: 'business', vatNumber: 'FR00000000000' },
    orderReference: 'LS-100401',
    lines: [{ description: 'Bougie parfumée', quantity: 3, unitPrice: 1166 }],
  },
  {
    name: 'origin B2C',
    treatment: 'origin',
    locale: 'fr',
    customer: FR_CONSUMER,
    orderReference: 'LS-100402',
    lines: [{ description: 'Moutarde de Luxembourg', quantity: 4, unitPrice: 395 }],
  },
  {
    name: 'export',
    treatment: 'export',
    locale: 'de',
    customer: customer('Käserei Zürcher AG', 'business', null, {
      street: 'Bahnhofstrasse 10',
      postalCode: '8001',
      city: 'Zürich',
      country: 'CH',
    }),
    orderReference: 'LS-100500',
    lines: [{ description: 'Luxemburger Senf, Glas', quantity: 24, unitPrice: 395 }],
  },
  {
    name: 'zero-rated lines',
    treatment: 'oss',
    ossRegistered: true,
    customer: customer(
      'Siobhán Murphy',
      'consumer',
      null,
      { street: '1 Main Street', postalCode: 'D02 X285', city: 'Dublin', country: 'IE' },
      'siobhan@example.ie',
    ),
    orderReference: 'LS-100600',
    lines: [
      { description: 'Children’s book', quantity: 2, unitPrice: 1250, vatCategory: 'zero' },
      { description: 'Scented candle', quantity: 1, unitPrice: 1500 },
    ],
  },
  {
    name: '0-cent lines',
    treatment: 'domestic',
    customer: LU_CONSUMER,
    orderReference: 'LS-100700',
    lines: [
      { description: 'Wine glass', quantity: 2, unitPrice: 850 },
      { description: 'Free sample', quantity: 1, unitPrice: 0 },
    ],
  },
  {
    name: 'XML-special characters',
    treatment: 'domestic',
    customer: customer(
      'Ben & Jerry’s <Lux> "S.A."',
      'consumer',
      null,
      { street: 'Rue <5> & "Co" \'x\'', postalCode: 'L-1234', city: 'Esch & Alzette', country: 'LU' },
      'ben+jerry@example.lu',
    ),
    orderReference: 'A&B<1>',
    lines: [{ description: 'Fish & chips <large> "extra" \'salt\' ]]> €', quantity: 1, unitPrice: 1000 }],
  },
  {
    name: 'consumer without e-mail nor order',
    treatment: 'domestic',
    customer: { ...LU_CONSUMER, email: null },
    orderReference: null,
    lines: [{ description: 'Gift voucher', quantity: 1, unitPrice: 5000 }],
  },
  {
    name: '200 lines of EUR 0.50 at 17 %',
    treatment: 'domestic',
    customer: LU_CONSUMER,
    orderReference: 'LS-100800',
    lines: Array.from({ length: 200 }, (_, index) => ({
      description: `Sticker ${index + 1}`,
      quantity: 1,
      unitPrice: 50,
    })),
  },
  {
    name: 'franchise seller (Art. 57), B2C',
    treatment: 'franchise',
    franchise: 'vatNumber',
    customer: LU_CONSUMER,
    orderReference: 'LS-100301',
    locale: 'fr',
    lines: [{ description: 'Confiture de quetsches, 350 g', quantity: 4, unitPrice: 690 }],
  },
  {
    name: 'franchise seller with a tax number only, B2B',
    treatment: 'franchise',
    franchise: 'taxNumber',
    customer: customer('Cactus S.A.', 'business', 'LU15027442', {
      street: '21, Cactusberg',
      postalCode: 'L-8050',
      city: 'Bertrange',
      country: 'LU',
    }),
    orderReference: 'LS-100302',
    lines: [{ description: 'Gift baskets', quantity: 10, unitPrice: 2500 }],
  },
]

const sellerOf = (kind: Kind): InvoiceDocument['seller'] =>
  kind.franchise === 'taxNumber'
    ? { ...seller, vatNumber: null, taxNumber: '20231234567', electronicAddress: null }
    : seller

function priced(kind: Kind, sign: 1 | -1) {
  const vat = computeInvoiceVat({
    seller: {
      country: 'LU',
      vatNumber: sellerOf(kind).vatNumber,
      ossRegistered: kind.ossRegistered ?? false,
      vatStatus: kind.franchise ? 'franchise' : 'registered',
    },
    customer: { type: kind.customer.type, country: kind.customer.address.country, vatNumber: kind.customer.vatNumber },
    supply: kind.supply ?? 'goods',
    supplyDate: '2026-11-18',
    distanceSalesBefore: 0,
    lines: kind.lines.map((line) => ({
      ...line,
      unitPrice: sign * line.unitPrice,
      vatCategory: line.vatCategory ?? 'standard',
    })),
    locale: kind.locale ?? 'en',
  })
  if (vat.vatTreatment !== kind.treatment)
    throw new Error(`${kind.name}: the engine chose ${vat.vatTreatment}, not ${kind.treatment}`)
  return vat
}

/**
 * Every kind of document the product issues, as the invoice service builds it (VAT engine included): invoice and
 * credit note for each VAT treatment and the edge cases. The customer's VAT number is dropped when the engine
 * found it invalid and the buyer's electronic address derived, as `buildInvoiceDocument` does.
 */
export function documentKinds(): { name: string; doc: InvoiceDocument; peppol: boolean }[] {
  return kinds.flatMap((kind, index) => {
    const invoiceVat = priced(kind, 1)
    const number = `INV-2026-${String(index + 1).padStart(5, '0')}`
    const customerOf = (valid: boolean | null) => ({
      ...kind.customer,
      vatNumber: valid === false ? null : kind.customer.vatNumber,
      electronicAddress: buyerElectronicAddress({ ...kind.customer, customerVatValid: valid }),
    })
    const invoice: InvoiceDocument = {
      kind: 'invoice',
      number,
      issueDate: '2026-11-20',
      supplyDate: '2026-11-18',
      dueDate: '2026-12-04',
      currency: 'EUR',
      locale: kind.locale ?? 'en',
      seller: sellerOf(kind),
      customer: customerOf(invoiceVat.customerVatValid),
      vatTreatment: invoiceVat.vatTreatment,
      vatNote: invoiceVat.vatNote,
      lines: invoiceVat.lines,
      vatBreakdown: invoiceVat.vatBreakdown,
      totals: invoiceVat.totals,
      creditNoteFor: null,
      orderReference: kind.orderReference ?? null,
    }
    const creditVat = priced(kind, -1)
    const creditNote: InvoiceDocument = {
      ...invoice,
      kind: 'credit_note',
      number: `CN-2026-${String(index + 1).padStart(5, '0')}`,
      issueDate: '2026-11-28',
      dueDate: null,
      lines: creditVat.lines,
      vatBreakdown: creditVat.vatBreakdown,
      totals: creditVat.totals,
      creditNoteFor: { number, issueDate: '2026-11-20' },
    }
    const peppol = kind.peppol === true
    return [
      { name: `${kind.name}, invoice`, doc: invoice, peppol },
      { name: `${kind.name}, credit note`, doc: creditNote, peppol },
    ]
  })
}
