import type { Access, Where } from 'payload'

import { forVersions } from '@/access/forVersions'
import { hasRole, isVendorUser, userPlatformIds, userVendorIds } from '@/utilities/roles'

import type { VendorOwnedCollection } from './types'

const anyOf = (scopes: Where[]): Where | false => (scopes.length === 0 ? false : scopes.length === 1 ? scopes[0] : { or: scopes })

/** Vendor users read their vendor's rows, platform admins every row of their platforms, plus `alsoReadable`. */
const readScope =
  ({ alsoReadable }: VendorOwnedCollection): Access =>
  async (args) => {
    const { user } = args.req
    if (hasRole(user, 'super-admin')) return true
    const scopes: Where[] = []
    if (hasRole(user, 'platform-admin')) scopes.push({ platform: { in: userPlatformIds(user) } })
    if (isVendorUser(user)) scopes.push({ vendor: { in: userVendorIds(user) } })
    if (alsoReadable) {
      const extra = await alsoReadable(args)
      if (extra === true) return true
      if (extra) scopes.push(extra)
    }
    return anyOf(scopes)
  }

/** Vendor users change their vendor's rows; platform admins only the platform's own rows (no vendor), if any. */
const writeScope =
  ({ platformRows }: VendorOwnedCollection): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'super-admin')) return true
    const scopes: Where[] = []
    if (platformRows && hasRole(user, 'platform-admin')) {
      scopes.push({ and: [{ platform: { in: userPlatformIds(user) } }, { vendor: { exists: false } }] })
    }
    if (isVendorUser(user)) scopes.push({ vendor: { in: userVendorIds(user) } })
    return anyOf(scopes)
  }

/** Who may create at all; where the row may go is checked on the row itself by assertWriteScope. */
const writers =
  ({ platformRows }: VendorOwnedCollection): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'super-admin') || isVendorUser(user) || (Boolean(platformRows) && hasRole(user, 'platform-admin'))

export function vendorOwnedAccess(options: VendorOwnedCollection, versions: boolean) {
  const write = writeScope(options)
  return {
    read: readScope(options),
    create: writers(options),
    update: write,
    delete: write,
    ...(versions ? { readVersions: forVersions(write) } : {}),
  }
}
