import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { VendorSubscription } from '@/payload-types'
import { relationId } from '@/utilities/relationId'
import { hasRole } from '@/utilities/roles'
import { rowTarget } from '@/utilities/rowTarget'

/**
 * A subscription stays with the vendor and platform it was made for (platform admins cannot re-point it), and
 * only a vendor that is on the platform holds one there, whoever writes.
 */
export const assertSubscriptionHolder: CollectionBeforeChangeHook<VendorSubscription> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { vendorId, platformId } = rowTarget(data, originalDoc)
  const moved =
    operation === 'update' &&
    originalDoc &&
    (vendorId !== relationId(originalDoc.vendor) || platformId !== relationId(originalDoc.platform))
  if (moved && req.user && !hasRole(req.user, 'super-admin')) {
    throw new APIError(t(req, 'subscriptionHolderFixed'), 403, null, true)
  }
  if (vendorId === null || platformId === null) return data
  const membership = await req.payload.count({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendorId } }, { platform: { equals: platformId } }] },
    overrideAccess: true,
    req,
  })
  if (membership.totalDocs === 0) {
    throw new APIError(t(req, 'vendorNotOnPlatform'), 400, null, true)
  }
  return data
}
