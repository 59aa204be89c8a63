import { APIError } from 'payload'
import { z } from 'zod'

import type { ContentScope, ScopeFailure } from '@/services/content/contentScope'
import { LOCALES } from '@/services/locales'
import { PLATFORM_HEADER, requestHost } from '@/services/platformContext'

import { slugParam } from '../validation'

export const scopeQuery = z.object({
  platform: slugParam('platform').optional(),
  vendor: slugParam('vendor').optional(),
  locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(', ')}` }).optional(),
})

export const resolveQuery = scopeQuery.extend({ slug: slugParam('slug') })

/**
 * The platform context of a request: explicit parameter, Host header (X-Forwarded-Host only behind a trusted
 * proxy), or the path prefix set by the proxy.
 */
export function requestScope(headers: Headers, query: z.infer<typeof scopeQuery>): ContentScope {
  const host = requestHost(headers)
  return {
    platformCode: query.platform,
    host: host || undefined,
    prefixCode: headers.get(PLATFORM_HEADER) ?? undefined,
    vendorSlug: query.vendor,
  }
}

export const notFound = (failure: ScopeFailure | { message: string }) => new APIError(failure.message, 404, null, true)
