import type { Endpoint } from 'payload'

import { contentNavigation } from '@/services/content/contentNavigation'

import { cachedJson } from '../cachedJson'
import { parseInput, queryObject } from '../validation'

import { requestScope, scopeFailureError, scopeQuery } from './contentQuery'

/** GET /api/content-pages/navigation?[vendor=V][&platform=P][&locale=fr] */
export const navigationEndpoint: Endpoint = {
  path: '/navigation',
  method: 'get',
  handler: async (req) => {
    const query = parseInput(scopeQuery, queryObject(req.searchParams))
    const result = await contentNavigation(req.payload, { ...requestScope(req, query), locale: query.locale })
    if (result.status !== 'found') throw scopeFailureError(result)
    const { status: _status, ...navigation } = result
    return cachedJson(req as unknown as Request, navigation)
  },
}
