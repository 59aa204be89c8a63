import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import {
  findLetzshopShop,
  letzshopSlugOf,
  type ShopTaken,
  shopTakenRefusal,
  shopTakers,
} from '@/services/letzshop/claims'
import type { LetzshopVendor } from '@/services/letzshop/queries'
import { forRequest } from '@/services/letzshop/requestErrors'
import { searchVendors } from '@/services/letzshop/vendors'
import { platformContactEmail } from '@/services/platformContact'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'

import { rateLimited } from '../rateLimited'
import { parseQuery, perLanguage } from '../validation'

const answer = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })

/**
 * A shop with what claiming it would meet, in the words the claim step would answer: `claimed` (a vendor owns it),
 * `held` (a signup is under way), and `taken` with that refusal's message, minutes to wait and contact link.
 */
function withAvailability(
  req: PayloadRequest,
  shop: LetzshopVendor,
  taken: ShopTaken | undefined,
  contact: string | null,
) {
  if (!taken) return { ...shop, claimed: false, held: false, taken: null }
  const refusal = shopTakenRefusal(taken, contact)
  return {
    ...shop,
    claimed: taken.by === 'vendor',
    held: taken.by === 'signup',
    taken: { message: t(req, refusal.key, refusal.vars), ...refusal.data },
  }
}

/** The contact address of the platform the wizard names (`platform=CODE`), for the messages about taken shops. */
async function contactOf(req: PayloadRequest, code: string | undefined): Promise<string | null> {
  if (!code) return null
  const { docs } = await req.payload.find({
    collection: 'platforms',
    where: { code: { equals: code } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return platformContactEmail(docs[0])
}

const platformParam = z.string().max(100).optional()

const searchText = (text: string) => text.trim().replace(/\s+/g, ' ')

export const searchQuery = perLanguage((req: MessageSource) => {
  const message = t(req, 'letzshopSearchLength')
  return z.object({
    platform: platformParam,
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
export const lookupQuery = z.object({
  url: z.string().optional(),
  slug: z.string().optional(),
  platform: platformParam,
})

/** GET /api/platform/letzshop-vendors?q=TEXT[&platform=CODE] (public): up to 10 Letzshop shops matching the text, each with `claimed`, `held` and `taken`. */
export const letzshopVendorSearchEndpoint: Endpoint = {
  path: '/platform/letzshop-vendors',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const limitedByAddress = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) },
    ])
    if (limitedByAddress) return limitedByAddress
    const { q, platform } = parseQuery(req, searchQuery(req))
    const limitedByTarget = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerTarget(), key: `search:${q.toLowerCase()}` },
    ])
    if (limitedByTarget) return limitedByTarget

    const shops = await forRequest(req, () => searchVendors(q))
    const [takers, contact] = await Promise.all([shopTakers(req, shops), contactOf(req, platform)])
    return answer({ vendors: shops.map((shop) => withAvailability(req, shop, takers.get(shop.id), contact)) })
  },
}

/** GET /api/platform/letzshop-vendors/lookup?url=URL | ?slug=SLUG [&platform=CODE] (public): one Letzshop shop, with `claimed`, `held` and `taken`. */
export const letzshopVendorLookupEndpoint: Endpoint = {
  path: '/platform/letzshop-vendors/lookup',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const limitedByAddress = await rateLimited(req, [
      { rule: RATE_LIMITS.lookupsPerAddress(), key: clientAddress(req.headers) },
    ])
    if (limitedByAddress) return limitedByAddress
    const { url, slug, platform } = parseQuery(req, lookupQuery)
    const reference = url ?? slug
    if (reference === undefined || (url !== undefined && slug !== undefined))
      throw new APIError(t(req, 'letzshopReferenceRequired'), 400, null, true)
    const shopSlug = letzshopSlugOf(req, reference)
    const limitedByTarget = await rateLimited(req, [{ rule: RATE_LIMITS.lookupsPerTarget(), key: `shop:${shopSlug}` }])
    if (limitedByTarget) return limitedByTarget

    const shop = await findLetzshopShop(req, shopSlug)
    const [takers, contact] = await Promise.all([shopTakers(req, [shop]), contactOf(req, platform)])
    return answer(withAvailability(req, shop, takers.get(shop.id), contact))
  },
}
