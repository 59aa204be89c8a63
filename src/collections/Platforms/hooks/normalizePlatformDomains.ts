import type { CollectionBeforeValidateHook } from 'payload'

import type { Platform } from '@/payload-types'
import { normalizeHost } from '@/services/platformContext'

/** Hosts are matched case-insensitively and without port, so store them that way. */
export const normalizePlatformDomains: CollectionBeforeValidateHook<Platform> = ({ data }) => {
  if (!data) return data
  if (data.domains) {
    data.domains = data.domains.map((row) => ({ ...row, domain: normalizeHost(row.domain) }))
  }
  if (data.code && !data.pathPrefix) data.pathPrefix = `/platforms/${data.code}`
  return data
}
