import type { CollectionBeforeDeleteHook } from 'payload'

import { lockOrderForDeletion } from '@/services/invoices/writeLocks'

/**
 * An order behind an issued invoice (or credit note) stays: deleting it would null the invoice's order link
 * (FK ON DELETE SET NULL) and drop the order reference its documents print. Drafts are not documents yet: they
 * simply lose the link. Decided under the locks of the order and its invoices, so an issue in progress is waited for.
 */
export const keepInvoicedOrders: CollectionBeforeDeleteHook = ({ id, req }) => lockOrderForDeletion(req, id)
