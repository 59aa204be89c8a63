import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { MessageSource } from '@/i18n/t'
import type { Platform, Vendor } from '@/payload-types'
import { oms } from '@/platforms/oms'
import { Forbidden, InvalidInput, NotSignedIn } from '@/services/errors'
import { requireFeature } from '@/services/features'
import { admit, type Refusals, requestVendorPlatform } from '@/services/vendors/requestVendor'

import { parseQuery, perLanguage, slugParam } from '../validation'

export const vendorQuery = perLanguage((req: MessageSource) =>
  z.object({ vendor: slugParam(req, 'vendor').optional() }),
)

/** The sync endpoints' answers when the request's vendor cannot be resolved. */
export const refuse: Refusals = (refusal) => {
  switch (refusal.reason) {
    case 'signed-out':
      return new NotSignedIn('letzshopSyncSignIn')
    case 'owners-only':
      return new Forbidden('letzshopSyncOwnersOnly')
    case 'not-their-vendor':
      return new Forbidden('letzshopSyncNotYourVendor', { vendor: refusal.slug })
    case 'no-vendor':
      return new Forbidden('letzshopSyncNoVendor')
    case 'several-vendors':
      return new InvalidInput('letzshopSyncSeveralVendors')
    case 'on-no-platform':
    case 'not-on-platform':
      return new Forbidden('letzshopSyncNotOnPlatform', { platform: oms.code })
    default:
      return new Forbidden('letzshopSyncVendorUsersOnly')
  }
}

/**
 * The vendor a /api/vendor/letzshop/* request is about: the signed-in vendor user's (or `?vendor=SLUG`, one of
 * theirs), on the OMS platform, whose plan includes `letzshop_sync` (403 naming the feature). `ownersOnly` for
 * connecting and disconnecting. Platform and super admins are not let in: the key and the orders are the shop's.
 */
export async function syncVendor(
  req: PayloadRequest,
  { ownersOnly = false }: { ownersOnly?: boolean } = {},
): Promise<{ vendor: Vendor; platform: Platform }> {
  const need = ownersOnly ? 'change' : 'read'
  admit(req.user, { need, admins: false }, refuse)
  const query = parseQuery(req, vendorQuery(req))
  const { vendor, platform } = await requestVendorPlatform(
    req,
    { need, admins: false, vendorSlug: query.vendor, platform: { code: oms.code } },
    refuse,
  )
  await requireFeature(req, vendor.id, platform.id, 'letzshop_sync')
  return { vendor, platform }
}
