import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { claimedShopIds, findLetzshopShop, letzshopSlugOf } from '@/services/letzshop/claims'
import type { LetzshopVendor } from '@/services/letzshop/queries'
import { forRequest } from '@/services/letzshop/requestErrors'
import { searchVendors } from '@/services/letzshop/vendors'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'

import { rateLimited } from '../rateLimited'
import { parseQuery, perLanguage } from '../validation'

const answer = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })

const withClaimed = (shop: LetzshopVendor, claimed: Set<string>) => ({ ...shop, claimed: claimed.has(shop.id) })

const searchText = (text: string) => text.trim().replace(/\s+/g, ' ')

export const searchQuery = perLanguage((req: MessageSource) => {
  const message = t(req, 'letzshopSearchLength')
  return z.object({
    q: z
      .string({ error: message })
      .transform(searchText)
      .pipe(
        z
          .string()
          .min(2, message)
          .max(100, message)
          .regex(/^\P{Cc}*$/u, message),
      ),
  })
})

/** `url` or `slug`: the handler answers 400 unless exactly one is given. */
export const lookupQuery = z.object({ url: z.string().optional(), slug: z.string().optional() })

/** GET /api/platform/letzshop-vendors?q=TEXT (public): up to 10 Letzshop shops matching the text, each with `claimed`. */
export const letzshopVendorSearchEndpoint: Endpoint = {
  path: '/platform/letzshop-vendors',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const limitedByAddress = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) },
    ])
    if (limitedByAddress) return limitedByAddress
    const { q } = parseQuery(req, searchQuery(req))
    const limitedByTarget = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerTarget(), key: `search:${q.toLowerCase()}` },
    ])
    if (limitedByTarget) return limitedByTarget

    const shops = await forRequest(req, () => searchVendors(q))
    const claimed = await claimedShopIds(req, shops)
    return answer({ vendors: shops.map((shop) => withClaimed(shop, claimed)) })
  },
}

/** GET /api/platform/letzshop-vendors/lookup?url=URL | ?slug=SLUG (public): one Letzshop shop, with `claimed`. */
export const letzshopVendorLookupEndpoint: Endpoint = {
  path: '/platform/letzshop-vendors/lookup',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const limitedByAddress = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) },
    ])
    if (limitedByAddress) return limitedByAddress
    const { url, slug } = parseQuery(req, lookupQuery)
    const reference = url ?? slug
    if (reference === undefined || (url !== undefined && slug !== undefined))
      throw new APIError(t(req, 'letzshopReferenceRequired'), 400, null, true)
    const shopSlug = letzshopSlugOf(req, reference)
    const limitedByTarget = await rateLimited(req, [{ rule: RATE_LIMITS.lookupsPerTarget(), key: `shop:${shopSlug}` }])
    if (limitedByTarget) return limitedByTarget

    const shop = await findLetzshopShop(req, shopSlug)
    const claimed = await claimedShopIds(req, [shop])
    return answer(withClaimed(shop, claimed))
  },
}
