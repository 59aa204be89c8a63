import type { CollectionBeforeChangeHook } from 'payload'

import type { Vendor } from '@/payload-types'
import { assertDomainFree } from '@/services/domains'
import { Forbidden } from '@/services/errors'
import { normalizeHost } from '@/services/platformContext'
import { hasRole } from '@/utilities/roles'

/** Set by the Letzshop claim flow (server side, `context.letzshopClaim`), never typed in by a vendor. */
const CLAIM_FIELDS = ['letzshopVendorId', 'letzshopSlug', 'letzshopClaimedAt'] as const

const sameValue = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || (a && b && new Date(String(a)).getTime() === new Date(String(b)).getTime())

export const guardVendorRecord: CollectionBeforeChangeHook<Vendor> = async ({ context, data, originalDoc, req }) => {
  if (req.user && !hasRole(req.user, 'super-admin') && context.letzshopClaim !== true) {
    const changed = CLAIM_FIELDS.filter(
      (field) => data[field] !== undefined && !sameValue(data[field], originalDoc?.[field]),
    )
    if (changed.length > 0) {
      throw new Forbidden('letzshopClaimOnly')
    }
  }
  if (typeof data.customDomain === 'string') {
    data.customDomain = normalizeHost(data.customDomain) || null
  }
  if (data.customDomain && data.customDomain !== originalDoc?.customDomain) {
    await assertDomainFree(req, data.customDomain, { vendorId: originalDoc?.id })
  }
  return data
}
