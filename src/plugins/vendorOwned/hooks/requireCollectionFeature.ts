import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { t } from '@/i18n/t'
import { hasRole, isVendorUser } from '@/utilities/roles'

import { reachableVendorIds } from '../access'
import type { VendorOwnedCollection } from '../types'

/**
 * A vendor user none of whose vendors has the collection's feature gets 403 naming it (access alone would answer
 * Payload's anonymous "not allowed"). Server-side writes that override access (the deletion cascade) pass.
 */
export const requireCollectionFeature =
  (options: VendorOwnedCollection): CollectionBeforeOperationHook =>
  async ({ args, req }) => {
    const { user } = req
    if (!options.feature || !user || (args as { overrideAccess?: boolean }).overrideAccess) return args
    if (!isVendorUser(user) || hasRole(user, 'super-admin', 'platform-admin')) return args
    if ((await reachableVendorIds(req, options)).length === 0) {
      throw new APIError(
        t(req, 'featureNotInPlan', { feature: options.feature }),
        403,
        { feature: options.feature },
        true,
      )
    }
    return args
  }
