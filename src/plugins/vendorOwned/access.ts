import type { Access, PayloadRequest, Where } from 'payload'

import { forVersions } from '@/access/forVersions'
import { platformIdByCode, vendorsWithFeature } from '@/services/features'
import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from '@/utilities/roles'

import type { VendorOwnedCollection } from './types'

const anyOf = (scopes: Where[]): Where | false =>
  scopes.length === 0 ? false : scopes.length === 1 ? scopes[0] : { or: scopes }

/** The user's vendors whose rows the user reaches here: all of them, or with `feature`, those whose plan includes it. */
export async function reachableVendorIds(
  req: PayloadRequest,
  { feature, platform }: VendorOwnedCollection,
): Promise<number[]> {
  const vendorIds = userVendorIds(req.user)
  if (!feature || vendorIds.length === 0) return vendorIds
  const platformId = platform ? await platformIdByCode(req, platform.code) : null
  if (platformId === null) return vendorIds
  return vendorsWithFeature(req, vendorIds, platformId, feature)
}

const vendorScope = async (req: PayloadRequest, options: VendorOwnedCollection): Promise<Where[]> => {
  if (!isVendorUser(req.user)) return []
  const vendorIds = await reachableVendorIds(req, options)
  return vendorIds.length > 0 ? [{ vendor: { in: vendorIds } }] : []
}

/** Vendor users read their vendor's rows, platform admins every row of their platforms, plus `alsoReadable`. */
const readScope =
  (options: VendorOwnedCollection): Access =>
  async (args) => {
    const { alsoReadable } = options
    const { user } = args.req
    if (hasRole(user, 'super-admin')) return true
    const scopes: Where[] = []
    if (hasRole(user, 'platform-admin')) {
      // Kept out: no row matches, so a row is "not found" (404) rather than a forbidden collection.
      scopes.push(
        options.platformAdminsRead === false ? { id: { exists: false } } : { platform: { in: userPlatformIds(user) } },
      )
    }
    scopes.push(...(await vendorScope(args.req, options)))
    if (alsoReadable) {
      const extra = await alsoReadable(args)
      if (extra === true) return true
      if (extra) scopes.push(extra)
    }
    return anyOf(scopes)
  }

/** Vendor users change their vendor's rows; platform admins only the platform's own rows (no vendor), if any. */
const writeScope =
  (options: VendorOwnedCollection): Access =>
  async ({ req }) => {
    const { user } = req
    const { platformRows } = options
    if (hasRole(user, 'super-admin')) return true
    const scopes: Where[] = []
    if (platformRows && hasRole(user, 'platform-admin')) {
      scopes.push({ and: [{ platform: { in: userPlatformIds(user) } }, { vendor: { exists: false } }] })
    }
    if (mayWriteAsVendor(user, options)) scopes.push(...(await vendorScope(req, options)))
    return anyOf(scopes)
  }

/** A vendor user writes only with one of `writeRoles` (default: any vendor role). */
const mayWriteAsVendor = (user: PayloadRequest['user'], { writeRoles }: VendorOwnedCollection): boolean =>
  writeRoles ? hasRole(user, ...writeRoles) : isVendorUser(user)

/** Who may create at all; where the row may go is checked on the row itself by assertWriteScope. */
const writers =
  (options: VendorOwnedCollection): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'super-admin') ||
    mayWriteAsVendor(user, options) ||
    (Boolean(options.platformRows) && hasRole(user, 'platform-admin'))

/**
 * Payload asks about one stored row (the document view's permissions, `docAccessOperation`) with its id and its
 * data; a delete operation passes the id only, so `offerDeleteWhen` shapes what the admin offers, not the answer.
 */
const offeredDelete =
  (write: Access, offerWhen: VendorOwnedCollection['offerDeleteWhen']): Access =>
  (args) =>
    offerWhen && args.id !== undefined && args.data && !offerWhen(args.data as Record<string, unknown>)
      ? false
      : write(args)

export function vendorOwnedAccess(options: VendorOwnedCollection, versions: boolean) {
  const write = writeScope(options)
  return {
    read: readScope(options),
    create: writers(options),
    update: write,
    delete: offeredDelete(write, options.offerDeleteWhen),
    ...(versions ? { readVersions: forVersions(write) } : {}),
  }
}
