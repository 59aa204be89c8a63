import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from '@/services/errors'
import { assertOwnShop } from '@/services/ownShop'
import { hasRole, userPlatformIds } from '@/utilities/roles'
import { rowTarget } from '@/utilities/rowTarget'

import type { VendorOwnedCollection } from '../types'

/**
 * Access functions decide which stored rows a user may touch; this decides where the row may be after the
 * write (on create, and when an update moves it), which a Where on the stored row cannot express.
 */
export const assertWriteScope =
  ({ platformRows, denied = 'ownShopDataOnly' }: VendorOwnedCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const { user } = req
    if (!user || hasRole(user, 'super-admin')) return data
    const { vendorId, platformId } = rowTarget(data, originalDoc)
    if (vendorId === null) {
      if (
        platformRows &&
        hasRole(user, 'platform-admin') &&
        platformId !== null &&
        userPlatformIds(user).includes(platformId)
      )
        return data
      throw new Forbidden(platformRows?.denied ?? 'rowsNeedVendor')
    }
    await assertOwnShop(req, vendorId, platformId, denied)
    return data
  }
