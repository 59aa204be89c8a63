import type { Endpoint } from 'payload'

import { resolveContentPage } from '@/services/content/resolveContentPage'

import { cachedJson } from '../cachedJson'
import { parseInput, queryObject } from '../validation'

import { requestScope, resolveQuery, scopeFailureError } from './contentQuery'

/** GET /api/content-pages/resolve?slug=S[&vendor=V][&platform=P][&locale=fr] */
export const resolveEndpoint: Endpoint = {
  path: '/resolve',
  method: 'get',
  handler: async (req) => {
    const query = parseInput(resolveQuery, queryObject(req.searchParams))
    const result = await resolveContentPage(req.payload, { ...requestScope(req, query), slug: query.slug, locale: query.locale })
    if (result.status !== 'found') throw scopeFailureError(result)
    return cachedJson(req as unknown as Request, { source: result.source, page: result.page })
  },
}
