import type { CollectionAfterChangeHook } from 'payload'

import type { VendorPlatform } from '@/payload-types'
import { queueVendorBillingStop } from '@/services/billing/cancelVendorBilling'
import { relationId } from '@/utilities/relationId'

/**
 * Deactivating a vendor on a platform (its membership's isActive turned off) cancels the Stripe subscription of that
 * platform through the cancelVendorBilling job, queued in the same transaction, so no card is charged for a shop that
 * is no longer served. The Stripe customer stays (the vendor still exists).
 */
export const stopBillingOnDeactivation: CollectionAfterChangeHook<VendorPlatform> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.isActive === false || doc.isActive !== false) return doc
  const { docs } = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: {
      and: [{ vendor: { equals: relationId(doc.vendor) } }, { platform: { equals: relationId(doc.platform) } }],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]) await queueVendorBillingStop(req, docs[0], false)
  return doc
}
