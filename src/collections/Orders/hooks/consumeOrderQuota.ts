import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/roles'
import type { Order } from '@/payload-types'
import { consumeOrderQuota as consume } from '@/services/orders/orderQuota'

/** Every new order, from the admin, REST or the Letzshop sync, counts against ordersPerMonth. */
export const consumeOrderQuota: CollectionBeforeChangeHook<Order> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const vendorId = relationId(data.vendor)
  const platformId = relationId(data.platform)
  if (vendorId !== null && platformId !== null) await consume(req, vendorId, platformId)
  return data
}
