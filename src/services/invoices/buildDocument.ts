import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { dayOf } from './context'
import type { InvoiceDocument } from './document'
import { buyerElectronicAddress, sellerElectronicAddress } from './einvoice/electronicAddress'
import { orderReferenceOf, sellerSnapshotOf, type SellerSnapshot } from './invoiceRows'
import { invoiceSettingsOf } from './priceInvoice'
import { decodeLogo } from './settingsRules'

const cents = (value: number | null | undefined) => value ?? 0

/** The customer as the invoice API answers it, with the electronic address its e-invoices carry. */
export function invoiceCustomer({
  customer,
  customerVatValid,
}: Pick<Invoice, 'customer' | 'customerVatValid'>): InvoiceDocument['customer'] {
  return {
    name: customer.name,
    email: customer.email ?? null,
    type: customer.type,
    vatNumber: customer.vatNumber || null,
    electronicAddress: buyerElectronicAddress({
      type: customer.type,
      vatNumber: customer.vatNumber || null,
      customerVatValid: customerVatValid ?? null,
      electronicAddress: customer.electronicAddress,
    }),
    address: {
      street: customer.address.street,
      postalCode: customer.address.postalCode,
      city: customer.address.city,
      country: customer.address.country,
    },
  }
}

/**
 * The plain data a renderer prints, from an invoice row: an issued invoice shows the seller frozen at its issue
 * (sellerSnapshot), a draft the vendor's current settings; a credit note cites its original's number and date.
 */
export async function buildInvoiceDocument(req: PayloadRequest, invoice: Invoice): Promise<InvoiceDocument> {
  const seller: SellerSnapshot =
    invoice.status !== 'draft' && invoice.sellerSnapshot
      ? (invoice.sellerSnapshot as SellerSnapshot)
      : sellerSnapshotOf(await invoiceSettingsOf(req, relationId(invoice.vendor)!))
  const logo = seller.logo ? decodeLogo(seller.logo) : null
  const originalId = relationId(invoice.creditNoteFor)
  const original = originalId
    ? await req.payload.findByID({ collection: 'invoices', id: originalId, depth: 0, overrideAccess: true, req })
    : null
  const customer = invoiceCustomer(invoice)
  const frozen = invoice.status !== 'draft' && invoice.sellerSnapshot && 'orderReference' in seller
  const orderId = frozen ? null : relationId(invoice.order)
  const order = orderId
    ? await req.payload.findByID({
        collection: 'orders',
        id: orderId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
    : null
  const orderReference = frozen ? (seller.orderReference ?? null) : order ? orderReferenceOf(order) : null
  return {
    kind: invoice.kind,
    number: invoice.number ?? null,
    issueDate: dayOf(invoice.issueDate),
    supplyDate: dayOf(invoice.supplyDate) ?? dayOf(invoice.createdAt)!,
    dueDate: dayOf(invoice.dueDate),
    currency: 'EUR',
    locale: invoice.customer.locale,
    seller: {
      legalName: seller.legalName,
      address: seller.address,
      vatNumber: seller.vatNumber ?? null,
      taxNumber: seller.taxNumber ?? null,
      rcsNumber: seller.rcsNumber ?? null,
      iban: seller.iban ?? null,
      bic: seller.bic ?? null,
      email: seller.email ?? null,
      paymentTermsDays: seller.paymentTermsDays,
      footer: seller.footer ?? null,
      logo: logo && typeof logo === 'object' ? logo : null,
      electronicAddress: sellerElectronicAddress(seller),
    },
    // A VAT number the checks refused (the sale was taxed as B2C) is never printed as the buyer's.
    customer: { ...customer, vatNumber: invoice.customerVatValid === false ? null : customer.vatNumber },
    vatTreatment: invoice.vatTreatment ?? 'domestic',
    vatNote: invoice.vatNote ?? null,
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      vatCategory: line.vatCategory,
      vatRate: line.vatRate ?? 0,
      net: cents(line.net),
      vat: cents(line.vat),
      gross: cents(line.gross),
    })),
    vatBreakdown: (invoice.vatBreakdown ?? []).map((row) => ({
      vatRate: row.vatRate ?? 0,
      net: cents(row.net),
      vat: cents(row.vat),
    })),
    totals: { net: cents(invoice.totals?.net), vat: cents(invoice.totals?.vat), gross: cents(invoice.totals?.gross) },
    creditNoteFor: original?.number ? { number: original.number, issueDate: dayOf(original.issueDate)! } : null,
    orderReference,
  }
}

/** The file name of a rendered invoice: its number, or draft-<id>. */
export const invoiceFileName = (invoice: Invoice, extension: string) =>
  `${(invoice.number ?? `draft-${invoice.id}`).replace(/[^A-Za-z0-9._-]/g, '_')}.${extension}`
