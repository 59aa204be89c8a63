import type { CollectionBeforeChangeHook } from 'payload'

import type { Invoice } from '@/payload-types'
import { orderReferenceOf, type SellerSnapshot } from '@/services/invoices/invoiceRows'
import { relationId } from '@/utilities/relationId'

/**
 * When the invoice service freezes the seller (at issue, or a credit note's creation), the order reference the
 * documents print is frozen with it: later, the documents never read the live order.
 */
export const freezeOrderReference: CollectionBeforeChangeHook<Invoice> = async ({ data, originalDoc, req }) => {
  const snapshot = data.sellerSnapshot as SellerSnapshot | null | undefined
  if (!snapshot || typeof snapshot !== 'object' || 'orderReference' in snapshot) return data
  const orderId = relationId(
    (data.order !== undefined ? data.order : originalDoc?.order) as number | { id: number } | null | undefined,
  )
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
  data.sellerSnapshot = { ...snapshot, orderReference: order ? orderReferenceOf(order) : null }
  return data
}
