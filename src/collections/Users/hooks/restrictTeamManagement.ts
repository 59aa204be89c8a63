import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { type Message, t } from '@/i18n/t'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'
import { hasRole, userVendorIds } from '@/utilities/roles'

const forbidden = (req: PayloadRequest, message: Message) => new APIError(t(req, message), 403, null, true)

const ids = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((value) => relationId(value)!)
const sameSet = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((value) => b.includes(value))

/**
 * Who changes what on a user (super admins: anything):
 * - a vendor owner creates vendor-member users of its own vendors, and removes its vendors from its members;
 * - a user changes its own email and password, nobody else's (so a member shared with another shop cannot be taken over);
 * - roles, platforms and vendors are granted by super admins only.
 * A refused change is answered with 403, never silently dropped.
 */
export const restrictTeamManagement: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const actor = req.user
  if (!actor || hasRole(actor, 'super-admin')) return data
  const ownVendors = userVendorIds(actor)

  if (operation === 'create') {
    const roles = data.roles ?? []
    const vendors = ids(data.vendors)
    const onlyMember = roles.length > 0 && roles.every((role) => role === 'vendor-member')
    const ownOnly = vendors.length > 0 && vendors.every((id) => ownVendors.includes(id))
    if (!hasRole(actor, 'vendor-owner') || !onlyMember || !ownOnly || (data.platforms ?? []).length > 0) {
      throw forbidden(req, 'ownersAddMembersOnly')
    }
    return data
  }

  const original = originalDoc!
  const self = original.id === actor.id
  if (data.roles !== undefined && !sameSet(data.roles ?? [], original.roles ?? [])) {
    throw forbidden(req, 'rolesSuperAdminOnly')
  }
  if (data.platforms !== undefined && !sameSet(ids(data.platforms), ids(original.platforms))) {
    throw forbidden(req, 'platformsSuperAdminOnly')
  }
  if (data.vendors !== undefined) {
    const before = ids(original.vendors)
    const after = ids(data.vendors)
    const added = after.filter((id) => !before.includes(id))
    const removed = before.filter((id) => !after.includes(id))
    const ownersRemoval = !self && hasRole(actor, 'vendor-owner') && removed.every((id) => ownVendors.includes(id))
    if (added.length > 0 || (removed.length > 0 && !ownersRemoval)) {
      throw forbidden(req, 'vendorsSuperAdminOnly')
    }
  }
  if (!self && ((data.email !== undefined && data.email !== original.email) || data.password)) {
    throw forbidden(req, 'credentialsOwnOnly')
  }
  return data
}

/** An owner deletes members that work only for its shops; a member shared with another shop is removed from the team instead. */
export const restrictTeamDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = req.user
  if (!actor || hasRole(actor, 'super-admin') || actor.id === id) return
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const ownVendors = userVendorIds(actor)
  if (user && ids(user.vendors).some((vendorId) => !ownVendors.includes(vendorId))) {
    throw forbidden(req, 'memberSharedRemoveInstead')
  }
}
