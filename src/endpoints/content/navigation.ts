import { readNavigation } from '@/services/content/cache/cachedContent'

import { cachedContentJson } from '../cachedJson'
import { publicRoute } from '../publicRoute'
import { parseQuery } from '../validation'

import { notFound, requestScope, scopeQuery } from './contentQuery'

/** GET /api/content-pages/navigation?[vendor=V][&platform=P][&locale=fr] */
export const navigationRoute = publicRoute(async (request, payload) => {
  const query = parseQuery(request, scopeQuery(request))
  const result = await readNavigation(payload, { ...requestScope(request.headers, query), locale: query.locale })
  if (result.status !== 'found') throw notFound(result)
  return cachedContentJson(request, result.answer, result.cache)
})
