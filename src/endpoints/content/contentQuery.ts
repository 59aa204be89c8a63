import { APIError } from 'payload'
import { z } from 'zod'

import type { ContentScope, ScopeFailure } from '@/services/content/contentScope'
import { LOCALES } from '@/services/locales'
import { normalizeHost, PLATFORM_HEADER } from '@/services/platformContext'

import { slugParam } from '../validation'

export const scopeQuery = z.object({
  platform: slugParam('platform').optional(),
  vendor: slugParam('vendor').optional(),
  locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(', ')}` }).optional(),
})

export const resolveQuery = scopeQuery.extend({ slug: slugParam('slug') })

/** The platform context of a request: explicit parameter, Host header, or the path prefix set by the proxy. */
export function requestScope(headers: Headers, query: z.infer<typeof scopeQuery>): ContentScope {
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  return {
    platformCode: query.platform,
    host: host ? normalizeHost(host) : undefined,
    prefixCode: headers.get(PLATFORM_HEADER) ?? undefined,
    vendorSlug: query.vendor,
  }
}

export const notFound = (failure: ScopeFailure | { message: string }) => new APIError(failure.message, 404, null, true)
