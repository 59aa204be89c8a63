import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { t } from '@/i18n/t'
import { hasRole, userVendorIds } from '@/utilities/roles'
import type { Platform, Vendor } from '@/payload-types'
import { type VendorPlan, vendorPlan } from '@/services/subscriptions/vendorPlan'

import { parseInput, queryObject, slugParam } from '../validation'

const query = z.object({ vendor: slugParam('vendor').optional(), platform: slugParam('platform').optional() })

export type BillingContext = { vendor: Vendor; platform: Platform; plan: VendorPlan }

/**
 * The vendor and platform a billing request is about: the signed-in owner's vendor (or `?vendor=`, one of
 * theirs) and its only platform (or `?platform=` when it is on several).
 */
export async function billingContext(req: PayloadRequest): Promise<BillingContext> {
  const { user } = req
  if (!user) throw new APIError(t(req, 'billingSignIn'), 401, null, true)
  if (!hasRole(user, 'vendor-owner')) throw new APIError(t(req, 'billingOwnersOnly'), 403, null, true)
  const { vendor: vendorSlug, platform: platformCode } = parseInput(query, queryObject(req.searchParams))

  const vendors = await req.payload.find({
    collection: 'vendors',
    where: { and: [{ id: { in: userVendorIds(user) } }, ...(vendorSlug ? [{ slug: { equals: vendorSlug } }] : [])] },
    depth: 0,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (vendors.docs.length === 0) throw new APIError(vendorSlug ? t(req, 'billingNoVendorNamed', { vendor: vendorSlug }) : t(req, 'billingNoVendor'), 404, null, true)
  if (vendors.docs.length > 1) throw new APIError(t(req, 'billingSeveralVendors'), 400, null, true)
  const vendor = vendors.docs[0]

  const memberships = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendor.id } }, ...(platformCode ? [{ 'platform.code': { equals: platformCode } }] : [])] },
    depth: 1,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (memberships.docs.length === 0) {
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
