import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { Invoice, Order, VendorInvoiceSetting } from '@/payload-types'
import * as tables from '@/services/db/tables'
import { NotFound } from '@/services/errors'
import { runSql } from '@/services/transactions'
import type { VatResult } from '@/services/vat/types'

import { INVOICE_SERVICE } from './context'
import type { ElectronicAddress } from './document'
import { sellerElectronicAddress } from './einvoice/electronicAddress'

const invoices = tables.invoices

/**
 * Locks the invoice row for the rest of the caller's transaction (two issues of one draft run one after the other)
 * and answers whose it is, so that access can be checked before the row is read: 404 when there is none.
 */
export async function lockInvoiceRow(
  req: PayloadRequest,
  id: number,
): Promise<{ vendorId: number; platformId: number }> {
  const locked = await runSql(
    req,
    sql`SELECT ${invoices.vendor_id}, ${invoices.platform_id} FROM ${invoices} WHERE ${invoices.id} = ${id} FOR UPDATE`,
  )
  const row = locked.rows[0] as { vendor_id: number; platform_id: number } | undefined
  if (!row) throw new NotFound('invoiceNotFound')
  return { vendorId: Number(row.vendor_id), platformId: Number(row.platform_id) }
}

/**
 * Locks the invoice row until the transaction ends: its status, number and order as committed by then, null when
 * there is none.
 */
export async function lockInvoiceState(
  req: PayloadRequest,
  id: number,
): Promise<{ status: Invoice['status']; number: string | null; orderId: number | null } | null> {
  const locked = await runSql(
    req,
    sql`SELECT ${invoices.status}, ${invoices.number}, ${invoices.order_id} FROM ${invoices} WHERE ${invoices.id} = ${id} FOR UPDATE`,
  )
  const row = locked.rows[0] as
    { status: Invoice['status']; number: string | null; order_id: number | null } | undefined
  if (!row) return null
  return { status: row.status, number: row.number, orderId: row.order_id === null ? null : Number(row.order_id) }
}

/** Locks the invoice rows made from an order until the transaction ends: their statuses as committed by then. */
export async function lockOrderInvoices(req: PayloadRequest, orderId: number): Promise<Invoice['status'][]> {
  const locked = await runSql(
    req,
    sql`SELECT ${invoices.status} FROM ${invoices} WHERE ${invoices.order_id} = ${orderId} FOR UPDATE`,
  )
  return locked.rows.map((row) => row.status as Invoice['status'])
}

/** The invoice as it is under the lock `lockInvoiceRow` took in this transaction. */
export const readLockedInvoice = (req: PayloadRequest, id: number): Promise<Invoice> =>
  req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req })

/** A write only the invoice service makes (issuing, status moves), past the guard on issued invoices. */
export const serviceUpdate = (req: PayloadRequest, id: number, data: Partial<Invoice>) =>
  req.payload.update({
    collection: 'invoices',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
    context: { [INVOICE_SERVICE]: true },
  })

/**
 * The seller as printed on an issued invoice, frozen at issue: later settings changes never reach it. It also
 * freezes the order reference the documents print (`orderReference`, set by the freezeOrderReference hook; absent
 * on invoices issued before it, whose documents read the order).
 */
export type SellerSnapshot = Pick<
  VendorInvoiceSetting,
  | 'legalName'
  | 'address'
  | 'vatNumber'
  | 'vatStatus'
  | 'taxNumber'
  | 'rcsNumber'
  | 'email'
  | 'iban'
  | 'bic'
  | 'paymentTermsDays'
  | 'footer'
  | 'logo'
  | 'ossRegistered'
> & {
  orderReference?: string | null
  /** The effective address (the settings' or the VAT number's); absent from snapshots taken before it existed. */
  electronicAddress?: ElectronicAddress | null
}

/** How documents name the order an invoice was made from: its Letzshop reference, or #id. */
export const orderReferenceOf = (order: Pick<Order, 'id' | 'externalId'>): string => order.externalId ?? `#${order.id}`

export const sellerSnapshotOf = (settings: VendorInvoiceSetting): SellerSnapshot => ({
  legalName: settings.legalName,
  address: {
    street: settings.address.street,
    postalCode: settings.address.postalCode,
    city: settings.address.city,
    country: settings.address.country,
  },
  vatNumber: settings.vatNumber ?? null,
  vatStatus: settings.vatStatus ?? 'registered',
  taxNumber: settings.taxNumber ?? null,
  rcsNumber: settings.rcsNumber ?? null,
  email: settings.email ?? null,
  electronicAddress: sellerElectronicAddress(settings),
  iban: settings.iban ?? null,
  bic: settings.bic ?? null,
  paymentTermsDays: settings.paymentTermsDays,
  footer: settings.footer ?? null,
  logo: settings.logo ?? null,
  ossRegistered: Boolean(settings.ossRegistered),
})

/** Locks the vendor's order until the transaction ends (one invoice per order is checked under it); false when the vendor has no such order. */
export async function lockVendorOrder(req: PayloadRequest, vendorId: number, orderId: number): Promise<boolean> {
  const { orders } = tables
  const locked = await runSql(
    req,
    sql`SELECT ${orders.id} FROM ${orders} WHERE ${orders.id} = ${orderId} AND ${orders.vendor_id} = ${vendorId} FOR UPDATE`,
  )
  return locked.rows.length > 0
}

/**
 * Locks an order row until the transaction ends, FOR NO KEY UPDATE: it waits for `lockVendorOrder` (FOR UPDATE), yet
 * lets another transaction insert a row referencing the order (its foreign key check takes a share lock).
 */
export async function lockOrderRow(req: PayloadRequest, orderId: number): Promise<void> {
  const { orders } = tables
  await runSql(req, sql`SELECT ${orders.id} FROM ${orders} WHERE ${orders.id} = ${orderId} FOR NO KEY UPDATE`)
}

/**
 * The next value of a vendor's number series for a year: one upsert of the counter row that increments and returns
 * it, the row locked until the transaction ends. A rollback undoes the increment.
 */
export async function nextCounterValue(
  req: PayloadRequest,
  vendorId: number,
  series: string,
  year: number,
): Promise<number> {
  const counters = tables.invoiceNumberCounters
  const result = await runSql(
    req,
    sql`
    INSERT INTO ${counters} (${counters.vendor_id}, ${counters.series}, ${counters.year}, ${counters.last_value})
    VALUES (${vendorId}, ${series}, ${year}, 1)
    ON CONFLICT (${counters.vendor_id}, ${counters.series}, ${counters.year}) DO UPDATE SET ${counters.last_value} = ${counters}.${counters.last_value} + 1
    RETURNING ${counters.last_value}`,
  )
  return Number(result.rows[0].last_value)
}

/**
 * The net total of the vendor's issued invoices and credit notes (negative) of a year, by issue date: one SQL sum.
 * `distanceSales`: only those priced `origin` or `oss` (written literally, so the partial index
 * invoices_distance_sales_idx serves it); otherwise the whole turnover.
 */
async function issuedNetOfYear(
  req: PayloadRequest,
  vendorId: number,
  year: number,
  { distanceSales }: { distanceSales: boolean },
): Promise<number> {
  const treatments = distanceSales ? sql` AND ${invoices.vat_treatment} IN ('origin', 'oss')` : sql``
  const result = await runSql(
    req,
    sql`
    SELECT COALESCE(SUM(${invoices.totals_net}), 0) AS total FROM ${invoices}
    WHERE ${invoices.vendor_id} = ${vendorId} AND ${invoices.status} <> 'draft'${treatments}
      AND ${invoices.issue_date} >= ${`${year}-01-01T00:00:00Z`}::timestamptz AND ${invoices.issue_date} < ${`${year + 1}-01-01T00:00:00Z`}::timestamptz`,
  )
  return Number(result.rows[0]?.total ?? 0)
}

/** The net total of the vendor's issued invoices (and credit notes) of a year priced `origin` or `oss`. */
export const distanceSalesOfYear = (req: PayloadRequest, vendorId: number, year: number): Promise<number> =>
  issuedNetOfYear(req, vendorId, year, { distanceSales: true })

/** The vendor's turnover of a year: all its issued invoices and credit notes (for the franchise threshold). */
export const turnoverOfYear = (req: PayloadRequest, vendorId: number, year: number): Promise<number> =>
  issuedNetOfYear(req, vendorId, year, { distanceSales: false })

/** The first number (by invoice id) already given to the vendor that matches the POSIX regular expression, else null. */
export async function firstNumberMatching(
  req: PayloadRequest,
  vendorId: number,
  pattern: string,
): Promise<string | null> {
  const result = await runSql(
    req,
    sql`
    SELECT ${invoices.number} FROM ${invoices} WHERE ${invoices.vendor_id} = ${vendorId} AND ${invoices.number} IS NOT NULL AND ${invoices.number} ~ ${pattern}
    ORDER BY ${invoices.id} LIMIT 1`,
  )
  return (result.rows[0]?.number as string | undefined) ?? null
}

/** What issuing sets on a draft's row, besides the amounts. */
export type IssuedFields = Pick<Invoice, 'number' | 'issueDate' | 'supplyDate' | 'dueDate' | 'sellerSnapshot'> & {
  vies: NonNullable<Invoice['vies']>
}

/** Sets the issue on a draft's row in one UPDATE of its scalar columns. Null when the row is no longer a draft. */
export async function markInvoiceIssued(
  req: PayloadRequest,
  id: number,
  fields: IssuedFields,
  vat: VatResult,
): Promise<{ updatedAt: unknown; sellerSnapshot: unknown } | null> {
  const { vies } = fields
  const o = tables.orders.as('o')
  const updated = await runSql(
    req,
    sql`
    UPDATE ${invoices} SET
      ${invoices.status} = 'issued', ${invoices.number} = ${fields.number}, ${invoices.issue_date} = ${fields.issueDate}::timestamptz,
      ${invoices.supply_date} = ${fields.supplyDate}::timestamptz, ${invoices.due_date} = ${fields.dueDate}::timestamptz,
      -- The order reference the documents print is frozen with the seller (see freezeOrderReference).
      ${invoices.seller_snapshot} = ${JSON.stringify(fields.sellerSnapshot)}::jsonb || jsonb_build_object('orderReference',
        (SELECT COALESCE(${o.external_id}, '#' || ${o.id}) FROM ${o} WHERE ${o.id} = ${invoices}.${invoices.order_id})),
      ${invoices.totals_net} = ${vat.totals.net}, ${invoices.totals_vat} = ${vat.totals.vat}, ${invoices.totals_gross} = ${vat.totals.gross},
      ${invoices.vat_treatment} = ${vat.vatTreatment}, ${invoices.vat_note} = ${vat.vatNote}, ${invoices.customer_vat_valid} = ${vat.customerVatValid},
      ${invoices.rate_country} = ${vat.rateCountry},
      ${invoices.vies_status} = ${vies.status ?? null}, ${invoices.vies_checked_at} = ${vies.checkedAt ?? null}::timestamptz,
      ${invoices.vies_vat_number} = ${vies.vatNumber ?? null}, ${invoices.vies_name} = ${vies.name ?? null}, ${invoices.vies_address} = ${vies.address ?? null},
      ${invoices.vies_request_identifier} = ${vies.requestIdentifier ?? null}, ${invoices.vies_error} = ${vies.error ?? null},
      ${invoices.updated_at} = now()
    WHERE ${invoices.id} = ${id} AND ${invoices.status} = 'draft'
    RETURNING ${invoices.updated_at}, ${invoices.seller_snapshot}`,
  )
  const row = updated.rows[0]
  return updated.rows.length === 1 && row ? { updatedAt: row.updated_at, sellerSnapshot: row.seller_snapshot } : null
}

/** Sets one line's amounts as priced at issue. */
export async function updateLineAmounts(
  req: PayloadRequest,
  invoiceId: number,
  line: Invoice['lines'][number],
): Promise<void> {
  const lines = tables.invoicesLines
  await runSql(
    req,
    sql`
    UPDATE ${lines} SET ${lines.vat_rate} = ${line.vatRate}, ${lines.net} = ${line.net}, ${lines.vat} = ${line.vat}, ${lines.gross} = ${line.gross}
    WHERE ${lines.id} = ${line.id} AND ${lines._parent_id} = ${invoiceId}`,
  )
}

/** Replaces the invoice's VAT breakdown rows, in order (`id`: a Payload array-row id). */
export async function replaceVatBreakdown(
  req: PayloadRequest,
  invoiceId: number,
  rows: NonNullable<Invoice['vatBreakdown']>,
): Promise<void> {
  const breakdown = tables.invoicesVatBreakdown
  await runSql(req, sql`DELETE FROM ${breakdown} WHERE ${breakdown._parent_id} = ${invoiceId}`)
  if (rows.length === 0) return
  const values = rows.map(
    (row, index) => sql`(${index + 1}, ${invoiceId}, ${row.id}, ${row.vatRate}, ${row.net}, ${row.vat})`,
  )
  await runSql(
    req,
    sql`INSERT INTO ${breakdown} (${breakdown._order}, ${breakdown._parent_id}, ${breakdown.id}, ${breakdown.vat_rate}, ${breakdown.net}, ${breakdown.vat}) VALUES ${sql.join(values, sql`, `)}`,
  )
}
