import type { CollectionBeforeChangeHook } from 'payload'

import type { Platform } from '@/payload-types'
import { assertDomainFree } from '@/services/domains'

/** A platform's domains cannot be a vendor's custom domain (platforms among themselves: the unique index). */
export const assertDomainsFree: CollectionBeforeChangeHook<Platform> = async ({ data, originalDoc, req }) => {
  const before = new Set((originalDoc?.domains ?? []).map((row) => row.domain))
  for (const row of data.domains ?? []) {
    if (row.domain && !before.has(row.domain)) await assertDomainFree(req, row.domain, { platformId: originalDoc?.id })
  }
  return data
}
