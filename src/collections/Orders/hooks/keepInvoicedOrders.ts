import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { t } from '@/i18n/t'

/**
 * An order behind an issued invoice (or credit note) stays: deleting it would null the invoice's order link
 * (FK ON DELETE SET NULL) and drop the order reference its documents print. Drafts are not documents yet: they
 * simply lose the link.
 */
export const keepInvoicedOrders: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'invoices',
    where: { and: [{ order: { equals: id } }, { status: { not_equals: 'draft' } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw new APIError(t(req, 'orderHasIssuedInvoice', { count: totalDocs }), 409, null, true)
}
