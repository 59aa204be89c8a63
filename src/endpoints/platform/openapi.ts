import { z } from 'zod'

import { ENGLISH, endpointOperation, type Operation, routeOperation } from '../openapi/operation'

import { contactBody, contactEndpoint } from './contact'
import { letzshopVendorLookupEndpoint, letzshopVendorSearchEndpoint, lookupQuery, searchQuery } from './letzshopVendors'
import { pricingQuery } from './pricing'
import { letzshopSearchSchema, letzshopShopSchema, pricingSchema } from './schemas'

export const platformOperations: Operation[] = [
  endpointOperation(contactEndpoint, {
    tag: 'Platform',
    summary: "A visitor's message to the people behind a platform",
    description:
      "The contact page's form. Stored for the platform's admins and mailed to the platform's address. Counted per client address first (429 past the limit).",
    body: contactBody(ENGLISH),
    answers: { 201: z.strictObject({ ok: z.literal(true) }) },
    errors: [400, 404, 413, 429],
  }),
  routeOperation('get', '/api/platform/pricing', {
    tag: 'Platform',
    summary: "A platform's plans and add-ons",
    description: 'The platform is `platform`, else the Host (a platform domain), else the `/platforms/<code>` prefix.',
    query: pricingQuery(ENGLISH),
    answers: { 200: pricingSchema },
    errors: [400, 404],
    etag: true,
  }),
  endpointOperation(letzshopVendorSearchEndpoint, {
    tag: 'Letzshop',
    summary: 'Search Letzshop shops by name',
    query: searchQuery(ENGLISH),
    answers: { 200: letzshopSearchSchema },
    errors: [400, 429, 502, 504],
  }),
  endpointOperation(letzshopVendorLookupEndpoint, {
    tag: 'Letzshop',
    summary: 'One Letzshop shop, by its URL or slug',
    description: 'Exactly one of `url` (its page on letzshop.lu) and `slug`.',
    query: lookupQuery,
    answers: { 200: letzshopShopSchema },
    errors: [400, 404, 429, 502, 504],
  }),
]
