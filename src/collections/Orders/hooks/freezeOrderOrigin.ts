import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { Order } from '@/payload-types'

/** Where an order came from is fixed at creation: the Letzshop feature gate and import idempotency rely on it. */
export const freezeOrderOrigin: CollectionBeforeChangeHook<Order> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed = (['source', 'externalId'] as const).filter(
    (field) => data[field] !== undefined && (data[field] ?? null) !== (originalDoc[field] ?? null),
  )
  if (changed.length > 0) {
    throw new APIError(t(req, 'orderOriginFixed', { fields: changed.join(', ') }), 400, null, true)
  }
  return data
}
