import type { PayloadRequest } from 'payload'

import type { Message } from '@/i18n/t'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

import { Forbidden } from './errors'
import { platformIdsOfVendors } from './memberships'

/**
 * Where a vendor user may write: only its own vendor (else `denied`), and only on a platform that vendor
 * is on. A missing platform is left to field validation, which runs before the hooks that call this.
 */
export async function assertOwnShop(
  req: PayloadRequest,
  vendorId: number | null,
  platformId: number | null,
  denied: Message,
): Promise<void> {
  if (vendorId === null || !isVendorUser(req.user) || !userVendorIds(req.user).includes(vendorId)) {
    throw new Forbidden(denied)
  }
  if (platformId !== null && !(await platformIdsOfVendors(req, [vendorId])).includes(platformId)) {
    throw new Forbidden('shopNotOnPlatform')
  }
}
