import { z } from 'zod'

import { billingOperations } from '../billing/openapi'
import { capacityOperations } from '../capacity/openapi'
import { contentOperations } from '../content/openapi'
import { invoicingOperations } from '../invoices/openapi'
import { letzshopSyncOperations } from '../letzshopSync/openapi'
import { platformOperations } from '../platform/openapi'
import { signupOperations } from '../signup/openapi'
import { stripeOperations } from '../stripe/openapi'
import { vendorOperations } from '../vendor/openapi'

import { type Operation, routeOperation } from './operation'
import { REFERENCE_ASSETS } from './reference'

export const openApiDocumentSchema = z
  .looseObject({ openapi: z.literal('3.1.0') })
  .meta({ id: 'OpenApiDocument', description: 'This document.' })

const referenceOperations: Operation[] = [
  routeOperation('get', '/api/openapi.json', {
    tag: 'Reference',
    summary: 'This document (OpenAPI 3.1)',
    answers: { 200: openApiDocumentSchema },
    errors: [],
    etag: true,
  }),
  routeOperation('get', '/api/reference', {
    tag: 'Reference',
    summary: 'This document as a page to read (Swagger UI)',
    answers: { 200: { contentType: 'text/html', description: 'The page.' } },
    errors: [],
    etag: true,
  }),
  routeOperation('get', '/api/reference/{asset}', {
    tag: 'Reference',
    summary: "A file of the reference page (Swagger UI's bundle, served from here)",
    params: z.object({ asset: z.enum(REFERENCE_ASSETS) }),
    answers: { 200: { contentType: ['text/javascript', 'text/css'], description: 'The script or style sheet.' } },
    errors: [404],
    etag: true,
  }),
]

/** Every route the application adds to Payload's REST API, in the document's order. */
export const API_OPERATIONS: Operation[] = [
  ...contentOperations,
  ...platformOperations,
  ...vendorOperations,
  ...letzshopSyncOperations,
  ...signupOperations,
  ...billingOperations,
  ...invoicingOperations,
  ...stripeOperations,
  ...capacityOperations,
  ...referenceOperations,
]
