import { cachedJson } from '../cachedJson'

import { buildOpenApiDocument, type OpenApiDocument } from './document'
import { API_OPERATIONS } from './operations'

/** The contract's version: raised when an answer changes in a way a client must follow. */
const API_VERSION = '1.0.0'

let built: OpenApiDocument | undefined

/** The document, built once per process. */
export const openApiDocument = (): OpenApiDocument => (built ??= buildOpenApiDocument(API_OPERATIONS, API_VERSION))

/** GET /api/openapi.json (public). */
export const openApiRoute = async (request: Request): Promise<Response> => cachedJson(request, openApiDocument())
