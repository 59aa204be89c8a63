import type { PayloadRequest, Where } from 'payload'

import type { Platform, User, Vendor } from '@/payload-types'
import type { DomainError } from '@/services/errors'
import { requireFeature } from '@/services/features'
import type { FeatureCode } from '@/services/tiers/featureCodes'
import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from '@/utilities/roles'

/**
 * Which vendor a request is about, and who may ask: the one rule behind the billing endpoints and page, the
 * invoicing endpoints and the Letzshop claim.
 *
 * A vendor user works on its own vendors (members only read). Where the caller serves admins too, a platform admin
 * reads any vendor on its platforms and a super admin any vendor, acting for it (support); both name the vendor. A
 * user who is both a vendor user and a platform admin (rare) is treated as the vendor user.
 */

/** The user's standing towards the vendor: one of its users, or an admin reading it (platform) or acting for it. */
export type VendorRole = 'owner' | 'member' | 'platform-admin' | 'super-admin'

export type VendorAsk = {
  /** What the caller does with the vendor: read it, or change it (its owners, and super admins acting for it). */
  need: 'read' | 'change'
  /** Whether the caller serves admins as well as the vendor's own users. */
  admins: boolean
  /** The vendor named by the request (`?vendor=SLUG`); without it, the vendor user's only vendor. */
  vendorSlug?: string
}

/** Which of the vendor's platforms: the one named (or its only one), or the one that hosts a feature and has it in the plan. */
export type PlatformAsk = { code?: string } | { feature: HostedFeature }

/** Features that live on one platform, named by its `config` (`{"invoicing": true}`). */
export type HostedFeature = Extract<FeatureCode, 'invoicing'>

/** Why the request's vendor cannot be answered; each caller words it (see Refusals). */
export type Refusal =
  | { reason: 'signed-out' }
  /** No role the caller serves. */
  | { reason: 'role' }
  /** A change asked by someone who may only read. */
  | { reason: 'owners-only' }
  /** Admins name the vendor. */
  | { reason: 'vendor-required' }
  | { reason: 'no-vendor' }
  | { reason: 'not-their-vendor'; slug: string }
  | { reason: 'no-such-vendor'; slug: string }
  | { reason: 'several-vendors' }
  /** A platform admin asking about a vendor on none of its platforms. */
  | { reason: 'not-managed'; vendor: Vendor; platformCode?: string }
  | { reason: 'on-no-platform'; vendor: Vendor }
  | { reason: 'not-on-platform'; vendor: Vendor; platformCode: string }
  | { reason: 'several-platforms'; vendor: Vendor }
  /** Not a member (active) of the platform hosting the feature; `platforms`: the codes of those that host it. */
  | { reason: 'not-on-feature-platform'; vendor: Vendor; feature: HostedFeature; platforms: string[] }

/** How a caller answers each refusal: the domain error it throws, whose class chooses the status. */
export type Refusals = (refusal: Refusal) => DomainError

type Asker = Pick<User, 'roles' | 'vendors' | 'platforms'>

/** How the user reaches vendors for this caller. */
type Path = 'vendor-user' | 'platform-admin' | 'super-admin'

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'reason' in value

function pathOf(user: Asker, admins: boolean): Path | null {
  if (admins && hasRole(user, 'super-admin')) return 'super-admin'
  if (isVendorUser(user)) return 'vendor-user'
  if (admins && hasRole(user, 'platform-admin')) return 'platform-admin'
  return null
}

/** Whether the user may ask at all, before the request's input is read. */
export function admission(
  user: Asker | null | undefined,
  { need, admins }: Pick<VendorAsk, 'need' | 'admins'>,
): Refusal | null {
  if (!user) return { reason: 'signed-out' }
  const path = pathOf(user, admins)
  if (!path) return { reason: 'role' }
  if (need === 'change' && (path === 'platform-admin' || (path === 'vendor-user' && !hasRole(user, 'vendor-owner'))))
    return { reason: 'owners-only' }
  return null
}

/** Throws the caller's refusal unless the user may ask (see admission). */
export function admit(
  user: Asker | null | undefined,
  ask: Pick<VendorAsk, 'need' | 'admins'>,
  refuse: Refusals,
): Asker {
  const refusal = admission(user, ask)
  if (refusal) throw refuse(refusal)
  return user!
}

export type VendorsInReach = { vendors: Vendor[]; path: Path }

/** The vendors the request may be about (by name, at most 50): one, or several for the user to choose from. */
export async function vendorsInReach(
  req: PayloadRequest,
  user: Asker | null | undefined,
  ask: VendorAsk,
): Promise<VendorsInReach | Refusal> {
  const refused = admission(user, ask)
  if (refused) return refused
  const path = pathOf(user!, ask.admins)!
  const { vendorSlug } = ask
  if (path !== 'vendor-user' && !vendorSlug) return { reason: 'vendor-required' }
  const where: Where[] = [
    ...(path === 'vendor-user' ? [{ id: { in: userVendorIds(user) } }] : []),
    ...(vendorSlug ? [{ slug: { equals: vendorSlug } }] : []),
  ]
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { and: where },
    sort: 'name',
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
  })
  if (docs.length > 0) return { vendors: docs, path }
  if (path !== 'vendor-user') return { reason: 'no-such-vendor', slug: vendorSlug! }
  return vendorSlug ? { reason: 'not-their-vendor', slug: vendorSlug } : { reason: 'no-vendor' }
}

/** The user's standing towards one of the vendors in reach. */
export function roleTowards(user: Asker, vendor: Vendor, path: Path): VendorRole {
  if (userVendorIds(user).includes(vendor.id)) return hasRole(user, 'vendor-owner') ? 'owner' : 'member'
  return path === 'super-admin' ? 'super-admin' : 'platform-admin'
}

/** The platforms of the vendor the request may be about: the one asked for, or several to choose from. */
export async function platformsInReach(
  req: PayloadRequest,
  user: Asker,
  vendor: Vendor,
  path: Path,
  ask: PlatformAsk,
): Promise<Platform[] | Refusal> {
  if ('feature' in ask) return featurePlatform(req, vendor, ask.feature)
  // A platform admin sees only the vendor's memberships of its own platforms.
  const scope: Where[] = path === 'platform-admin' ? [{ platform: { in: userPlatformIds(user) } }] : []
  const { docs } = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendor.id } }, ...scope] },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const platforms = docs
    .map((membership) => membership.platform)
    .filter((platform): platform is Platform => typeof platform === 'object' && platform !== null)
  if (platforms.length === 0 && scope.length > 0) return { reason: 'not-managed', vendor, platformCode: ask.code }
  const chosen = ask.code ? platforms.filter((platform) => platform.code === ask.code) : platforms
  if (chosen.length > 0) return chosen
  return ask.code ? { reason: 'not-on-platform', vendor, platformCode: ask.code } : { reason: 'on-no-platform', vendor }
}

/** The vendor's active membership of the platform hosting `feature`. */
async function featurePlatform(
  req: PayloadRequest,
  vendor: Vendor,
  feature: HostedFeature,
): Promise<Platform[] | Refusal> {
  const { docs: hosts } = await req.payload.find({
    collection: 'platforms',
    where: { [`config.${feature}`]: { equals: true } },
    select: { code: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const { docs } = await req.payload.find({
    collection: 'vendor-platforms',
    where: {
      and: [
        { vendor: { equals: vendor.id } },
        { isActive: { equals: true } },
        { platform: { in: hosts.map((platform) => platform.id) } },
      ],
    },
    select: { platform: true },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return [docs[0].platform as Platform]
  return { reason: 'not-on-feature-platform', vendor, feature, platforms: hosts.map((platform) => platform.code) }
}

export type RequestVendor = { vendor: Vendor; role: VendorRole }

async function oneVendor(
  req: PayloadRequest,
  ask: VendorAsk,
  refuse: Refusals,
): Promise<RequestVendor & { path: Path }> {
  const reach = await vendorsInReach(req, req.user, ask)
  if (isRefusal(reach)) throw refuse(reach)
  if (reach.vendors.length > 1) throw refuse({ reason: 'several-vendors' })
  const vendor = reach.vendors[0]
  return { vendor, role: roleTowards(req.user!, vendor, reach.path), path: reach.path }
}

/** The one vendor the request is about, or the caller's refusal thrown. */
export async function requestVendor(req: PayloadRequest, ask: VendorAsk, refuse: Refusals): Promise<RequestVendor> {
  const { vendor, role } = await oneVendor(req, ask, refuse)
  return { vendor, role }
}

/**
 * The one vendor and platform the request is about, or the caller's refusal thrown. With a feature, the platform
 * hosting it, and the vendor's plan there must include it (403 naming the feature).
 */
export async function requestVendorPlatform(
  req: PayloadRequest,
  ask: VendorAsk & { platform: PlatformAsk },
  refuse: Refusals,
): Promise<RequestVendor & { platform: Platform }> {
  const { vendor, role, path } = await oneVendor(req, ask, refuse)
  const platforms = await platformsInReach(req, req.user!, vendor, path, ask.platform)
  if (isRefusal(platforms)) throw refuse(platforms)
  if (platforms.length > 1) throw refuse({ reason: 'several-platforms', vendor })
  const platform = platforms[0]
  if ('feature' in ask.platform) await requireFeature(req, vendor.id, platform.id, ask.platform.feature)
  return { vendor, role, platform }
}
