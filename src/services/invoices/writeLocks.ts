import type { PayloadRequest } from 'payload'

import { Conflict, NotFound } from '@/services/errors'

import { lockInvoiceState, lockOrderInvoices, lockOrderRow } from './invoiceRows'

/*
 * Issued means final under concurrency too. Payload's update and delete read the row before any lock; a write that
 * waited behind an issuing transaction would then write (or delete) its stale draft. So every write that is not the
 * invoice service's locks the row in its own transaction first and decides on the row as committed by then.
 * Locks are taken in one order on every path, so none can deadlock: an order before its invoices (creating an
 * invoice from an order, deleting an order), an invoice before its vendor's number series (issuing, crediting).
 */

/**
 * Locks the invoice for the rest of the caller's transaction: 404 when it is gone, 409 unless it is (still) a draft.
 * Answers the draft's order as committed by then: an order deleted meanwhile has unlinked it (null).
 */
export async function lockDraftForChange(
  req: PayloadRequest,
  id: number | string,
): Promise<{ orderId: number | null }> {
  const invoice = await lockInvoiceState(req, Number(id))
  if (!invoice) throw new NotFound('invoiceNotFound')
  if (invoice.status !== 'draft') throw new Conflict('invoiceImmutable', { number: invoice.number ?? String(id) })
  return { orderId: invoice.orderId }
}

/**
 * Locks an order, then its invoices, for the rest of the caller's transaction, so that an invoice being created from
 * it or issued is waited for: 409 when any of them is issued (or paid, credited, a credit note), as its documents
 * print the order. The order's lock lets a credit note in progress (which holds its original's lock) insert its row
 * referencing the order; a lock that stopped it would deadlock with it.
 */
export async function lockOrderForDeletion(req: PayloadRequest, orderId: number | string): Promise<void> {
  await lockOrderRow(req, Number(orderId))
  // A statement of its own: it sees what committed while the order's lock was awaited (an invoice created from it).
  const issued = (await lockOrderInvoices(req, Number(orderId))).filter((status) => status !== 'draft').length
  if (issued > 0) throw new Conflict('orderHasIssuedInvoice', { count: issued })
}
