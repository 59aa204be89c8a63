import { readResolvedPage } from '@/services/content/cache/cachedContent'

import { cachedContentJson } from '../cachedJson'
import { publicRoute } from '../publicRoute'
import { parseQuery } from '../validation'

import { notFound, requestScope, resolveQuery } from './contentQuery'

/** GET /api/content-pages/resolve?slug=S[&vendor=V][&platform=P][&locale=fr] */
export const resolveRoute = publicRoute(async (request, payload) => {
  const query = parseQuery(request, resolveQuery(request))
  const result = await readResolvedPage(payload, {
    ...requestScope(request.headers, query),
    slug: query.slug,
    locale: query.locale,
  })
  if (result.status !== 'found') throw notFound(result)
  return cachedContentJson(request, result.answer, result.cache)
})
