import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { Conflict, NotFound } from '@/services/errors'
import { transactionDb } from '@/services/transactions'

/*
 * Issued means final under concurrency too. Payload's update and delete read the row before any lock; a write that
 * waited behind an issuing transaction would then write (or delete) its stale draft. So every write that is not the
 * invoice service's locks the row in its own transaction first and decides on the row as committed by then.
 * Locks are taken in one order on every path, so none can deadlock: an order before its invoices (creating an
 * invoice from an order, deleting an order), an invoice before its vendor's number series (issuing, crediting).
 */

/** Locks the invoice for the rest of the caller's transaction: 404 when it is gone, 409 unless it is (still) a draft. */
export async function lockDraftForChange(req: PayloadRequest, id: number | string): Promise<void> {
  const db = await transactionDb(req)
  const locked = await db.execute(sql`SELECT status, number FROM invoices WHERE id = ${Number(id)} FOR UPDATE`)
  const row = locked.rows[0] as { status: string; number: string | null } | undefined
  if (!row) throw new NotFound('invoiceNotFound')
  if (row.status !== 'draft') throw new Conflict('invoiceImmutable', { number: row.number ?? String(id) })
}

/**
 * Locks an order, then its invoices, for the rest of the caller's transaction, so that an invoice being created from
 * it or issued is waited for: 409 when any of them is issued (or paid, credited, a credit note), as its documents
 * print the order. The order's lock is FOR NO KEY UPDATE: it waits for createInvoice's FOR UPDATE, yet lets a credit
 * note in progress (which holds its original's lock) insert its row referencing the order, instead of deadlocking.
 */
export async function lockOrderForDeletion(req: PayloadRequest, orderId: number | string): Promise<void> {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT id FROM orders WHERE id = ${Number(orderId)} FOR NO KEY UPDATE`)
  // A statement of its own: it sees what committed while the order's lock was awaited (an invoice created from it).
  const invoices = await db.execute(sql`SELECT status FROM invoices WHERE order_id = ${Number(orderId)} FOR UPDATE`)
  const issued = invoices.rows.filter((row) => row.status !== 'draft').length
  if (issued > 0) throw new Conflict('orderHasIssuedInvoice', { count: issued })
}
