import type { CollectionBeforeDeleteHook } from 'payload'

import { VENDOR_CASCADE } from '@/plugins/vendorOwned/types'
import { queueVendorBillingStop } from '@/services/billing/cancelVendorBilling'

/**
 * A subscription row deleted (with its vendor, by the cascade, or on its own) stops its Stripe billing: the
 * cancelVendorBilling job is queued in the delete's transaction; when the vendor itself is deleted, the Stripe
 * customer (and its cards) is deleted too.
 */
export const stopStripeBillingOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const row = await req.payload.findByID({
    collection: 'vendor-subscriptions',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (row) await queueVendorBillingStop(req, row, Boolean(req.context[VENDOR_CASCADE]))
}
