import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { Invoice, Order, VendorInvoiceSetting } from '@/payload-types'
import { NotFound } from '@/services/errors'
import { transactionDb } from '@/services/transactions'

import { INVOICE_SERVICE } from './context'

/**
 * Locks the invoice row for the rest of the caller's transaction (two issues of one draft run one after the other)
 * and answers whose it is, so that access can be checked before the row is read: 404 when there is none.
 */
export async function lockInvoiceRow(req: PayloadRequest, id: number): Promise<{ vendorId: number; platformId: number }> {
  const db = await transactionDb(req)
  const locked = await db.execute(sql`SELECT vendor_id, platform_id FROM invoices WHERE id = ${id} FOR UPDATE`)
  const row = locked.rows[0] as { vendor_id: number; platform_id: number } | undefined
  if (!row) throw new NotFound('invoiceNotFound')
  return { vendorId: Number(row.vendor_id), platformId: Number(row.platform_id) }
}

/** The invoice as it is under the lock `lockInvoiceRow` took in this transaction. */
export const readLockedInvoice = (req: PayloadRequest, id: number): Promise<Invoice> =>
  req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req })

/** A write only the invoice service makes (issuing, status moves), past the guard on issued invoices. */
export const serviceUpdate = (req: PayloadRequest, id: number, data: Partial<Invoice>) =>
  req.payload.update({ collection: 'invoices', id, data, depth: 0, overrideAccess: true, req, context: { [INVOICE_SERVICE]: true } })

/**
 * The seller as printed on an issued invoice, frozen at issue: later settings changes never reach it. It also
 * freezes the order reference the documents print (`orderReference`, set by the freezeOrderReference hook; absent
 * on invoices issued before it, whose documents read the order).
 */
export type SellerSnapshot = Pick<
  VendorInvoiceSetting,
  'legalName' | 'address' | 'vatNumber' | 'rcsNumber' | 'email' | 'iban' | 'bic' | 'paymentTermsDays' | 'footer' | 'logo' | 'ossRegistered'
> & { orderReference?: string | null }

/** How documents name the order an invoice was made from: its Letzshop reference, or #id. */
export const orderReferenceOf = (order: Pick<Order, 'id' | 'externalId'>): string => order.externalId ?? `#${order.id}`

export const sellerSnapshotOf = (settings: VendorInvoiceSetting): SellerSnapshot => ({
  legalName: settings.legalName,
  address: { street: settings.address.street, postalCode: settings.address.postalCode, city: settings.address.city, country: settings.address.country },
  vatNumber: settings.vatNumber ?? null,
  rcsNumber: settings.rcsNumber ?? null,
  email: settings.email ?? null,
  iban: settings.iban ?? null,
  bic: settings.bic ?? null,
  paymentTermsDays: settings.paymentTermsDays,
  footer: settings.footer ?? null,
  logo: settings.logo ?? null,
  ossRegistered: Boolean(settings.ossRegistered),
})
