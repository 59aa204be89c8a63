import { APIError, type PayloadRequest } from 'payload'

import { type Message, t } from '@/i18n/t'

import { platformIdsOfVendors } from './memberships'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

/**
 * Where a vendor user may write: only its own vendor (else `denied`), and only on a platform that vendor
 * is on. A missing platform is left to field validation, which runs before the hooks that call this.
 */
export async function assertOwnShop(req: PayloadRequest, vendorId: number | null, platformId: number | null, denied: Message): Promise<void> {
  if (vendorId === null || !isVendorUser(req.user) || !userVendorIds(req.user).includes(vendorId)) {
    throw new APIError(t(req, denied), 403, null, true)
  }
  if (platformId !== null && !(await platformIdsOfVendors(req, [vendorId])).includes(platformId)) {
    throw new APIError(t(req, 'shopNotOnPlatform'), 403, null, true)
  }
}
