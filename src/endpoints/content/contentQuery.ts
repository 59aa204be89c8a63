import { APIError } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import type { ContentScope, ScopeFailure } from '@/services/content/contentScope'
import { LOCALES } from '@/services/locales'
import { PLATFORM_HEADER, requestHost } from '@/services/platformContext'

import { perLanguage, slugParam } from '../validation'

export const scopeQuery = perLanguage((req: MessageSource) =>
  z.object({
    platform: slugParam(req, 'platform').optional(),
    vendor: slugParam(req, 'vendor').optional(),
    locale: z.enum(LOCALES, { error: t(req, 'localeOneOf', { locales: LOCALES.join(', ') }) }).optional(),
  }),
)

export const resolveQuery = perLanguage((req: MessageSource) =>
  scopeQuery(req).extend({ slug: slugParam(req, 'slug') }),
)

/**
 * The platform context of a request: explicit parameter, Host header (X-Forwarded-Host only behind a trusted
 * proxy), or the path prefix set by the proxy.
 */
export function requestScope(headers: Headers, query: z.infer<ReturnType<typeof scopeQuery>>): ContentScope {
  const host = requestHost(headers)
  return {
    platformCode: query.platform,
    host: host || undefined,
    prefixCode: headers.get(PLATFORM_HEADER) ?? undefined,
    vendorSlug: query.vendor,
  }
}

export const notFound = (failure: ScopeFailure | { message: string }) => new APIError(failure.message, 404, null, true)
