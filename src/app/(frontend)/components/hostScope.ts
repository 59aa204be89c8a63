import { headers } from 'next/headers'

import type { ContentScope } from '@/services/content/contentScope'
import { normalizeHost } from '@/services/platformContext'

/** On a platform's own domain, the Host header says which platform the site is. */
export async function hostScope(): Promise<ContentScope> {
  const requestHeaders = await headers()
  return { host: normalizeHost(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')) }
}
