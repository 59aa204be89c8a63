import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import { Conflict, InvalidInput, NotFound } from '@/services/errors'
import type { Locale } from '@/services/locales'
import type { VatCategory } from '@/services/vat/types'

import { dayToStored, INVOICE_SERVICE, luxembourgDay } from './context'
import { defaultCustomerLocale } from './defaultCustomerLocale'
import { lockVendorOrder } from './invoiceRows'
import { issueInvoice, type PrecheckedVies } from './issueInvoice'

export type InvoiceCustomer = {
  name: string
  email: string | null
  type: 'consumer' | 'business'
  vatNumber: string | null
  address: { street: string; postalCode: string; city: string; country: string }
  locale: Locale
}

export type NewInvoice = {
  vendorId: number
  platformId: number
  /** From an order: its lines, and its customer's name and email unless `customer` gives them. */
  orderId?: number
  /**
   * Required with explicit lines; with an order, needed for what orders do not hold (address, type). Without
   * `locale`, the shop's language (defaultCustomerLocale).
   */
  customer: Omit<InvoiceCustomer, 'name' | 'email' | 'locale'> & {
    name?: string
    email?: string | null
    locale?: Locale
  }
  lines?: { description: string; quantity: number; unitPrice: number; vatCategory: VatCategory }[]
  supply: 'goods' | 'services'
  /** YYYY-MM-DD; default: the order's date, else today. */
  supplyDate?: string
  issue?: { email: boolean; vies?: PrecheckedVies }
  now: Date
}

/** An order of the vendor, locked until the transaction ends, and checked to have no invoice that still stands. */
async function lockOrderForInvoice(req: PayloadRequest, vendorId: number, orderId: number) {
  if (!(await lockVendorOrder(req, vendorId, orderId))) throw new NotFound('invoiceOrderNotFound', { order: orderId })
  const standing = await req.payload.find({
    collection: 'invoices',
    where: {
      and: [{ order: { equals: orderId } }, { kind: { equals: 'invoice' } }, { status: { not_equals: 'credited' } }],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = standing.docs[0]
  if (existing)
    throw new Conflict('invoiceOrderHasInvoice', { order: orderId, invoice: existing.number ?? `#${existing.id}` })
  return req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true, req })
}

/**
 * A draft invoice from an order or from explicit lines, inside the caller's transaction; the collection's hook
 * prices it. One invoice per order until it is credited: the order row is locked while that is checked (and a
 * partial unique index backs it). With `issue`, it is issued in the same transaction.
 */
export async function createInvoice(req: PayloadRequest, input: NewInvoice): Promise<Invoice> {
  let lines = input.lines
  let { name, email } = input.customer
  let supplyDate = input.supplyDate
  if (input.orderId !== undefined) {
    const order = await lockOrderForInvoice(req, input.vendorId, input.orderId)
    lines = order.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      vatCategory: 'standard' as const,
    }))
    name ??= order.customerName
    email ??= order.customerEmail ?? null
    supplyDate ??= luxembourgDay(new Date(order.placedAt))
  }
  if (!name) throw new InvalidInput('invoiceCustomerNameMissing')
  const locale = input.customer.locale ?? (await defaultCustomerLocale({ req, vendorId: input.vendorId }))
  const draft = await req.payload.create({
    collection: 'invoices',
    data: {
      vendor: input.vendorId,
      platform: input.platformId,
      order: input.orderId ?? null,
      supply: input.supply,
      customer: { ...input.customer, name, email: email ?? null, locale },
      lines: lines ?? [],
      supplyDate: dayToStored(supplyDate ?? luxembourgDay(input.now)),
      // Amounts, treatment and currency are filled in by the collection's computeDraftAmounts hook.
    } as Omit<Invoice, 'id' | 'createdAt' | 'updatedAt'>,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    context: { [INVOICE_SERVICE]: true },
  })
  if (!input.issue) return draft
  return issueInvoice(req, draft, { now: input.now, email: input.issue.email, vies: input.issue.vies, created: true })
}
