import { ENGLISH, endpointOperation, type Operation, routeOperation } from '../openapi/operation'

import { letzshopVendorLookupEndpoint, letzshopVendorSearchEndpoint, lookupQuery, searchQuery } from './letzshopVendors'
import { pricingQuery } from './pricing'
import { letzshopSearchSchema, letzshopShopSchema, pricingSchema } from './schemas'

export const platformOperations: Operation[] = [
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
