import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { Forbidden, InvalidInput, NotSignedIn } from '@/services/errors'
import { claimLetzshopShop, findLetzshopShop, letzshopSlugOf } from '@/services/letzshop/claims'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'
import { assertVendorAccountWritable } from '@/services/subscriptions/readOnly'
import { inTransaction } from '@/services/transactions'
import { admit, type Refusals, requestVendor } from '@/services/vendors/requestVendor'

import { rateLimited } from '../rateLimited'
import { jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput, perLanguage, slugParam } from '../validation'

export const letzshopClaimBody = perLanguage((req: MessageSource) => {
  const reference = z
    .string({ error: t(req, 'letzshopClaimReference') })
    .max(500, t(req, 'letzshopClaimReference'))
    .optional()
  return z.strictObject({
    vendor: slugParam(req, 'vendor').optional(),
    letzshopSlug: reference,
    letzshopUrl: reference,
  })
})

/** The claim's answers when the owner's vendor cannot be resolved: its owners only, one of theirs. */
const refuse: Refusals = (refusal) => {
  switch (refusal.reason) {
    case 'signed-out':
      return new NotSignedIn('letzshopClaimSignIn')
    case 'not-their-vendor':
      return new Forbidden('letzshopClaimNotYourVendor', { vendor: refusal.slug })
    case 'no-vendor':
      return new Forbidden('billingNoVendor')
    case 'several-vendors':
      return new InvalidInput('letzshopClaimSeveralVendors')
    default:
      return new Forbidden('letzshopClaimOwnersOnly')
  }
}

const CLAIM = { need: 'change', admins: false } as const

/**
 * POST /api/vendor/letzshop-claim {letzshopSlug | letzshopUrl, vendor?: SLUG} (vendor owner): links the owner's
 * vendor to its Letzshop shop, the step a vendor may skip at signup (e.g. while Letzshop is down) and do here later.
 */
export const letzshopClaimEndpoint: Endpoint = {
  path: '/vendor/letzshop-claim',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    admit(req.user, CLAIM, refuse)
    const limitedByAddress = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) },
    ])
    if (limitedByAddress) return limitedByAddress

    const {
      vendor: vendorSlug,
      letzshopSlug,
      letzshopUrl,
    } = parseInput(req, letzshopClaimBody(req), await jsonBody(req))
    const shop = letzshopSlug ?? letzshopUrl
    if (shop === undefined || (letzshopSlug !== undefined && letzshopUrl !== undefined))
      throw new InvalidInput('letzshopClaimReference')
    const limitedByTarget = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerTarget(), key: `shop:${letzshopSlugOf(req, shop)}` },
    ])
    if (limitedByTarget) return limitedByTarget

    const { vendor: owned } = await requestVendor(req, { ...CLAIM, vendorSlug }, refuse)
    const found = await findLetzshopShop(req, letzshopSlugOf(req, shop)) // before the transaction: Letzshop may be slow
    const vendor = await inTransaction(req, async () => {
      await assertVendorAccountWritable(req, owned.id)
      return (await claimLetzshopShop(req, owned.id, found)).vendor
    })
    return noStore({
      vendor: {
        id: vendor.id,
        slug: vendor.slug,
        letzshopSlug: vendor.letzshopSlug,
        letzshopVendorId: vendor.letzshopVendorId,
        letzshopClaimedAt: vendor.letzshopClaimedAt,
      },
    })
  },
}
