import { headers } from 'next/headers'

import type { ContentScope } from '@/services/content/contentScope'
import { requestHost } from '@/services/platformContext'

/** On a platform's own domain, the Host header (X-Forwarded-Host behind a trusted proxy) says which platform the site is. */
export async function hostScope(): Promise<ContentScope> {
  return { host: requestHost(await headers()) }
}
