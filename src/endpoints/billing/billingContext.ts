import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, requestLanguage, t } from '@/i18n/t'
import type { Platform, Vendor } from '@/payload-types'
import { Forbidden, InvalidInput, NotFound, NotSignedIn } from '@/services/errors'
import { type VendorPlan, vendorPlan } from '@/services/subscriptions/vendorPlan'
import { type Refusals, requestVendorPlatform } from '@/services/vendors/requestVendor'

import { parseQuery, perLanguage, slugParam } from '../validation'

/** A plan's code, in a body (change-tier) or a query (the preview). */
export const tierParam = (req: MessageSource) =>
  z
    .string({ error: t(req, 'billingTierRequired') })
    .min(1, t(req, 'billingTierRequired'))
    .max(100, t(req, 'billingTierRequired'))

export const billingQuery = perLanguage((req: MessageSource) =>
  z.object({ vendor: slugParam(req, 'vendor').optional(), platform: slugParam(req, 'platform').optional() }),
)

export type BillingContext = { vendor: Vendor; platform: Platform; plan: VendorPlan }

/** `read`: the vendor's owner and members, platform admins of its platform, super admins. `write`: owners and super admins. */
export type BillingAccess = 'read' | 'write'

/** The billing endpoints' answers when the request's vendor cannot be resolved. */
const refuse: Refusals = (refusal) => {
  switch (refusal.reason) {
    case 'signed-out':
      return new NotSignedIn('billingSignIn')
    case 'role':
      return new Forbidden('billingRoleForbidden')
    case 'owners-only':
      return new Forbidden('billingOwnersOnlyWrite')
    case 'vendor-required':
      return new InvalidInput('billingVendorRequired')
    case 'no-vendor':
      return new NotFound('billingNoVendor')
    case 'no-such-vendor':
      return new NotFound('billingNoSuchVendor', { vendor: refusal.slug })
    case 'not-their-vendor':
      return new Forbidden('billingNotYourVendor', { vendor: refusal.slug })
    case 'several-vendors':
      return new InvalidInput('billingSeveralVendors')
    case 'not-managed':
      // A platform admin asking about a vendor on none of its platforms learns nothing more than a 403.
      return refusal.platformCode
        ? new NotFound('billingVendorNotOnPlatform', { vendor: refusal.vendor.name, platform: refusal.platformCode })
        : new Forbidden('billingVendorNotManaged', { vendor: refusal.vendor.slug })
    case 'not-on-platform':
      return new NotFound('billingVendorNotOnPlatform', { vendor: refusal.vendor.name, platform: refusal.platformCode })
    case 'on-no-platform':
    case 'not-on-feature-platform':
      return new NotFound('billingVendorOnNoPlatform', { vendor: refusal.vendor.name })
    case 'several-platforms':
      return new InvalidInput('billingSeveralPlatforms', { vendor: refusal.vendor.name })
  }
}

/**
 * The vendor and platform a billing request is about, with the names of plans and add-ons localized, for `access` (requestVendor's rule, admins served): a vendor
 * user's own vendor (or `?vendor=`, one of theirs) and its only platform (or `?platform=` when it is on several);
 * for admins the vendor named by `?vendor=`, on a platform they manage. Another vendor answers 403 whether or not
 * it exists.
 */
export async function billingContext(req: PayloadRequest, access: BillingAccess = 'read'): Promise<BillingContext> {
  const { vendor: vendorSlug, platform: platformCode } = parseQuery(req, billingQuery(req))
  // Plan and add-on names in the language of the answer's messages (the admin's), unless ?locale= asks otherwise.
  if (!req.searchParams?.has('locale')) req.locale = requestLanguage(req)
  const ask = {
    need: access === 'write' ? 'change' : 'read',
    admins: true,
    vendorSlug,
    platform: { code: platformCode },
  } as const
  const { vendor, platform } = await requestVendorPlatform(req, ask, refuse)
  const plan = await vendorPlan(req, vendor.id, platform.id)
  if (!plan) throw new NotFound('billingPlatformHasNoTiers', { platform: platform.code })
  return { vendor, platform, plan }
}
