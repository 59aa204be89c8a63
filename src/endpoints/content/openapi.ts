import { ENGLISH, type Operation, routeOperation } from '../openapi/operation'

import { resolveQuery, scopeQuery } from './contentQuery'
import { navigationSchema, resolvedPageSchema } from './schemas'

const SCOPE =
  'The platform is `platform`, else the Host (a platform domain), else the `/platforms/<code>` prefix; `vendor` reads a storefront.'

export const contentOperations: Operation[] = [
  routeOperation('get', '/api/content-pages/resolve', {
    tag: 'Content',
    summary: 'The published page for a slug',
    description: `Vendor's own page, else the platform's default for vendors, else the platform's page. ${SCOPE}`,
    query: resolveQuery(ENGLISH),
    answers: { 200: resolvedPageSchema },
    errors: [400, 404],
    etag: true,
  }),
  routeOperation('get', '/api/content-pages/navigation', {
    tag: 'Content',
    summary: 'Header and footer links',
    description: SCOPE,
    query: scopeQuery(ENGLISH),
    answers: { 200: navigationSchema },
    errors: [400, 404],
    etag: true,
  }),
]
