import { z } from 'zod'

import type { MessageSource } from '@/i18n/t'
import { platformPricing } from '@/services/pricing/platformPricing'

import { cachedJson } from '../cachedJson'
import { notFound, requestScope, scopeQuery } from '../content/contentQuery'
import { publicRoute } from '../publicRoute'
import { parseQuery, perLanguage, slugParam } from '../validation'

export const pricingQuery = perLanguage((request: MessageSource) =>
  z.object({ platform: slugParam(request, 'platform').optional(), locale: scopeQuery(request).shape.locale }),
)

/** GET /api/platform/pricing?platform=CODE[&locale=fr] (or the platform's host, or the /platforms/<code> prefix): public. */
export const pricingRoute = publicRoute(async (request, payload) => {
  const query = parseQuery(request, pricingQuery(request))
  const pricing = await platformPricing(payload, requestScope(request.headers, query), query.locale)
  if ('status' in pricing) throw notFound(pricing)
  return cachedJson(request, pricing)
})
