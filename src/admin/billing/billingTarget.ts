import type { PayloadRequest } from 'payload'

import type { Message, MessageVars } from '@/i18n/t'
import type { Platform, Vendor } from '@/payload-types'
import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from '@/utilities/roles'

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

/**
 * Whose billing the page shows, and to whom: a vendor user sees its own shop's (an owner may change it, a member
 * only reads), platform and super admins any shop they may read (`?vendor=SLUG`; platform admins read only). Which
 * vendors a user may see is the vendors collection's read access, applied here as the user.
 */
export async function billingTarget(req: PayloadRequest, vendorSlug?: string, platformCode?: string): Promise<BillingTarget> {
  const { user, payload } = req
  if (!user) return { kind: 'refuse', message: 'billingSignIn' }
  const admin = hasRole(user, 'super-admin', 'platform-admin')
  if (!vendorSlug && !isVendorUser(user)) return { kind: 'refuse', message: admin ? 'billingPageNoVendor' : 'billingOwnersOnly' }

  const { docs } = await payload.find({
    collection: 'vendors',
    where: vendorSlug ? { slug: { equals: vendorSlug } } : { id: { in: userVendorIds(user) } },
    select: { slug: true, name: true },
    sort: 'name',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    user,
    req,
  })
  const vendors = docs as Pick<Vendor, 'id' | 'slug' | 'name'>[]
  if (vendors.length === 0) return vendorSlug ? { kind: 'refuse', message: 'billingPageVendorNotFound', vars: { vendor: vendorSlug } } : { kind: 'refuse', message: 'billingNoVendor' }
  if (vendors.length > 1) return { kind: 'choose-vendor', vendors: vendors.map(({ slug, name }) => ({ slug, name })) }
  const vendor = vendors[0]

  const own = userVendorIds(user).includes(vendor.id)
  const viewer: BillingViewer =
    own && hasRole(user, 'vendor-owner') ? 'owner' : own && hasRole(user, 'vendor-member') ? 'member' : hasRole(user, 'super-admin') ? 'support' : 'admin'
  if ((viewer === 'admin' || viewer === 'support') && !admin) return { kind: 'refuse', message: 'billingPageVendorNotFound', vars: { vendor: vendor.slug } }

  // A platform admin looking at a shop is shown only the shop's memberships of its own platforms.
  const platformScope = viewer === 'admin' ? [{ platform: { in: userPlatformIds(user) } }] : []
  const memberships = await payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendor.id } }, ...platformScope] },
    depth: 1,
    limit: 20,
    overrideAccess: true,
    req,
  })
  const platforms = memberships.docs
    .map((membership) => membership.platform)
    .filter((platform): platform is Platform => typeof platform === 'object' && platform !== null)
    .map(({ code, name }) => ({ code, name }))
  const named = { slug: vendor.slug, name: vendor.name }
  const chosen = platformCode ? platforms.filter((platform) => platform.code === platformCode) : platforms
  if (chosen.length === 0) return { kind: 'refuse', message: 'billingPageNotOnPlatform', vars: { vendor: vendor.name } }
  if (chosen.length > 1) return { kind: 'choose-platform', vendor: named, platforms: chosen }
  return { kind: 'show', vendor: named, platform: chosen[0], viewer }
}
