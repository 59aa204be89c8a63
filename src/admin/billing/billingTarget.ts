import type { PayloadRequest } from 'payload'

import type { Message, MessageVars } from '@/i18n/t'
import {
  isRefusal,
  platformsInReach,
  type Refusal,
  roleTowards,
  type VendorRole,
  vendorsInReach,
} from '@/services/vendors/requestVendor'

/**
 * Who is looking: the vendor's owner changes things, a member or a platform admin only reads, a super admin may act
 * for the shop (support), as the billing endpoints allow.
 */
export type BillingViewer = 'owner' | 'member' | 'admin' | 'support'

type Named = { slug: string; name: string }

export type BillingTarget =
  | { kind: 'show'; vendor: Named; platform: { code: string; name: string }; viewer: BillingViewer }
  | { kind: 'choose-vendor'; vendors: Named[] }
  | { kind: 'choose-platform'; vendor: Named; platforms: { code: string; name: string }[] }
  | { kind: 'refuse'; message: Message; vars?: MessageVars }

const VIEWERS: Record<VendorRole, BillingViewer> = {
  owner: 'owner',
  member: 'member',
  'platform-admin': 'admin',
  'super-admin': 'support',
}

/** The page's words for a request the billing endpoints would refuse. */
function refused(refusal: Refusal, vendorSlug: string | undefined): BillingTarget {
  switch (refusal.reason) {
    case 'signed-out':
      return { kind: 'refuse', message: 'billingSignIn' }
    case 'vendor-required':
      return { kind: 'refuse', message: 'billingPageNoVendor' }
    case 'no-vendor':
      return { kind: 'refuse', message: 'billingNoVendor' }
    case 'on-no-platform':
    case 'not-on-platform':
    case 'not-on-feature-platform':
    case 'several-platforms':
      return { kind: 'refuse', message: 'billingPageNotOnPlatform', vars: { vendor: refusal.vendor.name } }
    default:
      return vendorSlug
        ? { kind: 'refuse', message: 'billingPageVendorNotFound', vars: { vendor: vendorSlug } }
        : { kind: 'refuse', message: 'billingOwnersOnly' }
  }
}

/**
 * Whose billing the page shows, and to whom, by the billing endpoints' rule (requestVendor): a vendor user sees its
 * own shop's (an owner may change it, a member only reads), platform and super admins the shop named by
 * `?vendor=SLUG` (platform admins read only, and only the shops of their platforms). Where the endpoints would ask
 * which vendor or platform, the page offers the choice.
 */
export async function billingTarget(
  req: PayloadRequest,
  vendorSlug?: string,
  platformCode?: string,
): Promise<BillingTarget> {
  const reach = await vendorsInReach(req, req.user, { need: 'read', admins: true, vendorSlug })
  if (isRefusal(reach)) return refused(reach, vendorSlug)
  if (reach.vendors.length > 1)
    return { kind: 'choose-vendor', vendors: reach.vendors.map(({ slug, name }) => ({ slug, name })) }
  const vendor = reach.vendors[0]
  const platforms = await platformsInReach(req, req.user!, vendor, reach.path, { code: platformCode })
  if (isRefusal(platforms)) return refused(platforms, vendorSlug)
  const named = { slug: vendor.slug, name: vendor.name }
  const shown = platforms.map(({ code, name }) => ({ code, name }))
  if (shown.length > 1) return { kind: 'choose-platform', vendor: named, platforms: shown }
  return {
    kind: 'show',
    vendor: named,
    platform: shown[0],
    viewer: VIEWERS[roleTowards(req.user!, vendor, reach.path)],
  }
}
