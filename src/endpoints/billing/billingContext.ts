import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import type { Platform, Vendor } from '@/payload-types'
import { type VendorPlan, vendorPlan } from '@/services/subscriptions/vendorPlan'
import { hasRole, userPlatformIds, userVendorIds } from '@/utilities/roles'

import { parseQuery, perLanguage, slugParam } from '../validation'

/** A plan's code, in a body (change-tier) or a query (the preview). */
export const tierParam = (req: MessageSource) => z.string({ error: t(req, 'billingTierRequired') }).min(1, t(req, 'billingTierRequired')).max(100, t(req, 'billingTierRequired'))

export const billingQuery = perLanguage((req: MessageSource) => z.object({ vendor: slugParam(req, 'vendor').optional(), platform: slugParam(req, 'platform').optional() }))

export type BillingContext = { vendor: Vendor; platform: Platform; plan: VendorPlan }

/** `read`: the vendor's owner and members, platform admins of its platform, super admins. `write`: owners and super admins. */
export type BillingAccess = 'read' | 'write'

type Target = { vendorIds: number[] | 'any'; platformIds: number[] | 'any' }

/**
 * Who may see or change which vendor's billing. A vendor user works on its own vendors (members only read). A platform
 * admin reads the billing of any vendor on its platforms, a super admin of any vendor, both naming it with
 * `?vendor=SLUG` (the admin's billing page shows any vendor's billing to them). Writes (change of plan, add-ons,
 * cancel, resume, card) are for the owner, and for super admins acting for a shop (support); platform admins only look.
 */
function allowedTarget(req: PayloadRequest, access: BillingAccess, vendorSlug: string | undefined): Target {
  const { user } = req
  if (!user) throw new APIError(t(req, 'billingSignIn'), 401, null, true)
  if (hasRole(user, 'super-admin')) {
    if (!vendorSlug) throw new APIError(t(req, 'billingVendorRequired'), 400, null, true)
    return { vendorIds: 'any', platformIds: 'any' }
  }
  // A user who is both a vendor user and a platform admin (rare) is treated as the vendor user.
  if (hasRole(user, 'vendor-owner', 'vendor-member')) {
    if (access === 'write' && !hasRole(user, 'vendor-owner')) throw new APIError(t(req, 'billingOwnersOnlyWrite'), 403, null, true)
    return { vendorIds: userVendorIds(user), platformIds: 'any' }
  }
  if (hasRole(user, 'platform-admin')) {
    if (access === 'write') throw new APIError(t(req, 'billingOwnersOnlyWrite'), 403, null, true)
    if (!vendorSlug) throw new APIError(t(req, 'billingVendorRequired'), 400, null, true)
    return { vendorIds: 'any', platformIds: userPlatformIds(user) }
  }
  throw new APIError(t(req, 'billingRoleForbidden'), 403, null, true)
}

/**
 * The vendor and platform a billing request is about, for `access`: a vendor user's own vendor (or `?vendor=`, one
 * of theirs) and its only platform (or `?platform=` when it is on several); for admins the vendor named by
 * `?vendor=`, on a platform they manage. Another vendor answers 403 whether or not it exists.
 */
export async function billingContext(req: PayloadRequest, access: BillingAccess = 'read'): Promise<BillingContext> {
  const { vendor: vendorSlug, platform: platformCode } = parseQuery(req, billingQuery(req))
  const target = allowedTarget(req, access, vendorSlug)

  const vendors = await req.payload.find({
    collection: 'vendors',
    where: {
      and: [...(target.vendorIds === 'any' ? [] : [{ id: { in: target.vendorIds } }]), ...(vendorSlug ? [{ slug: { equals: vendorSlug } }] : [])],
    },
    depth: 0,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (vendors.docs.length === 0) {
    if (!vendorSlug) throw new APIError(t(req, 'billingNoVendor'), 404, null, true)
    if (target.vendorIds === 'any') throw new APIError(t(req, 'billingNoSuchVendor', { vendor: vendorSlug }), 404, null, true)
    throw new APIError(t(req, 'billingNotYourVendor', { vendor: vendorSlug }), 403, null, true)
  }
  if (vendors.docs.length > 1) throw new APIError(t(req, 'billingSeveralVendors'), 400, null, true)
  const vendor = vendors.docs[0]

  const memberships = await req.payload.find({
    collection: 'vendor-platforms',
    where: {
      and: [
        { vendor: { equals: vendor.id } },
        ...(target.platformIds === 'any' ? [] : [{ platform: { in: target.platformIds } }]),
        ...(platformCode ? [{ 'platform.code': { equals: platformCode } }] : []),
      ],
    },
    depth: 1,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (memberships.docs.length === 0) {
    // A platform admin asking about a vendor on none of its platforms learns nothing more than a 403.
    if (target.platformIds !== 'any' && !platformCode) throw new APIError(t(req, 'billingVendorNotManaged', { vendor: vendor.slug }), 403, null, true)
    throw new APIError(
      platformCode ? t(req, 'billingVendorNotOnPlatform', { vendor: vendor.name, platform: platformCode }) : t(req, 'billingVendorOnNoPlatform', { vendor: vendor.name }),
      404,
      null,
      true,
    )
  }
  if (memberships.docs.length > 1) throw new APIError(t(req, 'billingSeveralPlatforms', { vendor: vendor.name }), 400, null, true)
  const platform = memberships.docs[0].platform as Platform

  const plan = await vendorPlan(req, vendor.id, platform.id)
  if (!plan) throw new APIError(t(req, 'billingPlatformHasNoTiers', { platform: platform.code }), 404, null, true)
  return { vendor, platform, plan }
}
