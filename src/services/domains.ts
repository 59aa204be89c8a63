import type { PayloadRequest } from 'payload'

import { Conflict } from '@/services/errors'

/** A host name as browsers send it: labels of letters, digits and dashes, at least one dot, at most 253 characters. */
export const HOST_PATTERN =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

/**
 * A host serves one platform or one vendor storefront, never two: refuses a domain that another platform lists
 * or another vendor uses as its custom domain (case and port already normalised).
 */
export async function assertDomainFree(
  req: PayloadRequest,
  domain: string,
  owner: { platformId?: number; vendorId?: number },
): Promise<void> {
  const [platforms, vendors] = await Promise.all([
    req.payload.count({
      collection: 'platforms',
      where: {
        and: [
          { 'domains.domain': { equals: domain } },
          ...(owner.platformId ? [{ id: { not_equals: owner.platformId } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    }),
    req.payload.count({
      collection: 'vendors',
      where: {
        and: [
          { customDomain: { equals: domain } },
          ...(owner.vendorId ? [{ id: { not_equals: owner.vendorId } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    }),
  ])
  if (platforms.totalDocs + vendors.totalDocs > 0) {
    throw new Conflict('domainInUse', { domain })
  }
}
