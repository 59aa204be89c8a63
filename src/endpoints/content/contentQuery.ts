import { APIError } from 'payload'
import { z } from 'zod'

import { SLUG_PATTERN } from '@/fields/slugField'
import type { ContentScope, ScopeFailure } from '@/services/content/contentScope'
import { LOCALES } from '@/services/locales'
import { normalizeHost, PLATFORM_HEADER } from '@/services/platformContext'

const slug = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .max(100, `${what} is at most 100 characters`)
    .regex(SLUG_PATTERN, `${what} must be lowercase letters, digits and dashes`)

export const scopeQuery = z.object({
  platform: slug('platform').optional(),
  vendor: slug('vendor').optional(),
  locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(', ')}` }).optional(),
})

export const resolveQuery = scopeQuery.extend({ slug: slug('slug') })

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
