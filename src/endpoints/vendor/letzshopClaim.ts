import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import type { Vendor } from '@/payload-types'
import { claimLetzshopShop, letzshopSlugOf } from '@/services/letzshop/claims'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'
import { assertVendorAccountWritable } from '@/services/subscriptions/readOnly'
import { hasRole, userVendorIds } from '@/utilities/roles'

import { rateLimited } from '../rateLimited'
import { inTransaction } from '@/services/transactions'

import { jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput, perLanguage, slugParam } from '../validation'

export const letzshopClaimBody = perLanguage((req: MessageSource) => {
  const reference = z.string({ error: t(req, 'letzshopClaimReference') }).max(500, t(req, 'letzshopClaimReference')).optional()
  return z.strictObject({ vendor: slugParam(req, 'vendor').optional(), letzshopSlug: reference, letzshopUrl: reference })
})

/** The signed-in owner's vendor the claim is for: `vendor` (a slug, one of theirs) or their only one. */
async function ownedVendor(req: PayloadRequest, vendorSlug: string | undefined): Promise<Vendor> {
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { and: [{ id: { in: userVendorIds(req.user) } }, ...(vendorSlug ? [{ slug: { equals: vendorSlug } }] : [])] },
    depth: 0,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) throw new APIError(vendorSlug ? t(req, 'letzshopClaimNotYourVendor', { vendor: vendorSlug }) : t(req, 'billingNoVendor'), 403, null, true)
  if (docs.length > 1) throw new APIError(t(req, 'letzshopClaimSeveralVendors'), 400, null, true)
  return docs[0]
}

/**
 * POST /api/vendor/letzshop-claim {letzshopSlug | letzshopUrl, vendor?: SLUG} (vendor owner): links the owner's
 * vendor to its Letzshop shop, the step a vendor may skip at signup (e.g. while Letzshop is down) and do here later.
 */
export const letzshopClaimEndpoint: Endpoint = {
  path: '/vendor/letzshop-claim',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new APIError(t(req, 'letzshopClaimSignIn'), 401, null, true)
    if (!hasRole(req.user, 'vendor-owner')) throw new APIError(t(req, 'letzshopClaimOwnersOnly'), 403, null, true)
    const limitedByAddress = await rateLimited(req, [{ rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) }])
    if (limitedByAddress) return limitedByAddress

    const { vendor: vendorSlug, letzshopSlug, letzshopUrl } = parseInput(req, letzshopClaimBody(req), await jsonBody(req))
    const shop = letzshopSlug ?? letzshopUrl
    if (shop === undefined || (letzshopSlug !== undefined && letzshopUrl !== undefined)) throw new APIError(t(req, 'letzshopClaimReference'), 400, null, true)
    const limitedByTarget = await rateLimited(req, [{ rule: RATE_LIMITS.lookupsPerTarget(), key: `shop:${letzshopSlugOf(req, shop)}` }])
    if (limitedByTarget) return limitedByTarget

    const owned = await ownedVendor(req, vendorSlug)
    const vendor = await inTransaction(req, async () => {
      await assertVendorAccountWritable(req, owned.id)
      return (await claimLetzshopShop(req, owned.id, shop)).vendor
    })
    return noStore({
      vendor: { id: vendor.id, slug: vendor.slug, letzshopSlug: vendor.letzshopSlug, letzshopVendorId: vendor.letzshopVendorId, letzshopClaimedAt: vendor.letzshopClaimedAt },
    })
  },
}
