import { z } from 'zod'

import { ENGLISH, endpointOperation, type Operation, routeOperation } from '../openapi/operation'

import { resolveQuery, scopeQuery } from './contentQuery'
import { customisePageEndpoint } from './customise'
import { navigationSchema, resolvedPageSchema } from './schemas'

const SCOPE =
  'The platform is `platform`, else the Host (a platform domain), else the `/platforms/<code>` prefix; `vendor` reads a storefront.'

export const contentOperations: Operation[] = [
  endpointOperation(customisePageEndpoint, {
    tag: 'Content',
    summary: "The shop's own copy of a platform's default page",
    description:
      "Vendor users, on a default page of a platform their shop is on: copies its title, text and SEO in every language into the shop's draft, platform and slug preset (201). When the shop already has a page under that slug, that page (200). `vendor` picks the shop for a user of several.",
    signedIn: true,
    params: z.object({ id: z.string() }),
    body: z.strictObject({ vendor: z.number().int().min(1).optional() }),
    bodyOptional: true,
    answers: {
      201: z.looseObject({ page: z.looseObject({ id: z.number() }), created: z.literal(true) }),
      200: z.looseObject({ page: z.looseObject({ id: z.number() }), created: z.literal(false) }),
    },
    errors: [400, 401, 403, 404, 409, 413],
  }),
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
